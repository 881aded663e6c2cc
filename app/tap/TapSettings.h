// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

struct TapPolicy;

/**
 * What the admin chose for the passes of one run; what is not chosen is left to the policy (the
 * service fills in its defaults). Kept in the run's journal so a resume asks for the same.
 */
struct TapSettings
{
    /** When the passes start working (UTC); invalid = as soon as they are created. */
    QDateTime start;
    std::optional<int> lifetimeInMinutes;
    std::optional<bool> isUsableOnce;

    /** The body of POST …/temporaryAccessPassMethods: only the fields chosen. */
    QJsonObject requestBody() const;
    QJsonObject toJson() const;
    static TapSettings fromJson(const QJsonObject &object);
    /** The choices stay within @p policy (an unknown policy: within Graph's bounds). */
    bool fits(const TapPolicy &policy) const;
    bool operator==(const TapSettings &other) const = default;
};
