// SPDX-License-Identifier: MIT
#pragma once

class SandboxRouter;
struct SandboxContext;

/**
 * /me, /me/memberOf and /me/transitiveMemberOf (directoryRole casts), /directoryRoles
 * ($expand=members), /domains GET/PATCH, POST /me/changePassword, /me/authentication/phoneMethods
 * and emailMethods, the resetPassword long-running action and its operations. graph-api.md §2.4,
 * §3, §6, §7.
 */
class DirectoryEndpoints
{
public:
    explicit DirectoryEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxContext &m_context;
};
