// SPDX-License-Identifier: MIT
#include "directory/UserDetailsLoader.h"

#include "graph/GraphClient.h"
#include "graph/GraphRequest.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QString text = item.toString();
        if (!text.isEmpty())
            result.append(text);
    }
    return result;
}

} // namespace

UserDetailsLoader::UserDetailsLoader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

UserDetailsLoader::~UserDetailsLoader()
{
    cancel();
}

QString UserDetailsLoader::selectProperties()
{
    return u"id,mail,otherMails,mobilePhone,businessPhones,preferredLanguage"_s;
}

void UserDetailsLoader::load(const QString &userId)
{
    cancel();
    m_userId = userId;
    if (userId.isEmpty())
        return;
    GraphQuery query;
    query.addQueryItem(u"$select"_s, selectProperties());
    GraphCall *call = m_client->send(GraphRequest::get(u"/users/"_s + GraphRequest::segment(userId), query));
    m_call = call;
    connect(call, &GraphCall::finished, this, [this, call, userId](const GraphResponse &response) {
        if (m_call != call)
            return; // superseded by a later load()
        m_call = nullptr;
        if (!response.ok()) {
            Q_EMIT failed(userId, response.error);
            return;
        }
        const QJsonObject object = response.object();
        UserContactDetails details;
        details.id = userId;
        details.mail = object.value(u"mail"_s).toString();
        details.otherMails = stringList(object.value(u"otherMails"_s));
        details.mobilePhone = object.value(u"mobilePhone"_s).toString();
        details.preferredLanguage = object.value(u"preferredLanguage"_s).toString();
        details.businessPhones = stringList(object.value(u"businessPhones"_s));
        Q_EMIT loaded(details);
    });
}

void UserDetailsLoader::cancel()
{
    m_userId.clear();
    if (GraphCall *call = m_call.data()) {
        m_call = nullptr;
        call->cancel();
    }
}
