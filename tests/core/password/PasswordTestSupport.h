// SPDX-License-Identifier: MIT
// Helpers for the password generator tests: a chi-square bound, and Entra's server-side verdict (the
// sandbox's independent implementation of Entra's password rules, banned list included).
#pragma once

#include "password/PasswordContext.h"
#include "sandbox/PasswordRules.h"
#include "sandbox/SandboxTenant.h"

#include <QHash>
#include <QString>

#include <cmath>

namespace PasswordTestSupport {

/**
 * The chi-square value a uniform sample exceeds with probability about 1e-6 for @p degrees of
 * freedom (Wilson-Hilferty approximation, z = 4.75): a failure means bias, not bad luck.
 */
inline double chiSquareBound(int degrees)
{
    const double k = degrees;
    const double z = 4.75;
    const double term = 1.0 - 2.0 / (9.0 * k) + z * std::sqrt(2.0 / (9.0 * k));
    return k * term * term * term;
}

/**
 * Chi-square statistic of @p counts against equal expectation over @p bins (every bin counted).
 * Keys are words or single characters: counting characters as QChar spares a string per count.
 */
template<typename Key> double chiSquare(const QHash<Key, int> &counts, const QList<Key> &bins)
{
    qint64 total = 0;
    for (const Key &bin : bins)
        total += counts.value(bin);
    const double expected = double(total) / double(bins.size());
    double statistic = 0;
    for (const Key &bin : bins) {
        const double difference = counts.value(bin) - expected;
        statistic += difference * difference / expected;
    }
    return statistic;
}

/** The characters of @p alphabet: the bins of a chiSquare() over single characters. */
inline QList<QChar> characters(const QString &alphabet)
{
    return QList<QChar>(alphabet.cbegin(), alphabet.cend());
}

/** The sandbox user the server would check the password against. */
inline SandboxUser sandboxUser(const PasswordContext &context)
{
    SandboxUser user;
    user.displayName = context.displayName;
    user.givenName = context.givenName;
    user.surname = context.surname;
    user.userPrincipalName = context.userPrincipalName;
    return user;
}

} // namespace PasswordTestSupport
