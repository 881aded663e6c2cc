// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * The word lists the tenant generator draws from. Kept apart from the generator so the data can
 * grow without touching the logic; every list is fixed, so a seed always gives the same tenant.
 */
namespace TenantNames {

/** Names as shown (with å/ä/ö) and the same names folded to ASCII for addresses. */
struct Pool
{
    QStringList names;
    QStringList folded;
};

const Pool &swedishFemale();
const Pool &swedishMale();
const Pool &englishFemale();
const Pool &englishMale();
const Pool &swedishSurnames();
const Pool &englishSurnames();

/** Home domains of invited guests. */
const QStringList &externalDomains();
/** Consumer mail services for otherMails (the alternate email address). */
const QStringList &privateMailDomains();
const QStringList &jobTitles();
const QStringList &offices();
/** Role template ids a few random users hold besides the archetypes. */
const QStringList &occasionalRoles();

/** "Åsa Öberg-Näslund" -> "asa.oberg-naslund": lower case, diacritics dropped, as admins type UPNs. */
QString foldForAddress(const QString &name);

} // namespace TenantNames
