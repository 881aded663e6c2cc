// SPDX-License-Identifier: MIT
#include "ManualClock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <limits>

/** A timer of a ManualClock: due at a point of the clock's monotonic time, or inactive. */
class ManualTimer final : public ClockTimer
{
public:
    ManualTimer(ManualClock *clock, Kind kind, QObject *parent)
        : ClockTimer(parent)
        , m_clock(clock)
        , m_kind(kind)
    {
    }

    ~ManualTimer() override
    {
        if (m_clock)
            m_clock->m_timers.removeOne(this);
    }

    void start(qint64 ms) override
    {
        if (!m_clock)
            return;
        m_intervalMs = qMax<qint64>(0, ms);
        m_dueMs = m_clock->m_now + m_intervalMs;
        m_order = ++m_clock->m_starts;
    }
    void stop() override { m_dueMs = -1; }
    bool isActive() const override { return m_dueMs >= 0; }
    qint64 remainingMs() const override
    {
        return isActive() ? qMax<qint64>(0, m_dueMs - m_clock->m_now) : -1;
    }

private:
    friend class ManualClock;

    ManualClock *m_clock;
    Kind m_kind;
    qint64 m_intervalMs = 0;
    qint64 m_dueMs = -1;
    quint64 m_order = 0;
};

ManualClock::ManualClock(const QDateTime &start)
    : m_start(start.toUTC())
{
}

ManualClock::~ManualClock()
{
    // Timers that outlive the clock stay stopped for good.
    for (ManualTimer *timer : std::as_const(m_timers)) {
        timer->m_clock = nullptr;
        timer->m_dueMs = -1;
    }
}

QDateTime ManualClock::nowUtc() const
{
    return m_start.addMSecs(m_now);
}

ClockTimer *ManualClock::createTimer(ClockTimer::Kind kind, QObject *parent)
{
    auto *timer = new ManualTimer(this, kind, parent);
    m_timers.append(timer);
    return timer;
}

ManualTimer *ManualClock::nextDue(qint64 untilMs) const
{
    ManualTimer *next = nullptr;
    for (ManualTimer *timer : m_timers) {
        if (!timer->isActive() || timer->m_dueMs > untilMs)
            continue;
        const bool sooner = !next || timer->m_dueMs < next->m_dueMs
                            || (timer->m_dueMs == next->m_dueMs && timer->m_order < next->m_order);
        if (sooner)
            next = timer;
    }
    return next;
}

void ManualClock::fire(ManualTimer *timer)
{
    m_now = qMax(m_now, timer->m_dueMs);
    if (timer->m_kind == ClockTimer::Kind::Repeating) {
        // At least a millisecond apart, so a zero interval cannot hold time still.
        timer->m_dueMs = m_now + qMax<qint64>(1, timer->m_intervalMs);
        timer->m_order = ++m_starts;
    } else {
        timer->m_dueMs = -1;
    }
    // The slots may stop, restart or delete the timer: it is not touched after this.
    Q_EMIT timer->timeout();
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + qMax<qint64>(0, ms);
    while (ManualTimer *timer = nextDue(target))
        fire(timer);
    m_now = target;
}

qint64 ManualClock::msUntilNextTimer() const
{
    const ManualTimer *next = nextDue(std::numeric_limits<qint64>::max());
    return next ? qMax<qint64>(0, next->m_dueMs - m_now) : -1;
}

bool ManualClock::advanceToNextTimer()
{
    const qint64 wait = msUntilNextTimer();
    if (wait < 0)
        return false;
    advance(wait);
    return true;
}

void ManualClock::watchNetwork(QNetworkAccessManager *network)
{
    m_networks.append(network);
}

bool ManualClock::requestsUnderWay() const
{
    // A manager is the parent of the replies it makes.
    for (const QPointer<QNetworkAccessManager> &network : m_networks) {
        if (!network)
            continue;
        const auto replies = network->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
        for (const QNetworkReply *reply : replies) {
            if (reply->isRunning())
                return true;
        }
    }
    return false;
}
