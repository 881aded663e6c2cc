// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/**
 * The "Who can reset passwords" table of Microsoft's "Privileged roles and permissions in Microsoft
 * Entra ID", computed locally so the console can explain a refusal before sending anything. Graph's
 * 403 stays authoritative: roles scoped to administrative units and membership of role-assignable
 * groups are not visible here.
 */
namespace ResetPermissions {

/**
 * The caller roles (columns of the matrix) that may reset a user holding @p targetRole; for a
 * role the matrix does not list ("all other built-in and custom roles"): Privileged
 * Authentication Administrator and Global Administrator.
 */
QStringList callersForTargetRole(const QString &targetRole);

/**
 * The caller roles that may reset a user holding all of @p targetRoles (and, with
 * @p targetHasUnknownRole, a role outside the matrix), least powerful first.
 */
QStringList callersForTarget(const QStringList &targetRoles, bool targetHasUnknownRole = false);

/**
 * True when one of @p callerRoles may reset a user holding all of @p targetRoles (role template
 * ids). @p targetHasUnknownRole adds a role outside the matrix (DirectoryUser::hasOtherRole()).
 */
bool canResetPassword(
    const QStringList &callerRoles, const QStringList &targetRoles, bool targetHasUnknownRole = false);

/**
 * The writeback path (POST …/methods/{id}/resetPassword) needs Authentication, Privileged
 * Authentication or Global Administrator, on top of the matrix.
 */
bool canResetWithWriteback(
    const QStringList &callerRoles, const QStringList &targetRoles, bool targetHasUnknownRole = false);

} // namespace ResetPermissions
