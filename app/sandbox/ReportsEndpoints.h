// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QJsonArray>

#include <functional>

class SandboxRouter;
struct SandboxContext;
struct SandboxUser;

/**
 * /reports/authenticationMethods/userRegistrationDetails with its licence check and the
 * reports service limit of 5 requests per 10 s per app and tenant (the limit itself is charged
 * by ThrottleModel).
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
    SandboxResponse directoryOrderPage(const SandboxRequest &request,
                                       const std::function<bool(const QJsonObject &)> &filter, qsizetype position,
                                       int top) const;
    /** @p nextOffset < 0: no further page. */
    SandboxResponse pageResponse(const SandboxRequest &request, const QJsonArray &page, qsizetype nextOffset) const;

    SandboxContext &m_context;
};
