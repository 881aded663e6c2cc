// SPDX-License-Identifier: MIT
#include "bulk/WritePacer.h"

WritePacer::WritePacer(const Clock *clock)
    : WritePacer(Limits{}, clock)
{
}

WritePacer::WritePacer(const Limits &limits, const Clock *clock)
    : m_limits(limits)
    , m_clock(clock)
{
    m_limits.capacity = qMax(1, m_limits.capacity);
    m_limits.windowMs = qMax<qint64>(1, m_limits.windowMs);
    m_limits.marginMs = qMax<qint64>(0, m_limits.marginMs);
}

void WritePacer::expire() const
{
    const qint64 now = m_clock->monotonicMs();
    const qint64 span = m_limits.windowMs + m_limits.marginMs;
    while (!m_sent.empty() && m_sent.front().atMs + span <= now) {
        m_used -= m_sent.front().writes;
        m_sent.pop_front();
    }
}

int WritePacer::used() const
{
    expire();
    return m_used;
}

qint64 WritePacer::waitMs(int writes) const
{
    const qint64 held = heldMs();
    if (writes <= 0)
        return held;
    expire();
    // More than the whole quota at once can never fit: let it go when the window is empty.
    const int needed = qMin(writes, m_limits.capacity);
    int freeAfter = m_limits.capacity - m_used;
    if (freeAfter >= needed)
        return held;
    const qint64 now = m_clock->monotonicMs();
    const qint64 span = m_limits.windowMs + m_limits.marginMs;
    for (const Spent &spent : m_sent) {
        freeAfter += spent.writes;
        if (freeAfter >= needed)
            return qMax(held, qMax<qint64>(1, spent.atMs + span - now));
    }
    return held;
}

qint64 WritePacer::spend(int writes)
{
    if (writes <= 0)
        return 0;
    expire();
    const qint64 ticket = m_nextTicket++;
    m_sent.push_back({m_clock->monotonicMs(), writes, ticket});
    m_used += writes;
    return ticket;
}

void WritePacer::answered(qint64 ticket)
{
    // Usually among the newest: search from the back. Moved to the back, the deque stays in time order.
    for (auto it = m_sent.rbegin(); it != m_sent.rend(); ++it) {
        if (it->ticket != ticket)
            continue;
        const int writes = it->writes;
        m_sent.erase(std::next(it).base());
        m_sent.push_back({m_clock->monotonicMs(), writes, ticket});
        return;
    }
}

qint64 WritePacer::heldMs() const
{
    const qint64 now = m_clock->monotonicMs();
    return m_holdUntilMs > now ? m_holdUntilMs - now : 0;
}

void WritePacer::holdFor(qint64 ms)
{
    if (ms <= 0)
        return;
    m_holdUntilMs = qMax(m_holdUntilMs, m_clock->monotonicMs() + ms);
}
