// SPDX-License-Identifier: MIT
#pragma once

#include "graph/RetryPolicy.h"

/** Retries shortened for the sandbox, whose Retry-After and backoff need not cost real seconds. */
inline RetryPolicy fastRetryPolicy()
{
    RetryPolicy policy;
    policy.baseDelayMs = 10;
    policy.maxDelayMs = 50;
    policy.retryAfterScale = 0.01;
    policy.transferTimeoutMs = 5000;
    return policy;
}
