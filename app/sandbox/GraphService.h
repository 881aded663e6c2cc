// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxRouter.h"

struct SandboxContext;

/**
 * Graph v1.0 as one pipeline, shared by whole HTTP requests and $batch items:
 * token check -> route -> scope check -> injected faults -> throttling -> handler.
 */
class GraphService
{
public:
    explicit GraphService(SandboxContext &context);

    SandboxRouter &router() { return m_router; }

    /** A whole request under /v1.0 (segments already relative to the version root). */
    SandboxResponse handle(SandboxRequest &request);
    /** One request whose caller is already known (set on @p request), e.g. a $batch item. */
    SandboxResponse handleItem(SandboxRequest &request);

private:
    SandboxContext &m_context;
    SandboxRouter m_router;
};
