// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QObject>

/**
 * A timer that waits on a Clock's time: single-shot or repeating, started with a delay in
 * milliseconds. Made by Clock::createTimer, so a test clock decides when it fires.
 */
class ClockTimer : public QObject
{
    Q_OBJECT
public:
    enum class Kind { SingleShot, Repeating };

    /** (Re)starts the timer: timeout() after @p ms, and every @p ms after that when repeating. */
    virtual void start(qint64 ms) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    /** Milliseconds until the next timeout(); -1 when not active. */
    virtual qint64 remainingMs() const = 0;

Q_SIGNALS:
    void timeout();

protected:
    explicit ClockTimer(QObject *parent)
        : QObject(parent)
    {
    }
};

/**
 * Where the product reads the time and waits: the current UTC time, a monotonic millisecond count
 * and timers. Every object that waits (retries, pacing, polling, countdowns, timeouts) takes its
 * clock from whoever builds it, the system clock unless told otherwise, so tests run those waits
 * in simulated time instead of sleeping through them.
 */
class Clock
{
    Q_DISABLE_COPY_MOVE(Clock)
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;
    /** Milliseconds from an arbitrary start; never goes back, so only differences mean anything. */
    virtual qint64 monotonicMs() const = 0;
    /** A stopped timer owned by @p parent. */
    virtual ClockTimer *createTimer(ClockTimer::Kind kind, QObject *parent) = 0;

    /** The real clock. It keeps no state, so every user may share it; it lives as long as the program. */
    static Clock *system();

protected:
    Clock() = default;
};
