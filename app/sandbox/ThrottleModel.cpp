// SPDX-License-Identifier: MIT
#include "sandbox/ThrottleModel.h"

// SCAFFOLD: the sandbox work replaces this with the token buckets.
ThrottleModel::ThrottleModel(bool enabled, double timeScale, qsizetype tenantUserCount)
    : m_enabled(enabled)
    , m_timeScale(timeScale)
    , m_readCapacity(tenantUserCount)
{
    m_clock.start();
}

std::optional<SandboxResponse> ThrottleModel::admit(const SandboxRequest &)
{
    return std::nullopt;
}

int ThrottleModel::resourceUnits(const SandboxRequest &)
{
    return 1;
}

bool ThrottleModel::isWrite(const SandboxRequest &request)
{
    return request.method != "GET";
}

void ThrottleModel::refill(Bucket &, qint64) const {}

int ThrottleModel::retryAfterSeconds(const Bucket &, double) const
{
    return 1;
}
