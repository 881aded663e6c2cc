// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

struct SandboxContext;

/**
 * Test-only API under /_sandbox/ that shows server-side truth (a user's password and flags, the
 * outbox, the request log, counters) and steers the sandbox (fault rules, token expiry, declined
 * sign-ins). Served only when SandboxOptions::inspection is on.
 */
class InspectionEndpoints
{
public:
    explicit InspectionEndpoints(SandboxContext &context);
    SandboxResponse handle(SandboxRequest &request);

private:
    SandboxContext &m_context;
};
