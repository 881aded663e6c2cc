// SPDX-License-Identifier: MIT
// Hand-built users for the directory model tests, made through the same JSON parser as real pages.
#pragma once

#include "directory/DirectoryUser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DirectoryTestUsers {

struct Spec
{
    QString id;
    QString displayName;
    QString upn;
    QString mail = {};
    bool licensed = true;
    bool enabled = true;
    bool guest = false;
    bool synced = false;
    QString passwordPolicies = {};
    bool alternateEmail = false;
    QString lastPasswordChange = QStringLiteral("2024-05-01T10:11:12Z");
};

inline QJsonObject json(const Spec &spec)
{
    QJsonObject object {
        {QStringLiteral("id"), spec.id},
        {QStringLiteral("displayName"), spec.displayName},
        {QStringLiteral("userPrincipalName"), spec.upn},
        {QStringLiteral("mail"), spec.mail.isEmpty() ? QJsonValue() : QJsonValue(spec.mail)},
        {QStringLiteral("otherMails"),
            spec.alternateEmail ? QJsonArray {QStringLiteral("alt@example.org")} : QJsonArray {}},
        {QStringLiteral("accountEnabled"), spec.enabled},
        {QStringLiteral("userType"), spec.guest ? QStringLiteral("Guest") : QStringLiteral("Member")},
        {QStringLiteral("creationType"), QJsonValue()},
        {QStringLiteral("passwordPolicies"),
            spec.passwordPolicies.isEmpty() ? QJsonValue() : QJsonValue(spec.passwordPolicies)},
        {QStringLiteral("lastPasswordChangeDateTime"), spec.lastPasswordChange},
        {QStringLiteral("assignedLicenses"),
            spec.licensed ? QJsonArray {QJsonObject {
                {QStringLiteral("skuId"), QStringLiteral("c7df2760-2c81-4ef7-b578-5b5392b571df")},
                {QStringLiteral("disabledPlans"), QJsonArray {}}}}
                          : QJsonArray {}},
        {QStringLiteral("onPremisesSyncEnabled"), spec.synced ? QJsonValue(true) : QJsonValue()},
    };
    return object;
}

/** A user object as a page carries it, read the way the loader reads pages. */
inline DirectoryUser fromJson(const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return DirectoryUser::fromJson(JsonText::padded(text));
}

inline DirectoryUser user(const Spec &spec)
{
    return fromJson(json(spec));
}

/** "u<i>" users named "User <i>" with upn "user<i>@contoso.com". */
inline QList<DirectoryUser> numbered(int from, int count)
{
    QList<DirectoryUser> users;
    for (int i = from; i < from + count; ++i) {
        const QString n = QString::number(i);
        users.append(user({QStringLiteral("u") + n, QStringLiteral("User ") + n,
            QStringLiteral("user") + n + QStringLiteral("@contoso.com")}));
    }
    return users;
}

} // namespace DirectoryTestUsers
