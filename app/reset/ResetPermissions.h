// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class DirectoryUser;

/**
 * The "Who can reset passwords" table of Microsoft's "Privileged roles and permissions in Microsoft
 * Entra ID", computed locally so the console can explain a refusal before sending anything. Roles
 * count whether held directly or through a role-assignable group, and a member of such a group is
 * in the row "User, no role but member/owner of a role-assignable group". Graph's 403 stays
 * authoritative: roles scoped to administrative units and owners of role-assignable groups are
 * not visible here.
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

/**
 * As callersForTarget(), canResetPassword() and canResetWithWriteback() for a user of the list,
 * in every row @p target is in: its roles (direct and group-held alike), a role outside the
 * matrix, and membership of a role-assignable group.
 */
QStringList callersForUser(const DirectoryUser &target);
bool canResetUser(const QStringList &callerRoles, const DirectoryUser &target);
bool canResetUserWithWriteback(const QStringList &callerRoles, const DirectoryUser &target);

} // namespace ResetPermissions
