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
    auto withPass = std::make_shared<QSet<QString>>();
    auto unknown = std::make_shared<QStringList>();
    connect(m_batch, &GraphBatch::itemFinished, this, [userIds, withPass, unknown](int index, const GraphResponse &response) {
        if (!response.ok())
            unknown->append(userIds.at(index));
        else if (!response.object().value(u"value"_s).toArray().isEmpty())
            withPass->insert(userIds.at(index));
    });
    connect(m_batch, &GraphBatch::finished, this, [this, withPass, unknown] {
        Q_EMIT finished(*withPass, *unknown);
    });
}
