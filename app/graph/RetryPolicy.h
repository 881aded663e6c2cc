// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * How GraphClient retries transient failures: a 429 after its Retry-After (immediate retries count
 * against the quota), 5xx and dropped connections with backoff, as "Microsoft Graph throttling
 * guidance" advises.
 */
struct RetryPolicy
{
    /** Sends of one request in all, first try included, for 5xx and dropped connections. */
    int maxAttempts = 5;
    /** Extra sends allowed for 429s, which say exactly how long to wait. */
    int maxThrottleRetries = 10;
    /** Capped exponential backoff with jitter: d/2 + random(0, d/2) where d = min(cap, base * 2^n). */
    int baseDelayMs = 500;
    int maxDelayMs = 30000;
    /** Used when a 429 comes without Retry-After. */
    int defaultRetryAfterMs = 5000;
    /** Multiplies Retry-After waits; 1.0 in production. Tests with a time-scaled sandbox lower it. */
    double retryAfterScale = 1.0;
    /** Per-request transfer timeout. */
    int transferTimeoutMs = 60000;

    /** The pause before attempt @p attempt (1-based retry count), with jitter from @p unitRandom in [0,1). */
    int backoffMs(int attempt, double unitRandom) const
    {
        const qint64 exponential = qint64(baseDelayMs) << qMin(attempt - 1, 20);
        const qint64 capped = qMin<qint64>(maxDelayMs, exponential);
        return int(capped / 2 + capped / 2 * unitRandom);
    }
};
