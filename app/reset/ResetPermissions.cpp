// SPDX-License-Identifier: MIT
#include "reset/ResetPermissions.h"

#include "directory/RoleTemplates.h"

#include <QHash>

namespace ResetPermissions {

namespace {

const QString UnknownRole = QStringLiteral("unknown");

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &item : a) {
        if (b.contains(item, Qt::CaseInsensitive))
            return true;
    }
    return false;
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
        {DirectoryReaders, everyone},
        {GlobalAdministrator, privilegedOnly},
        {GroupsAdministrator,
            {UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {GuestInviter, everyone},
        {HelpdeskAdministrator,
            {HelpdeskAdministrator, UserAdministrator, PrivilegedAuthenticationAdministrator,
                GlobalAdministrator}},
        {MessageCenterReader, helpdeskUp},
        {PasswordAdministrator, everyone},
        {PrivilegedAuthenticationAdministrator, privilegedOnly},
        {PrivilegedRoleAdministrator, privilegedOnly},
        {ReportsReader, helpdeskUp},
        {UserAdministrator, {UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {UsageSummaryReportsReader, helpdeskUp},
    };
    return rows.value(targetRole.toLower(), privilegedOnly);
}

QStringList callersForTarget(const QStringList &targetRoles, bool targetHasUnknownRole)
{
    // One caller role must satisfy every row the target is in: the intersection of the rows'
    // columns, starting from all columns (a user without roles can be reset by every column).
    QStringList allowed = RoleTemplates::passwordResetRoles();
    QStringList rows = targetRoles;
    if (targetHasUnknownRole)
        rows.append(UnknownRole);
    for (const QString &role : std::as_const(rows)) {
        const QStringList columns = callersForTargetRole(role);
        allowed.removeIf([&columns](const QString &caller) { return !columns.contains(caller); });
    }
    return allowed;
}

bool canResetPassword(
    const QStringList &callerRoles, const QStringList &targetRoles, bool targetHasUnknownRole)
{
    const QStringList allowed = callersForTarget(targetRoles, targetHasUnknownRole);
    QStringList callers;
    for (const QString &role : callerRoles)
        callers.append(role.toLower());
    return intersects(callers, allowed);
}

bool canResetWithWriteback(
    const QStringList &callerRoles, const QStringList &targetRoles, bool targetHasUnknownRole)
{
    using namespace RoleTemplates;
    static const QStringList writebackCallers {
        AuthenticationAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    QStringList callers;
    for (const QString &role : callerRoles) {
        if (writebackCallers.contains(role, Qt::CaseInsensitive))
            callers.append(role);
    }
    return canResetPassword(callers, targetRoles, targetHasUnknownRole);
}

} // namespace ResetPermissions
