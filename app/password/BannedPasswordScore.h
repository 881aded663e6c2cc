// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/**
 * A client-side approximation of the scoring in "Eliminate bad passwords using Microsoft Entra
 * Password Protection": normalise (lower-case, 0->o, 1->l, $->s, @->a), find banned terms within
 * one edit and name parts as substrings, then 1 point per term found + 1 per remaining character;
 * under 5 points is refused.
 *
 * The real global list is not published, so this uses a short list of the passwords everyone
 * bans. The generator uses it to keep short styles (Classic's 8 characters) away from what the
 * service refuses; typed passwords are left to the server's verdict (LocalPasswordRules does not
 * call this), which stays authoritative.
 */
namespace BannedPasswordScore {

constexpr int MinimumScore = 5;

/** Common passwords and their pieces, normalised, in English and Swedish. */
const QStringList &commonTerms();

/** The points of @p password; @p nameParts are matched exactly (LocalPasswordRules::nameParts()). */
int score(const QString &password, const QStringList &nameParts);

inline bool likelyRefused(const QString &password, const QStringList &nameParts)
{
    return score(password, nameParts) < MinimumScore;
}

} // namespace BannedPasswordScore
