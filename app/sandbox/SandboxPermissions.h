// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class SandboxTenant;

/**
 * Which admin may change what about whom: the "Who can reset passwords" and "Who can perform
 * sensitive actions" tables of Microsoft's "Privileged roles and permissions in Microsoft Entra
 * ID", applied to the caller's and the target's roles (both transitive).
 */
namespace SandboxPermissions {

/** Password reset (passwordProfile, resetPassword action, revokeSignInSessions). */
bool canResetPassword(const SandboxTenant &tenant, const QString &callerId, const QString &targetId);
/**
 * Sensitive properties (otherMails, mobilePhone, businessPhones, accountEnabled) and
 * passwordPolicies: the same rows, but only Authentication, User, Privileged Authentication and
 * Global Administrators as callers.
 */
bool canUpdateSensitiveProperties(const SandboxTenant &tenant, const QString &callerId, const QString &targetId);
/** Domain password-expiry policy: Domain Name Administrator or Global Administrator. */
bool canUpdateDomains(const SandboxTenant &tenant, const QString &callerId);

} // namespace SandboxPermissions
