// SPDX-License-Identifier: MIT
// The answer to a $batch request: up to 20 item answers, each with its own status, headers and
// body, some of them errors with Retry-After.
#include "FuzzSupport.h"

#include "graph/GraphBatchAnswer.h"
#include "graph/RetryDecision.h"
#include "graph/RetryPolicy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const GraphResponse envelope = GraphResponse::fromHttp(
        200, {{"Content-Type", "application/json"}, {"request-id", "2b1c3d4e-0000-4000-8000-000000000001"}},
        Fuzz::bytes(data, size), false);
    if (!envelope.ok())
        return 0;
    QList<int> indices;
    for (int index = 0; index < 20; ++index)
        indices.append(index);
    const QHash<int, GraphResponse> items = GraphBatchAnswer::items(envelope, indices);
    Fuzz::check(items.size() <= indices.size(), "at most one answer per item");
    const RetryPolicy policy;
    for (auto it = items.begin(); it != items.end(); ++it) {
        Fuzz::check(indices.contains(it.key()), "only this batch's items are answered");
        const GraphResponse &item = it.value();
        if (item.status >= 200 && item.status < 300)
            continue;
        // As GraphBatch::handleItem does with an item that failed.
        const GraphError error = GraphError::fromHttp(item.status, item.rawBody, item.header("Retry-After"),
                                                      item.header("request-id"), item.header("client-request-id"));
        error.technicalSummary();
        RetryDecision::Outcome outcome;
        outcome.status = item.status;
        outcome.error = error;
        RetryDecision::Attempts attempts;
        const RetryDecision::Decision decision = RetryDecision::decide(outcome, attempts, policy, 0.5);
        Fuzz::check(decision.delayMs >= 0, "a retry never waits a negative time");
    }
    return 0;
}
