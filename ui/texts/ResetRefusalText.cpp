// SPDX-License-Identifier: MIT
#include "ui/texts/ResetRefusalText.h"

#include "directory/DirectoryUser.h"
#include "directory/RoleNames.h"
#include "directory/RoleTemplates.h"
#include "directory/SignedInAdmin.h"
#include "reset/ResetPermissions.h"

QString ResetRefusalText::forUser(const SignedInAdmin &admin, const DirectoryUser *target)
{
    // A user whose roles are unknown may hold any role: only the roles that reset everyone count.
    DirectoryUser unknown;
    unknown.setRoleMask(DirectoryUser::OtherRoleBit);
    const DirectoryUser &user = target ? *target : unknown;
    if (admin.rolesKnown && ResetPermissions::canResetUser(admin.roleTemplateIds, user))
        return tr("Your admin role allows you to reset this user, yet Microsoft 365 refused. Your role may be limited "
                  "to an administrative unit that does not include this user, the user may own a role-assignable "
                  "group (then only a Privileged Authentication Administrator or a Global Administrator can reset "
                  "them), or ResetDesk's permission to reset passwords was withdrawn. Sign in again to renew the "
                  "permission; if it still fails, check your role assignment in the Microsoft Entra admin center.");
    return tr("Your account may not reset this user's password. Only these roles can: %1. Ask someone who holds one "
              "of them to do it.")
        .arg(RoleNames::list(ResetPermissions::callersForUser(user)));
}

UserMessage ResetRefusalText::forRunStop(const GraphError &error, const SignedInAdmin &admin)
{
    UserMessage message = ErrorMessages::forGraphError(error);
    if (error.kind == GraphError::Kind::SessionExpired) {
        message.title = tr("Run stopped: sign in again");
        message.text = tr("ResetDesk stopped sending because your sign-in expired or was revoked, so every further "
                          "reset would be refused. Sign in again (File › Sign in…), then click Retry failed: the "
                          "users not sent keep the passwords already chosen.");
        return message;
    }
    message.title = tr("Run stopped: permission missing");
    if (admin.rolesKnown && !admin.canResetPasswords()) {
        message.text = tr("ResetDesk stopped sending because Microsoft 365 refused the first resets: your account "
                          "holds no role that may reset passwords. Ask a Global Administrator for one of these roles: "
                          "%1. Then sign in again and click Retry failed.")
                           .arg(RoleNames::list(RoleTemplates::passwordResetRoles()));
        return message;
    }
    message.text = tr("ResetDesk stopped sending because Microsoft 365 refused the first resets although your role "
                      "allows them. ResetDesk's permission to reset passwords (User-PasswordProfile.ReadWrite.All) is "
                      "probably missing or was withdrawn. Sign out, sign in again and accept the permission, or ask a "
                      "Global Administrator to grant admin consent; then click Retry failed.");
    return message;
}
