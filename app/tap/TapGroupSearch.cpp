// SPDX-License-Identifier: MIT
#include "tap/TapGroupSearch.h"

#include "graph/GraphCall.h"
#include "graph/GraphClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

TapGroupSearch::TapGroupSearch(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

TapGroupSearch::~TapGroupSearch()
{
    dropCall();
}

void TapGroupSearch::dropCall()
{
    // Its answer would name groups for a prefix nobody waits for any more.
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

QString TapGroupSearch::filterFor(const QString &prefix)
{
    QString literal = prefix;
    literal.replace(u'\'', u"''"_s);
    return u"startswith(displayName,'"_s + literal + u"')"_s;
}

void TapGroupSearch::find(const QString &prefix)
{
    dropCall();
    GraphCall *call = m_client->send(GraphRequest::get(
        u"/groups"_s, {{u"$filter"_s, filterFor(prefix)},
                       {u"$select"_s, u"id,displayName"_s},
                       {u"$top"_s, QString::number(maximumResults)}}));
    m_call = call;
    connect(call, &GraphCall::finished, this, [this, prefix](const GraphResponse &response) {
        if (!response.ok()) {
            Q_EMIT failed(prefix, response.error);
            return;
        }
        QList<Group> groups;
        const QJsonObject body = response.object();
        for (const QJsonValue &value : body.value(u"value"_s).toArray()) {
            const QJsonObject group = value.toObject();
            groups.append({group.value(u"id"_s).toString(), group.value(u"displayName"_s).toString()});
        }
        Q_EMIT found(prefix, groups, body.contains(u"@odata.nextLink"_s));
    });
}
