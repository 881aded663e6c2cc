// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class SandboxTenant;

/**
 * Which admin may read or change whose authentication methods (Temporary Access Pass included),
 * as "Configure Temporary Access Pass" and "Privileged roles and permissions in Microsoft Entra
 * ID" (Who can perform sensitive actions; Compare authentication roles) put it. Roles count
 * transitively, through role-assignable groups too.
 */
namespace AuthMethodRoles {

/**
 * Create or delete a method of @p targetId: Privileged Authentication and Global Administrators
 * for everyone, Authentication Administrators for users holding no role beyond a short list of
 * harmless ones and outside role-assignable groups; nobody for themselves.
 */
bool canManage(const SandboxTenant &tenant, const QString &callerId, const QString &targetId);
/** List or get another user's methods: Global Reader and the roles that may manage them. */
bool canRead(const SandboxTenant &tenant, const QString &callerId, const QString &targetId);
/** Read the authentication methods policy: Global Reader, Authentication Policy, Security or Global Administrator. */
bool canReadPolicy(const SandboxTenant &tenant, const QString &callerId);

/** Microsoft Entra role template ids this file needs beyond SandboxRoles. */
QString authenticationPolicyAdministrator();
QString userExperienceSuccessManager();

} // namespace AuthMethodRoles
