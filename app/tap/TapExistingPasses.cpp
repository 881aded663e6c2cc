// SPDX-License-Identifier: MIT
#include "tap/TapExistingPasses.h"

#include "graph/GraphClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

TapExistingPasses::TapExistingPasses(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void TapExistingPasses::read(const QStringList &userIds)
{
    if (m_batch) {
        // The users changed while the last read ran: its answer is about users no longer asked for.
        m_batch->disconnect(this);
        m_batch->cancelQueued();
    }
    if (userIds.isEmpty()) {
        m_passes.clear();
        Q_EMIT finished({}, {});
        return;
    }
    QList<GraphRequest> requests;
    requests.reserve(userIds.size());
    for (const QString &id : userIds) {
        requests.append(GraphRequest::get(u"/users/"_s + GraphRequest::segment(id)
                                          + u"/authentication/temporaryAccessPassMethods"_s));
    }
    m_batch = m_client->sendBatch(requests);
    auto found = std::make_shared<QHash<QString, Pass>>();
    auto unknown = std::make_shared<QStringList>();
    connect(m_batch, &GraphBatch::itemFinished, this, [userIds, found, unknown](int index, const GraphResponse &response) {
        const QJsonArray value = response.object().value(u"value"_s).toArray();
        if (!response.ok()) {
            unknown->append(userIds.at(index));
        } else if (!value.isEmpty()) {
            // A user holds at most one pass ("List temporaryAccessPassMethods").
            const QJsonObject pass = value.first().toObject();
            found->insert(userIds.at(index),
                          {pass.value(u"id"_s).toString(),
                           QDateTime::fromString(pass.value(u"createdDateTime"_s).toString(), Qt::ISODateWithMs)});
        }
    });
    connect(m_batch, &GraphBatch::finished, this, [this, found, unknown] {
        m_passes = *found;
        const QList<QString> ids = found->keys();
        Q_EMIT finished(QSet<QString>(ids.cbegin(), ids.cend()), *unknown);
    });
}
