// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/DirectoryRoleEndpoints.h"
#include "sandbox/DomainEndpoints.h"
#include "sandbox/GroupEndpoints.h"
#include "sandbox/PasswordEndpoints.h"

class SandboxRouter;
struct SandboxContext;

/**
 * The directory around the signed-in admin, registered as four parts: role and group
 * membership and /directoryRoles (DirectoryRoleEndpoints), role-assignable groups and their
 * members (GroupEndpoints), /domains and /organization (DomainEndpoints), and changePassword,
 * the resetPassword long-running action and the authentication methods (PasswordEndpoints).
 */
class DirectoryEndpoints
{
public:
    explicit DirectoryEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

private:
    DirectoryRoleEndpoints m_roles;
    GroupEndpoints m_groups;
    DomainEndpoints m_domains;
    PasswordEndpoints m_passwords;
};
