// SPDX-License-Identifier: MIT
#include "directory/SignedInAdmin.h"

#include "directory/RoleTemplates.h"

bool SignedInAdmin::canResetPasswords() const
{
    const QStringList resetRoles = RoleTemplates::passwordResetRoles();
    for (const QString &role : roleTemplateIds) {
        if (resetRoles.contains(role))
            return true;
    }
    return false;
}
