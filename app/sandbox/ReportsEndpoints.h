// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

class SandboxRouter;
struct SandboxContext;
struct SandboxUser;

/**
 * /reports/authenticationMethods/userRegistrationDetails with its licence check and the
 * reports service limit of 5 requests per 10 s (graph-api.md §10, §12.3; the limit itself is
 * charged by ThrottleModel).
 */
class ReportsEndpoints
{
public:
    explicit ReportsEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    static constexpr int DefaultPageSize = 100;
    static constexpr int MaxPageSize = 999;

private:
    SandboxResponse list(SandboxRequest &request);
    SandboxResponse single(SandboxRequest &request, const QString &userId);
    /** Licence and role checks shared by both routes; nullopt when the caller may read the report. */
    std::optional<SandboxResponse> authorize(const SandboxRequest &request) const;
    QJsonObject details(const SandboxUser &user) const;
    static bool listed(const SandboxUser &user);

    SandboxContext &m_context;
};
