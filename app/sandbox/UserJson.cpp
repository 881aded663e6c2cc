// SPDX-License-Identifier: MIT
#include "sandbox/UserJson.h"

#include "sandbox/SandboxTenant.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue nullableNonEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

const QStringList &UserJson::defaultProperties()
{
    static const QStringList properties {u"businessPhones"_s, u"displayName"_s, u"givenName"_s, u"jobTitle"_s,
        u"mail"_s, u"mobilePhone"_s, u"officeLocation"_s, u"preferredLanguage"_s, u"surname"_s,
        u"userPrincipalName"_s, u"id"_s};
    return properties;
}

const QStringList &UserJson::knownProperties()
{
    static const QStringList properties = [] {
        QStringList all = defaultProperties();
        all << u"otherMails"_s << u"accountEnabled"_s << u"userType"_s << u"creationType"_s
            << u"passwordPolicies"_s << u"lastPasswordChangeDateTime"_s << u"createdDateTime"_s
            << u"signInSessionsValidFromDateTime"_s << u"assignedLicenses"_s << u"onPremisesSyncEnabled"_s
            << u"mailNickname"_s << u"passwordProfile"_s;
        return all;
    }();
    return properties;
}

const QStringList &UserJson::singleUserOnlyProperties()
{
    static const QStringList properties {u"aboutMe"_s, u"birthday"_s, u"hireDate"_s, u"interests"_s,
        u"mySite"_s, u"pastProjects"_s, u"preferredName"_s, u"responsibilities"_s, u"schools"_s, u"skills"_s,
        u"mailboxSettings"_s};
    return properties;
}

std::optional<QString> UserJson::canonicalName(const QString &name)
{
    for (const QString &known : knownProperties()) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return known;
    }
    for (const QString &known : singleUserOnlyProperties()) {
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return known;
    }
    return std::nullopt;
}

std::optional<QStringList> UserJson::parseSelect(const QString &select, QString *unknown)
{
    if (select.trimmed().isEmpty())
        return defaultProperties();
    QStringList properties;
    for (const QString &raw : select.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        const std::optional<QString> canonical = canonicalName(name);
        if (!canonical) {
            if (unknown)
                *unknown = name;
            return std::nullopt;
        }
        if (!properties.contains(*canonical))
            properties.append(*canonical);
    }
    return properties;
}

QJsonValue UserJson::dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue::Null;
    return dateTime.toUTC().toString(Qt::ISODate);
}

QJsonValue UserJson::value(const SandboxUser &user, const QString &property)
{
    // Ordered roughly by how often lists ask for them.
    if (property == u"id")
        return user.id;
    if (property == u"displayName")
        return nullable(user.displayName);
    if (property == u"userPrincipalName")
        return user.userPrincipalName;
    if (property == u"mail")
        return nullableNonEmpty(user.mail);
    if (property == u"givenName")
        return nullableNonEmpty(user.givenName);
    if (property == u"surname")
        return nullableNonEmpty(user.surname);
    if (property == u"mobilePhone")
        return nullableNonEmpty(user.mobilePhone);
    if (property == u"businessPhones")
        return QJsonArray::fromStringList(user.businessPhones);
    if (property == u"jobTitle")
        return nullableNonEmpty(user.jobTitle);
    if (property == u"officeLocation")
        return nullableNonEmpty(user.officeLocation);
    if (property == u"preferredLanguage")
        return nullableNonEmpty(user.preferredLanguage);
    if (property == u"otherMails")
        return QJsonArray::fromStringList(user.otherMails);
    if (property == u"accountEnabled")
        return user.accountEnabled;
    if (property == u"userType")
        return user.userType;
    if (property == u"creationType")
        return nullableNonEmpty(user.creationType);
    if (property == u"passwordPolicies")
        return nullableNonEmpty(user.passwordPolicies);
    if (property == u"lastPasswordChangeDateTime")
        return dateTime(user.lastPasswordChangeDateTime);
    if (property == u"createdDateTime")
        return dateTime(user.createdDateTime);
    if (property == u"signInSessionsValidFromDateTime")
        return dateTime(user.signInSessionsValidFromDateTime);
    if (property == u"onPremisesSyncEnabled")
        return user.onPremisesSyncEnabled ? QJsonValue(*user.onPremisesSyncEnabled)
                                          : QJsonValue(QJsonValue::Null);
    if (property == u"mailNickname")
        return user.userPrincipalName.section(u'@', 0, 0);
    if (property == u"passwordProfile") {
        // Returned only on $select, also on lists; null until a password was set with a forced
        // change (observed), and the password itself is write-only, so always null.
        if (!user.forceChangePasswordNextSignIn && !user.forceChangePasswordNextSignInWithMfa)
            return QJsonValue::Null;
        return QJsonObject {{u"forceChangePasswordNextSignIn"_s, user.forceChangePasswordNextSignIn},
            {u"forceChangePasswordNextSignInWithMfa"_s, user.forceChangePasswordNextSignInWithMfa},
            {u"password"_s, QJsonValue::Null}};
    }
    if (property == u"assignedLicenses") {
        QJsonArray licenses;
        for (const QString &sku : user.assignedLicenseSkus)
            licenses.append(QJsonObject {{u"disabledPlans"_s, QJsonArray()}, {u"skuId"_s, sku}});
        return licenses;
    }
    return QJsonValue::Null;
}

QString UserJson::text(const SandboxUser &user, const QString &property)
{
    if (property == u"userPrincipalName")
        return user.userPrincipalName;
    if (property == u"displayName")
        return user.displayName;
    if (property == u"mail")
        return user.mail;
    if (property == u"givenName")
        return user.givenName;
    if (property == u"surname")
        return user.surname;
    if (property == u"id")
        return user.id;
    return value(user, property).toString();
}

QJsonObject UserJson::toJson(const SandboxUser &user, const QStringList &properties)
{
    QJsonObject object;
    for (const QString &property : properties)
        object.insert(property, value(user, property));
    return object;
}

const QStringList &UserJson::basicProperties()
{
    static const QStringList properties {
        u"id"_s, u"displayName"_s, u"givenName"_s, u"surname"_s, u"mail"_s, u"userPrincipalName"_s};
    return properties;
}

QJsonObject UserJson::toBasicJson(const SandboxUser &user, const QStringList &properties)
{
    QJsonObject object;
    for (const QString &property : properties)
        object.insert(property, basicProperties().contains(property) ? value(user, property) : QJsonValue());
    return object;
}
