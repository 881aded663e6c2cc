// SPDX-License-Identifier: MIT
#include "reset/ResetPermissions.h"

#include "directory/DirectoryUser.h"
#include "directory/RoleTemplates.h"

#include <QHash>

namespace ResetPermissions {

namespace {

const QString UnknownRole = QStringLiteral("unknown");
/** The row "User, no role but member/owner of a role-assignable group". */
const QString RoleGroupMember = QStringLiteral("role-assignable group member");

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &item : a) {
        if (b.contains(item, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/**
 * One caller role must satisfy every row the target is in: the intersection of the rows'
 * columns, starting from all columns (a user without roles can be reset by every column).
 */
QStringList callersForRows(const QStringList &rows)
{
    QStringList allowed = RoleTemplates::passwordResetRoles();
    for (const QString &row : rows) {
        const QStringList columns = callersForTargetRole(row);
        allowed.removeIf([&columns](const QString &caller) { return !columns.contains(caller); });
    }
    return allowed;
}

bool anyAllowed(const QStringList &callerRoles, const QStringList &allowed)
{
    QStringList callers;
    for (const QString &role : callerRoles)
        callers.append(role.toLower());
    return intersects(callers, allowed);
}

const QStringList &writebackCallers()
{
    using namespace RoleTemplates;
    static const QStringList callers {
        AuthenticationAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    return callers;
}

QStringList writebackRoles(const QStringList &callerRoles)
{
    QStringList callers;
    for (const QString &role : callerRoles) {
        if (writebackCallers().contains(role, Qt::CaseInsensitive))
            callers.append(role);
    }
    return callers;
}

} // namespace

QStringList callersForTargetRole(const QString &targetRole)
{
    using namespace RoleTemplates;
    static const QStringList everyone = passwordResetRoles();
    static const QStringList helpdeskUp {HelpdeskAdministrator, AuthenticationAdministrator,
        UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    static const QStringList privilegedOnly {PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    static const QHash<QString, QStringList> rows {
        {AuthenticationAdministrator,
            {AuthenticationAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {DirectoryReaders, everyone}, {GlobalAdministrator, privilegedOnly},
        {GroupsAdministrator,
            {UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {GuestInviter, everyone},
        {HelpdeskAdministrator,
            {HelpdeskAdministrator, UserAdministrator, PrivilegedAuthenticationAdministrator,
                GlobalAdministrator}},
        {MessageCenterReader, helpdeskUp}, {PasswordAdministrator, everyone},
        {PrivilegedAuthenticationAdministrator, privilegedOnly},
        {PrivilegedRoleAdministrator, privilegedOnly}, {ReportsReader, helpdeskUp},
        {UserAdministrator, {UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {UsageSummaryReportsReader, helpdeskUp}, {RoleGroupMember, privilegedOnly},
        // Any other role: "All other built-in and custom roles".
    };
    return rows.value(targetRole.toLower(), privilegedOnly);
}

QStringList callersForTarget(const QStringList &targetRoles, bool targetHasUnknownRole)
{
    QStringList rows = targetRoles;
    if (targetHasUnknownRole)
        rows.append(UnknownRole);
    return callersForRows(rows);
}

QStringList callersForUser(const DirectoryUser &target)
{
    QStringList rows = target.roleTemplateIds();
    if (target.hasOtherRole())
        rows.append(UnknownRole);
    if (target.isRoleGroupMember())
        rows.append(RoleGroupMember);
    return callersForRows(rows);
}

bool canResetPassword(
    const QStringList &callerRoles, const QStringList &targetRoles, bool targetHasUnknownRole)
{
    return anyAllowed(callerRoles, callersForTarget(targetRoles, targetHasUnknownRole));
}

bool canResetUser(const QStringList &callerRoles, const DirectoryUser &target)
{
    return anyAllowed(callerRoles, callersForUser(target));
}

bool canResetWithWriteback(
    const QStringList &callerRoles, const QStringList &targetRoles, bool targetHasUnknownRole)
{
    return canResetPassword(writebackRoles(callerRoles), targetRoles, targetHasUnknownRole);
}

bool canResetUserWithWriteback(const QStringList &callerRoles, const DirectoryUser &target)
{
    return canResetUser(writebackRoles(callerRoles), target);
}

} // namespace ResetPermissions
