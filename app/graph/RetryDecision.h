// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"
#include "graph/RetryPolicy.h"

/**
 * The one answer to "what now?" after a Graph request (a single request or one $batch item)
 * failed, so both follow the same rules:
 * - a 401 is answered once by refreshing the access token and sending again;
 * - a 429 waits its Retry-After (or the policy's default) and has its own allowance, so an item
 *   that waited out a few 429s of a long run does not give up on its first 503;
 * - a transient failure (5xx, a concurrency violation, a dropped connection) backs off
 *   exponentially with jitter, or waits its Retry-After when one came;
 * - an answer that never came, or a body that cannot be read, is sent again only when the
 *   request is safe to repeat: the service may have carried it out.
 * It decides and counts; it sends nothing and reads no clock.
 */
namespace RetryDecision {

/** What a request or item has used up so far; decide() counts the retry it grants. */
struct Attempts
{
    int throttleRetries = 0;
    int transientRetries = 0;
    bool tokenRefreshed = false;
};

/** What came back. */
struct Outcome
{
    /** The HTTP status; 0 when no answer came at all. */
    int status = 0;
    /** The typed error of a status >= 400 (kind, code, Retry-After). */
    GraphError error;
    /** A 2xx whose body could not be read. */
    bool malformedBody = false;
    /** Sending the request again cannot do harm (GET, or marked idempotent). */
    bool idempotent = false;
    /** An access token source exists that can be refreshed. */
    bool canRefreshToken = true;
};

enum class Action {
    /** Hand the answer to the caller as it is. */
    Finish,
    /** Refresh the access token, then send again at once. */
    RefreshToken,
    /** Send again after delayMs; a throttling answer also holds the other writes that long. */
    RetryThrottled,
    RetryTransient,
};

struct Decision
{
    Action action = Action::Finish;
    int delayMs = 0;
};

/**
 * Decides for @p outcome under @p policy, counting the granted retry in @p attempts;
 * @p unitRandom in [0, 1) spreads backoff pauses so clients do not retry in step.
 */
Decision decide(const Outcome &outcome, Attempts &attempts, const RetryPolicy &policy, double unitRandom);

/** How long Retry-After (or, without one, the policy's default) says to wait, scaled by the policy; a day at most. */
int retryAfterMs(const GraphError &error, const RetryPolicy &policy);

} // namespace RetryDecision
