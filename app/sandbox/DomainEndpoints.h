// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

class SandboxRouter;
struct SandboxContext;
struct SandboxDomain;

/**
 * GET /domains, GET/PATCH /domains/{fqdn} with the password-expiry properties, and
 * GET /organization.
 *
 * PATCH accepts passwordValidityPeriodInDays 14..730 or 2147483647 ("never expires") and
 * passwordNotificationWindowInDays 1..30 (null restores the default); only on verified, managed
 * domains, and only for Global or Domain Name Administrators.
 */
class DomainEndpoints final
{
public:
    static constexpr int NeverExpires = 2147483647;

    explicit DomainEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    static QJsonObject toJson(const SandboxDomain &domain);

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse get(const SandboxRequest &request, const QString &id);
    SandboxResponse update(const SandboxRequest &request, const QString &id);
    SandboxResponse organization(const SandboxRequest &request);

    SandboxContext &m_context;
};
