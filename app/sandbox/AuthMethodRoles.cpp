// SPDX-License-Identifier: MIT
#include "sandbox/AuthMethodRoles.h"

#include "sandbox/SandboxTenant.h"

using namespace Qt::Literals::StringLiterals;

namespace AuthMethodRoles {

namespace {

using namespace SandboxRoles;

bool holdsAny(const QStringList &held, const QStringList &wanted)
{
    for (const QString &role : held) {
        if (wanted.contains(role))
            return true;
    }
    return false;
}

/** Roles an Authentication Administrator's target may hold ("Who can perform sensitive actions"). */
const QStringList &rolesAnAuthenticationAdministratorCovers()
{
    static const QStringList roles{AuthenticationAdministrator, DirectoryReaders,     GuestInviter,
                                   MessageCenterReader,         PasswordAdministrator, ReportsReader,
                                   userExperienceSuccessManager(), UsageSummaryReportsReader};
    return roles;
}

} // namespace

QString authenticationPolicyAdministrator()
{
    return u"0526716b-113d-4c15-b2c8-68e3c22b9f80"_s;
}

QString userExperienceSuccessManager()
{
    return u"27460883-1df1-4691-b032-3b79643e5e63"_s;
}

bool canManage(const SandboxTenant &tenant, const QString &callerId, const QString &targetId)
{
    if (callerId == targetId)
        return false;
    const QStringList callerRoles = tenant.rolesOf(callerId, true);
    if (holdsAny(callerRoles, {GlobalAdministrator, PrivilegedAuthenticationAdministrator}))
        return true;
    if (!callerRoles.contains(AuthenticationAdministrator))
        return false;
    // Members of role-assignable groups are protected like privileged admins, roles or not.
    if (!tenant.groupsOf(targetId).isEmpty())
        return false;
    for (const QString &role : tenant.rolesOf(targetId, true)) {
        if (!rolesAnAuthenticationAdministratorCovers().contains(role))
            return false;
    }
    return true;
}

bool canRead(const SandboxTenant &tenant, const QString &callerId, const QString &targetId)
{
    if (holdsAny(tenant.rolesOf(callerId, true), {GlobalReader, GlobalAdministrator, PrivilegedAuthenticationAdministrator}))
        return true;
    return canManage(tenant, callerId, targetId);
}

bool canReadPolicy(const SandboxTenant &tenant, const QString &callerId)
{
    return holdsAny(tenant.rolesOf(callerId, true),
                    {GlobalReader, authenticationPolicyAdministrator(), SecurityReader, SecurityAdministrator,
                     GlobalAdministrator});
}

} // namespace AuthMethodRoles
