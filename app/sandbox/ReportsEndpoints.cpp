// SPDX-License-Identifier: MIT
#include "sandbox/ReportsEndpoints.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"

ReportsEndpoints::ReportsEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void ReportsEndpoints::registerRoutes(SandboxRouter &router)
{
    Q_UNUSED(router) // SCAFFOLD: filled in by the sandbox work
}
