// SPDX-License-Identifier: MIT
#include "sandbox/BatchEndpoint.h"

#include "sandbox/GraphService.h"
#include "sandbox/SandboxContext.h"

BatchEndpoint::BatchEndpoint(SandboxContext &context, GraphService &graph)
    : m_context(context)
    , m_graph(graph)
{
}

void BatchEndpoint::registerRoutes(SandboxRouter &router)
{
    Q_UNUSED(router) // SCAFFOLD: filled in by the sandbox work
}
