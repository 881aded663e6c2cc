// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * Paces the writes a GraphBatch sends (the identity service gives writes their own quota, and
 * running into it costs a Retry-After wait for everybody). GraphBatch asks before each $batch
 * request how long its writes must wait, and spends them when it sends.
 */
class WriteBudget
{
public:
    virtual ~WriteBudget() = default;
    /** Milliseconds until @p writes more may be sent; 0 = now. */
    virtual qint64 waitMs(int writes) const = 0;
    /** Records @p writes as sent now; the ticket identifies them for answered(). */
    virtual qint64 spend(int writes) = 0;
    /**
     * The request of @p ticket was answered: the service counted its writes at some moment
     * before now, so counting them from now on can never undercount the service's window.
     */
    virtual void answered(qint64 ticket) = 0;
    /** The service said "throttled, retry after @p ms": nothing goes out before then. */
    virtual void holdFor(qint64 ms) = 0;
};
