// SPDX-License-Identifier: MIT
#include "sandbox/SandboxContext.h"

SandboxContext::SandboxContext(const SandboxOptions &sandboxOptions, SandboxTenant sandboxTenant)
    : options(sandboxOptions)
    , tenant(std::move(sandboxTenant))
    , tokens(sandboxOptions.accessTokenLifetimeSeconds)
    , throttle(sandboxOptions.throttling, sandboxOptions.timeScale, tenant.liveUserCount(),
               sandboxOptions.clock)
    , faults(sandboxOptions.seed)
{
    faults.setRates(sandboxOptions.faults);
    throttle.setTenantId(tenant.tenantId);
}
