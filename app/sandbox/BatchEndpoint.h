// SPDX-License-Identifier: MIT
#pragma once

class GraphService;
class SandboxRouter;
struct SandboxContext;

/**
 * POST /$batch (graph-api.md §11): at most 20 items, each run through GraphService::handleItem
 * with the envelope's caller (so throttling and faults apply per item), dependsOn order with 424
 * cascades, responses in shuffled order.
 */
class BatchEndpoint
{
public:
    BatchEndpoint(SandboxContext &context, GraphService &graph);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxContext &m_context;
    GraphService &m_graph;
};
