// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"

#include <QtGlobal>

class BenchSandbox;
class GraphClient;

/**
 * The user list with the sandbox answering each request after a delay, as Graph would: the list
 * as one sequential nextLink chain, the first load after sign-in (nothing saved), and the cached
 * start from the copy that load saved, after a night's changes.
 */
namespace UsersAtLatencyBench {

/** Graph answers a page of 999 users in roughly 0.3 to 1.5 s: measured at the fast end. */
constexpr int LatencyMs = 300;

struct Figures
{
    /** GET /users?$select=…&$top=999 followed page after page, decoded into a model. */
    double sequentialChainMs = 0;
    /** UserDirectory::start() with nothing saved, until the loader finished. */
    double fullLoadMs = 0;
    double usableMs = 0;
    double upToDateMs = 0;
    /** Until usable, and then while the changes come. */
    double maxStallMs = 0;
    double updateMaxStallMs = 0;
    double fileBytes = 0;
    bool ok = false;
};

/**
 * Follows @p request's nextLink chain page after page, decoding each page into a model as the
 * loader does. Returns the milliseconds it took; @p users receives how many users it brought.
 */
double chainLoadMs(GraphClient *client, GraphRequest request, qsizetype *users);

/** Sets the sandbox's latency to @p latencyMs for the measurement and back to 0 after it. */
Figures measure(BenchSandbox &server, GraphClient *client, int latencyMs);

} // namespace UsersAtLatencyBench
