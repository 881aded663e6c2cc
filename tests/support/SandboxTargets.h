// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkTarget.h"
#include "sandbox/SandboxTenant.h"

/** A sandbox user as the user list would know it, for a bulk run's targets. */
inline BulkTarget bulkTargetFor(const SandboxUser &user)
{
    BulkTarget target;
    target.user.setId(user.id);
    target.user.setUserPrincipalName(user.userPrincipalName);
    target.user.setDisplayName(user.displayName);
    return target;
}
