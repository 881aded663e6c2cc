// SPDX-License-Identifier: MIT
#include "sandbox/SandboxPermissions.h"

#include "sandbox/SandboxTenant.h"

#include <QHash>

namespace SandboxPermissions {

namespace {

using namespace SandboxRoles;

// Columns of the matrix: the caller roles that can reset anybody's password at all.
const QStringList &resetCallerRoles()
{
    static const QStringList roles{PasswordAdministrator, HelpdeskAdministrator, AuthenticationAdministrator,
                                   UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    return roles;
}

const QStringList &sensitiveCallerRoles()
{
    static const QStringList roles{AuthenticationAdministrator, UserAdministrator,
                                   PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    return roles;
}

/** Rows of the matrix: for a role the target holds, the caller roles that may still reset it. */
QStringList callersAllowedForTargetRole(const QString &targetRole)
{
    static const QStringList everyone = resetCallerRoles();
    static const QStringList helpdeskUp{HelpdeskAdministrator, AuthenticationAdministrator, UserAdministrator,
                                        PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    static const QStringList privilegedOnly{PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    static const QHash<QString, QStringList> rows{
        {AuthenticationAdministrator,
         {AuthenticationAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {DirectoryReaders, everyone},
        {GlobalAdministrator, privilegedOnly},
        {GroupsAdministrator, {UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {GuestInviter, everyone},
        {HelpdeskAdministrator,
         {HelpdeskAdministrator, UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {MessageCenterReader, helpdeskUp},
        {PasswordAdministrator, everyone},
        {PrivilegedAuthenticationAdministrator, privilegedOnly},
        {PrivilegedRoleAdministrator, privilegedOnly},
        {ReportsReader, helpdeskUp},
        {UserAdministrator, {UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator}},
        {UsageSummaryReportsReader, helpdeskUp},
    };
    // "All other built-in and custom roles": Privileged Authentication or Global Administrator.
    return rows.value(targetRole, privilegedOnly);
}

bool allowed(const SandboxTenant &tenant, const QString &callerId, const QString &targetId,
             const QStringList &callerColumns)
{
    QStringList candidates;
    for (const QString &role : tenant.rolesOf(callerId, true)) {
        if (callerColumns.contains(role))
            candidates.append(role);
    }
    if (candidates.isEmpty())
        return false;

    QStringList required = callerColumns;
    // Members of role-assignable groups are protected like privileged admins, roles or not.
    if (!tenant.groupsOf(targetId).isEmpty())
        required = callersAllowedForTargetRole(QString());
    for (const QString &targetRole : tenant.rolesOf(targetId, true)) {
        const QStringList rowCallers = callersAllowedForTargetRole(targetRole);
        QStringList narrowed;
        for (const QString &role : std::as_const(required)) {
            if (rowCallers.contains(role))
                narrowed.append(role);
        }
        required = narrowed;
    }
    for (const QString &role : std::as_const(candidates)) {
        if (required.contains(role))
            return true;
    }
    return false;
}

} // namespace

bool canResetPassword(const SandboxTenant &tenant, const QString &callerId, const QString &targetId)
{
    return allowed(tenant, callerId, targetId, resetCallerRoles());
}

bool canUpdateSensitiveProperties(const SandboxTenant &tenant, const QString &callerId, const QString &targetId)
{
    return allowed(tenant, callerId, targetId, sensitiveCallerRoles());
}

bool canUpdateDomains(const SandboxTenant &tenant, const QString &callerId)
{
    const QStringList roles = tenant.rolesOf(callerId, true);
    return roles.contains(GlobalAdministrator) || roles.contains(DomainNameAdministrator);
}

} // namespace SandboxPermissions
