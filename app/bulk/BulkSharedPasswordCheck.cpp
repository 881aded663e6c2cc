// SPDX-License-Identifier: MIT
#include "bulk/BulkSharedPasswordCheck.h"

#include <QSet>

BulkSharedPasswordCheck::BulkSharedPasswordCheck(const QString &tenantName)
    : m_tenantName(tenantName)
{
}

void BulkSharedPasswordCheck::setPlan(const BulkPreflight::Plan &plan)
{
    m_nameParts.clear();
    m_longestPart = 0;
    m_userCount = 0;
    for (const BulkPreflight::Row &row : plan.rows) {
        if (!row.included || !row.target.password.isEmpty())
            continue;
        ++m_userCount;
        // The same context BulkResetItem::fromTargets gives the generator, without the tenant
        // (checked once in check()).
        PasswordContext context;
        context.displayName = row.target.user.displayName();
        context.userPrincipalName = row.target.user.userPrincipalName();
        for (const QString &part : LocalPasswordRules::nameParts(context)) {
            ++m_nameParts[part];
            m_longestPart = qMax(m_longestPart, int(part.size()));
        }
    }
}

QList<PasswordRuleFailure> BulkSharedPasswordCheck::check(const QString &password) const
{
    PasswordContext context;
    context.tenantName = m_tenantName;
    // Some users may allow weak passwords, but one password for all must suit every one of them.
    context.strongPasswordRequired = true;
    QList<PasswordRuleFailure> failures = LocalPasswordRules::check(password, context);
    if (password.isEmpty() || m_nameParts.isEmpty())
        return failures;

    QSet<QString> reported;
    for (const PasswordRuleFailure &failure : failures) {
        if (failure.kind == PasswordRuleFailure::Kind::ContainsName)
            reported.insert(failure.namePart);
    }
    const QString normalised = LocalPasswordRules::normalise(password);
    const int length = int(normalised.size());
    for (int start = 0; start < length; ++start) {
        const int longest = qMin(m_longestPart, length - start);
        for (int size = LocalPasswordRules::MinimumNamePartLength; size <= longest; ++size) {
            const QString part = normalised.mid(start, size);
            if (!reported.contains(part) && m_nameParts.contains(part)) {
                reported.insert(part);
                failures.append({PasswordRuleFailure::Kind::ContainsName, {}, part, 0});
            }
        }
    }
    return failures;
}
