// SPDX-License-Identifier: MIT
#include "bulk/WritePacer.h"

WritePacer::WritePacer()
    : WritePacer(Limits{})
{
}

WritePacer::WritePacer(const Limits &limits)
    : m_limits(limits)
{
    m_limits.capacity = qMax(1, m_limits.capacity);
    m_limits.windowMs = qMax<qint64>(1, m_limits.windowMs);
    m_limits.marginMs = qMax<qint64>(0, m_limits.marginMs);
    m_clock.start();
}

void WritePacer::expire() const
{
    const qint64 now = m_clock.elapsed();
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
    const qint64 held = m_holdUntil.isForever() ? 0 : qMax<qint64>(0, m_holdUntil.remainingTime());
    if (writes <= 0)
        return held;
    expire();
    // More than the whole quota at once can never fit: let it go when the window is empty.
    const int needed = qMin(writes, m_limits.capacity);
    int freeAfter = m_limits.capacity - m_used;
    if (freeAfter >= needed)
        return held;
    const qint64 now = m_clock.elapsed();
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
    m_sent.push_back({m_clock.elapsed(), writes, ticket});
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
        m_sent.push_back({m_clock.elapsed(), writes, ticket});
        return;
    }
}

qint64 WritePacer::heldMs() const
{
    if (m_holdUntil.isForever() || m_holdUntil.hasExpired())
        return 0;
    return m_holdUntil.remainingTime();
}

void WritePacer::holdFor(qint64 ms)
{
    if (ms <= 0)
        return;
    const QDeadlineTimer until(ms);
    if (m_holdUntil.isForever() || m_holdUntil.hasExpired() || until.deadline() > m_holdUntil.deadline())
        m_holdUntil = until;
}
