// SPDX-License-Identifier: MIT
#pragma once

#include "common/Clock.h"
#include "graph/WriteBudget.h"

#include <deque>
#include <limits>

/**
 * A client-side copy of the identity service's write quota for one app and tenant (3,000 writes per
 * 150 s): a sliding window of the writes sent, so a bulk reset runs at the quota's full speed
 * without ever running into it. The service counts a write when it arrives, which is after we sent
 * it but before its answer came back: so writes are counted from the answer once it is in
 * (answered()), and a small margin covers clock jitter. A sliding window never admits more than the
 * documented token bucket with the same burst and rate. Times are read from a Clock, so a test can
 * run a whole window without waiting it out.
 */
class WritePacer final : public WriteBudget
{
public:
    struct Limits
    {
        int capacity = 3000;
        qint64 windowMs = 150000;
        /** Added to the window, for timer and clock jitter. */
        qint64 marginMs = 500;
    };

    /** Paced to the documented quota on @p clock. */
    explicit WritePacer(const Clock *clock = Clock::system());
    explicit WritePacer(const Limits &limits, const Clock *clock = Clock::system());

    const Limits &limits() const { return m_limits; }
    /** Writes sent within the current window. */
    int used() const;

    qint64 waitMs(int writes) const override;
    qint64 spend(int writes) override;
    void answered(qint64 ticket) override;
    void holdFor(qint64 ms) override;
    /** How long a throttled answer still holds every write back; 0 when none does. */
    qint64 heldMs() const;

private:
    void expire() const;

    Limits m_limits;
    const Clock *m_clock;
    struct Spent
    {
        qint64 atMs; // on m_clock's monotonic time
        int writes;
        qint64 ticket;
    };
    /** Oldest first. Mutable: reading the budget drops what aged out. */
    mutable std::deque<Spent> m_sent;
    qint64 m_nextTicket = 1;
    mutable int m_used = 0;
    /** Until when a throttled answer holds every write back, on m_clock's monotonic time. */
    qint64 m_holdUntilMs = std::numeric_limits<qint64>::min();
};
