// SPDX-License-Identifier: MIT
#include "graph/RetryDecision.h"

namespace RetryDecision {

int retryAfterMs(const GraphError &error, const RetryPolicy &policy)
{
    // Longer than a day is no pause to keep a run open for, and past an int's milliseconds the
    // wait would not fit a timer at all; such a Retry-After waits a day.
    constexpr double maximumMs = 24.0 * 60 * 60 * 1000;
    const double seconds = error.retryAfterSeconds >= 0 ? error.retryAfterSeconds : policy.defaultRetryAfterMs / 1000.0;
    return int(qBound(0.0, seconds * 1000.0 * policy.retryAfterScale, maximumMs));
}

namespace {

/** Grants one more transient retry when the allowance has room, with its pause. */
Decision transientRetry(Attempts &attempts, const RetryPolicy &policy, double unitRandom, int retryAfter = -1)
{
    if (attempts.transientRetries + 1 >= policy.maxAttempts)
        return {};
    ++attempts.transientRetries;
    const int delay = retryAfter >= 0 ? retryAfter : policy.backoffMs(attempts.transientRetries, unitRandom);
    return {Action::RetryTransient, delay};
}

} // namespace

Decision decide(const Outcome &outcome, Attempts &attempts, const RetryPolicy &policy, double unitRandom)
{
    // No answer at all, or an answer that cannot be read: the service may have acted on it.
    if (outcome.status == 0 || (outcome.malformedBody && outcome.status < 400))
        return outcome.idempotent ? transientRetry(attempts, policy, unitRandom) : Decision {};
    if (outcome.status == 401) {
        if (attempts.tokenRefreshed || !outcome.canRefreshToken)
            return {};
        attempts.tokenRefreshed = true;
        return {Action::RefreshToken, 0};
    }
    if (outcome.status == 429) {
        if (attempts.throttleRetries >= policy.maxThrottleRetries)
            return {};
        ++attempts.throttleRetries;
        return {Action::RetryThrottled, retryAfterMs(outcome.error, policy)};
    }
    // A 5xx means the service did not finish the request, so even a POST may go out again.
    if (outcome.status >= 400 && outcome.error.isTransient()) {
        const int retryAfter = outcome.error.retryAfterSeconds >= 0 ? retryAfterMs(outcome.error, policy) : -1;
        return transientRetry(attempts, policy, unitRandom, retryAfter);
    }
    return {};
}

} // namespace RetryDecision
