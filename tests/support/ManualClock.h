// SPDX-License-Identifier: MIT
#pragma once

#include "common/Clock.h"

#include <QList>
#include <QPointer>

class ManualTimer;
class QNetworkAccessManager;

/**
 * A Clock whose time stands still until the test moves it. advance() fires the timers that fall
 * due on the way, in the order they fall due, each with the clock set to its due time, so a test
 * of a 60-second wait takes no time at all and sees what the product does at every step.
 */
class ManualClock final : public Clock
{
public:
    /** Starts at @p start (now, unless given) with the monotonic count at 0. */
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc());
    ~ManualClock() override;

    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override { return m_now; }
    ClockTimer *createTimer(ClockTimer::Kind kind, QObject *parent) override;

    /** Moves time on by @p ms, firing every timer due by then (a repeating one each time it falls due). */
    void advance(qint64 ms);
    /** Milliseconds until the next active timer is due (0 when one is due now); -1 when none is active. */
    qint64 msUntilNextTimer() const;
    /** Moves time to the next active timer and fires it, and any due with it; false when none is active. */
    bool advanceToNextTimer();

    /**
     * In simulated time an answer takes no time: waitUntil() and passTime() leave this clock alone
     * while a request of @p network is under way, so no timer fires while an answer is awaited.
     */
    void watchNetwork(QNetworkAccessManager *network);
    /** Whether a request of a watched network is under way. */
    bool requestsUnderWay() const;

private:
    friend class ManualTimer;

    /** The active timer due first (ties: the one started first), if it is due by @p untilMs. */
    ManualTimer *nextDue(qint64 untilMs) const;
    void fire(ManualTimer *timer);

    QDateTime m_start;
    qint64 m_now = 0;
    quint64 m_starts = 0;
    QList<ManualTimer *> m_timers;
    QList<QPointer<QNetworkAccessManager>> m_networks;
};
