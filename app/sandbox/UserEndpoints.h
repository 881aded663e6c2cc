// SPDX-License-Identifier: MIT
#pragma once

class SandboxRouter;
struct SandboxContext;

/**
 * GET /users ($select, $top, $filter, $search, $count, paging), /users/$count, /users/delta,
 * GET/PATCH /users/{id | upn} (passwordProfile, passwordPolicies, contact fields), POST
 * /users/{id}/revokeSignInSessions. graph-api.md §1, §2, §5, §9.
 */
class UserEndpoints
{
public:
    explicit UserEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxContext &m_context;
};
