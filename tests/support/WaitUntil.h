// SPDX-License-Identifier: MIT
#pragma once

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
