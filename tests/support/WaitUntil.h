// SPDX-License-Identifier: MIT
#pragma once

#include "ManualClock.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>

/**
 * Runs the event loop until @p done returns true or @p timeoutMs pass; returns done()'s last
 * answer. Unlike QTest::qWaitFor, which sleeps 10 ms between rounds whatever happens, this wakes
 * as soon as an event arrives (a reply, a timer, a posted call), so a test that waits for
 * dozens of local HTTP round trips does not pay 10 ms for each of them.
 */
template<typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Wakes the loop now and then even if nothing arrives, so the deadline is noticed.
    QTimer heartbeat;
    heartbeat.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        // Objects deleted with deleteLater() go now, as they do in QTest::qWaitFor.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

namespace WaitUntilDetail {

/** Counts the events delivered on the main thread, except those for @p ignored. */
class EventCounter final : public QObject
{
public:
    explicit EventCounter(const QObject *ignored)
        : m_ignored(ignored)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~EventCounter() override { QCoreApplication::instance()->removeEventFilter(this); }

    quint64 count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *) override
    {
        if (watched != m_ignored)
            ++m_count;
        return false;
    }

private:
    const QObject *m_ignored;
    quint64 m_count = 0;
};

/**
 * Runs the event loop until @p done returns true or nothing has happened for a moment (no reply,
 * no posted call, no timer of the real clock) and no request @p clock watches is under way: then
 * nothing is on its way and only @p clock can move things on. False when @p deadline passed first.
 */
template<typename Predicate>
bool runUntilQuiet(Predicate done, const ManualClock &clock, const QDeadlineTimer &deadline)
{
    // Two beats in a row with nothing else: quiet, even on a loaded machine.
    constexpr int beatMs = 10;
    constexpr int quietBeats = 2;
    QTimer heartbeat;
    heartbeat.start(beatMs);
    const EventCounter events(&heartbeat);
    int quiet = 0;
    while (!done() && quiet < quietBeats) {
        if (deadline.hasExpired())
            return false;
        const quint64 before = events.count();
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        quiet = events.count() == before && !clock.requestsUnderWay() ? quiet + 1 : 0;
    }
    return true;
}

} // namespace WaitUntilDetail

/**
 * waitUntil() for code that waits on @p clock: whenever the event loop is quiet and no request
 * the clock watches is under way, time jumps to @p clock's next timer. Real work (HTTP to the
 * sandbox) runs at its own pace; simulated waits take no time. @p timeoutMs is real time.
 */
template<typename Predicate>
bool waitUntil(Predicate done, ManualClock &clock, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (!WaitUntilDetail::runUntilQuiet(done, clock, deadline))
            return done();
        if (!done())
            clock.advanceToNextTimer();
    }
    return true;
}

/**
 * Lets @p ms of @p clock's time pass with the event loop running: each timer fires when it falls
 * due, after the work before it is done, and what the last one started is done on return.
 */
inline void passTime(ManualClock &clock, qint64 ms)
{
    const qint64 until = clock.monotonicMs() + ms;
    const QDeadlineTimer deadline(60000);
    for (;;) {
        WaitUntilDetail::runUntilQuiet([] { return false; }, clock, deadline);
        const qint64 next = clock.msUntilNextTimer();
        if (next < 0 || clock.monotonicMs() + next > until) {
            clock.advance(until - clock.monotonicMs());
            return;
        }
        clock.advance(next);
    }
}
