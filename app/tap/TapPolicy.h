// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>

/**
 * The organisation's Temporary Access Pass policy (the TemporaryAccessPass configuration of the
 * authentication methods policy), or Graph's documented bounds when it could not be read: then
 * the service decides each pass within them.
 */
struct TapPolicy
{
    /** Graph's bounds for any lifetime, whatever a policy says ("Configure Temporary Access Pass"). */
    static constexpr int absoluteMinimumLifetime = 10;
    static constexpr int absoluteMaximumLifetime = 43200;

    /** False: the policy could not be read (no policy reader role or scope); the fields are the documented defaults. */
    bool known = false;
    bool enabled = true;
    int defaultLifetimeInMinutes = 60;
    int minimumLifetimeInMinutes = absoluteMinimumLifetime;
    int maximumLifetimeInMinutes = absoluteMaximumLifetime;
    /** Every pass must be one-time: a multi-use pass is not allowed. */
    bool isUsableOnce = false;
    int defaultLength = 8;
    /** Group ids the policy includes; "all_users" for everyone. */
    QStringList includeGroupIds{QStringLiteral("all_users")};
    QStringList excludeGroupIds;

    /** The policy as Graph serialises temporaryAccessPassAuthenticationMethodConfiguration. */
    static TapPolicy fromJson(const QJsonObject &object);
    /** Nothing read: Graph's documented bounds, the service decides. */
    static TapPolicy unknown();

    bool includesEveryone() const;
    /** A lifetime the service accepts under this policy. */
    bool allowsLifetime(int minutes) const;
    /** Whether the admin may choose multi-use passes. */
    bool allowsMultiUse() const { return !isUsableOnce; }
};
