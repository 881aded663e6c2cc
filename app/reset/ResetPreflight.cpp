// SPDX-License-Identifier: MIT
#include "reset/ResetPreflight.h"

#include "directory/DirectoryUser.h"
#include "directory/SignedInAdmin.h"
#include "reset/ResetPermissions.h"
#include "reset/ResetRequest.h"

ResetPreflight::Result ResetPreflight::check(
    const DirectoryUser &target, const SignedInAdmin &admin, const ResetRequest &request)
{
    Result result;
    result.rolesUnverified = !admin.rolesKnown;
    result.writebackAvailable = target.isSynced()
        && (!admin.rolesKnown || ResetPermissions::canResetUserWithWriteback(admin.roleTemplateIds, target));

    if (!admin.id.isEmpty() && admin.id.compare(target.id(), Qt::CaseInsensitive) == 0) {
        result.verdict = Verdict::SelfReset;
        return result;
    }
    if (target.isGuest()) {
        result.verdict = Verdict::Guest;
        return result;
    }
    if (admin.rolesKnown && !ResetPermissions::canResetUser(admin.roleTemplateIds, target)) {
        result.verdict = Verdict::RoleCannotReset;
        return result;
    }
    if (target.isSynced()) {
        if (!request.useWriteback)
            result.verdict = Verdict::SyncedUser;
        else if (!result.writebackAvailable)
            result.verdict = Verdict::WritebackNeedsAuthenticationAdmin;
    }
    return result;
}
