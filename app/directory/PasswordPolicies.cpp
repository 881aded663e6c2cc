// SPDX-License-Identifier: MIT
#include "directory/PasswordPolicies.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString neverExpiresToken = u"DisablePasswordExpiration"_s;
const QString weakAllowedToken = u"DisableStrongPassword"_s;
const QString noneToken = u"None"_s;
} // namespace

PasswordPolicies PasswordPolicies::parse(const QString &value)
{
    PasswordPolicies policies;
    const auto tokens = value.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed();
        if (token.compare(neverExpiresToken, Qt::CaseInsensitive) == 0)
            policies.m_neverExpires = true;
        else if (token.compare(weakAllowedToken, Qt::CaseInsensitive) == 0)
            policies.m_weakAllowed = true;
        else if (!token.isEmpty() && token.compare(noneToken, Qt::CaseInsensitive) != 0)
            policies.m_otherTokens.append(token);
    }
    return policies;
}

QString PasswordPolicies::toGraphValue() const
{
    QStringList tokens;
    if (m_neverExpires)
        tokens.append(neverExpiresToken);
    if (m_weakAllowed)
        tokens.append(weakAllowedToken);
    tokens += m_otherTokens;
    return tokens.isEmpty() ? noneToken : tokens.join(u", "_s);
}
