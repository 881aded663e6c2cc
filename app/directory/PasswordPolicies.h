// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/**
 * A user's passwordPolicies: one combined string that a PATCH replaces whole, so changing one flag
 * means read, merge, write. Tokens ResetDesk does not know are kept as they were, so a future Entra
 * policy is never dropped by accident.
 */
class PasswordPolicies final
{
public:
    /** Parses null, "None", one token or the comma-separated combination, case-insensitively. */
    static PasswordPolicies parse(const QString &value);

    bool neverExpires() const { return m_neverExpires; }
    bool weakAllowed() const { return m_weakAllowed; }
    void setNeverExpires(bool on) { m_neverExpires = on; }
    void setWeakAllowed(bool on) { m_weakAllowed = on; }

    /** The value to PATCH: "None" when nothing is set (an empty string is not accepted). */
    QString toGraphValue() const;

    bool operator==(const PasswordPolicies &other) const = default;

private:
    bool m_neverExpires = false;
    bool m_weakAllowed = false;
    QStringList m_otherTokens;
};

/** What to change; an unset flag stays as the user has it. */
struct PasswordPolicyChange
{
    std::optional<bool> neverExpires;
    std::optional<bool> weakAllowed;

    PasswordPolicies appliedTo(PasswordPolicies current) const
    {
        if (neverExpires)
            current.setNeverExpires(*neverExpires);
        if (weakAllowed)
            current.setWeakAllowed(*weakAllowed);
        return current;
    }
    bool isEmpty() const { return !neverExpires && !weakAllowed; }
};
