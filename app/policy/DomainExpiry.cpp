// SPDX-License-Identifier: MIT
#include "policy/DomainExpiry.h"

#include "graph/GraphClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger() > DomainExpiry::neverExpiresValue ? DomainExpiry::neverExpiresValue
                                                               : int(value.toInteger());
}

DomainExpiry fromJson(const QJsonObject &json)
{
    DomainExpiry domain;
    domain.domain = json.value(u"id"_s).toString();
    domain.isDefault = json.value(u"isDefault"_s).toBool();
    domain.isVerified = json.value(u"isVerified"_s).toBool();
    domain.isRoot = json.value(u"isRoot"_s).toBool(true);
    domain.federated = json.value(u"authenticationType"_s).toString().compare(u"Federated"_s, Qt::CaseInsensitive) == 0;
    domain.validityDays = optionalInt(json.value(u"passwordValidityPeriodInDays"_s));
    domain.notificationDays = optionalInt(json.value(u"passwordNotificationWindowInDays"_s));
    return domain;
}

} // namespace

DomainExpirySettings::DomainExpirySettings(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

DomainExpirySettings::Problem DomainExpirySettings::validate(bool neverExpires, int validityDays, int notificationDays)
{
    if (notificationDays < DomainExpiry::minimumNotificationDays
        || notificationDays > DomainExpiry::maximumNotificationDays)
        return Problem::NotificationOutOfRange;
    if (neverExpires)
        return Problem::None;
    if (validityDays < DomainExpiry::minimumValidityDays || validityDays > DomainExpiry::maximumValidityDays)
        return Problem::ValidityOutOfRange;
    // A warning window as long as the password's life would nag from the day it was set.
    if (notificationDays >= validityDays)
        return Problem::NotificationTooLong;
    return Problem::None;
}

void DomainExpirySettings::load()
{
    GraphPageReader *reader = m_client->readPages(GraphRequest::get(u"/domains"_s));
    auto domains = std::make_shared<QList<DomainExpiry>>();
    connect(reader, &GraphPageReader::pageReceived, this, [domains](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            domains->append(fromJson(item.toObject()));
    });
    connect(reader, &GraphPageReader::finished, this, [this, domains](const GraphError &error) {
        if (error.isError()) {
            Q_EMIT loadFailed(error);
            return;
        }
        // The default domain first: it is the one admins think of as "the organisation".
        std::stable_sort(domains->begin(), domains->end(),
                         [](const DomainExpiry &a, const DomainExpiry &b) { return a.isDefault && !b.isDefault; });
        Q_EMIT loaded(*domains);
    });
}

void DomainExpirySettings::save(const QString &domain, bool neverExpires, int validityDays, int notificationDays)
{
    const QJsonObject body{
        {u"passwordValidityPeriodInDays"_s, neverExpires ? DomainExpiry::neverExpiresValue : validityDays},
        {u"passwordNotificationWindowInDays"_s, notificationDays}};
    GraphCall *call = m_client->send(
        GraphRequest::patch(u"/domains/"_s + QString::fromLatin1(QUrl::toPercentEncoding(domain)), body));
    connect(call, &GraphCall::finished, this, [this, domain](const GraphResponse &response) {
        if (response.ok())
            Q_EMIT saved(domain, {}, QString::fromLatin1(response.header("request-id")));
        else
            Q_EMIT saved(domain, response.error, response.error.requestId);
    });
}
