// SPDX-License-Identifier: MIT
#include "common/Clock.h"

#include <QTimer>

#include <chrono>
#include <limits>

namespace {

class SystemTimer final : public ClockTimer
{
public:
    SystemTimer(Kind kind, QObject *parent)
        : ClockTimer(parent)
    {
        m_timer.setSingleShot(kind == Kind::SingleShot);
        // A coarse timer may fire up to 5 % early; the waits here are a service's rules (Retry-After,
        // a polling interval, a sending limit), where early means refused.
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }

    void start(qint64 ms) override
    {
        m_timer.start(int(qBound(qint64(0), ms, qint64(std::numeric_limits<int>::max()))));
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    qint64 remainingMs() const override { return m_timer.remainingTime(); }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }

    qint64 monotonicMs() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }

    ClockTimer *createTimer(ClockTimer::Kind kind, QObject *parent) override
    {
        return new SystemTimer(kind, parent);
    }
};

} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}
