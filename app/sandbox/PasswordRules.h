// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

struct SandboxUser;

/**
 * The Microsoft Entra password policy for cloud users: length 8-256, only the allowed ASCII
 * characters, 3 of 4 character classes (dropped by DisableStrongPassword; Microsoft does not say
 * exactly what that flag relaxes), and
 * the banned-password check (normalisation, edit distance 1, name/tenant substrings, 5-point
 * score). Graph reports every failure with the same message, so only "acceptable or not" leaves here.
 */
class PasswordRules final
{
public:
    enum class Failure {
        None,
        Length,
        Characters,
        Classes,
        Banned,
    };

    /**
     * Checks @p password for @p user in a tenant called @p tenantName. @p strongRequired is false
     * when the effective passwordPolicies contain DisableStrongPassword.
     */
    static Failure check(
        const QString &password, const SandboxUser &user, const QString &tenantName, bool strongRequired);
    static bool isAcceptable(
        const QString &password, const SandboxUser &user, const QString &tenantName, bool strongRequired)
    {
        return check(password, user, tenantName, strongRequired) == Failure::None;
    }

    /** On a self-service change the last password cannot be reused; an admin reset may reuse it. */
    static bool reusesLastPassword(const SandboxUser &user, const QString &password);

    /** True when @p policies (a passwordPolicies value) contains DisableStrongPassword. */
    static bool strongPasswordDisabled(const QString &policies);

    /** The small global banned list the sandbox emulates (already normalised). */
    static const QStringList &bannedTerms();
    /** Password Protection's normalisation: lower-case, then 0->o, 1->l, $->s, @->a. */
    static QString normalise(const QString &password);
    /** Points of @p normalised against @p terms: 1 per term found (edit distance 1) + 1 per other character.
     */
    static int score(const QString &normalised, const QStringList &fuzzyTerms, const QStringList &exactTerms);
};
