// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * Whose password it is: the names a password must not contain (Entra's banned check matches the
 * first name, last name and the tenant name) and whether the strong-password rule applies (false
 * when the user's passwordPolicies hold DisableStrongPassword).
 */
struct PasswordContext
{
    QString displayName;
    QString givenName;
    QString surname;
    QString userPrincipalName;
    /** The organisation's name (Entra also refuses passwords containing it); may be empty. */
    QString tenantName;
    bool strongPasswordRequired = true;
};
