// SPDX-License-Identifier: MIT
#pragma once

class SandboxRouter;
struct SandboxContext;

/**
 * /reports/authenticationMethods/userRegistrationDetails with its licence check and the
 * reports service limit of 5 requests per 10 s (graph-api.md §10, §12.3).
 */
class ReportsEndpoints
{
public:
    explicit ReportsEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxContext &m_context;
};
