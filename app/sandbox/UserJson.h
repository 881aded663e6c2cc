// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

struct SandboxUser;

/**
 * A SandboxUser as Graph serialises a microsoft.graph.user: the default property set without
 * $select, exactly the selected properties with it, never the server-side truth (password,
 * history).
 */
class UserJson final
{
public:
    /** businessPhones, displayName, givenName, id, jobTitle, mail, mobilePhone, officeLocation, … */
    static const QStringList &defaultProperties();
    /** Every property the sandbox knows, in Graph's spelling. */
    static const QStringList &knownProperties();
    /**
     * Properties Graph returns only for a single user (aboutMe, birthday, …): selecting one on a
     * collection is 501 Not Implemented, as on Graph. The sandbox has no data for them: null.
     */
    static const QStringList &singleUserOnlyProperties();
    /** The known property spelled @p name in any letter case, or nullopt. */
    static std::optional<QString> canonicalName(const QString &name);

    /**
     * Parses a $select value into canonical names. @p unknown receives the first name that is
     * not a user property (nullopt result then). An empty @p select means the default set.
     */
    static std::optional<QStringList> parseSelect(const QString &select, QString *unknown);

    /** One property's JSON value (null where Graph sends null). */
    static QJsonValue value(const SandboxUser &user, const QString &canonicalProperty);
    /**
     * A string property's text, empty where value() is null, without building a JSON value: a
     * filter reads it for every user of the tenant. Other properties as value().toString().
     */
    static QString text(const SandboxUser &user, const QString &canonicalProperty);
    /** The user with @p properties (id is always included by Graph only when selected). */
    static QJsonObject toJson(const SandboxUser &user, const QStringList &properties);
    /**
     * As toJson(), for a caller whose token only has User.ReadBasic.All: properties outside the
     * basic profile (which does not include passwordPolicies, lastPasswordChangeDateTime, …) are null.
     */
    static QJsonObject toBasicJson(const SandboxUser &user, const QStringList &properties);
    /** id, displayName, givenName, surname, mail, userPrincipalName. */
    static const QStringList &basicProperties();

    /** ISO 8601 UTC with 'Z', as Graph writes DateTimeOffset values; null when invalid. */
    static QJsonValue dateTime(const class QDateTime &dateTime);
};
