// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

/**
 * How late a 10 ms timer fires at worst while it runs: the longest the event loop could not
 * react, which the admin feels as a freeze. (A 1 ms timer would measure the same but cost the
 * load CPU.)
 */
class StallMeter final
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(TickMs);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] {
            m_maxStallMs = std::max(m_maxStallMs, m_sinceTick.nsecsElapsed() / 1e6 - TickMs);
            m_sinceTick.restart();
        });
    }
    void start()
    {
        m_maxStallMs = 0;
        m_sinceTick.start();
        m_ticker.start();
    }
    /** The longest stall since start(), in ms. */
    double stop()
    {
        m_ticker.stop();
        return m_maxStallMs;
    }

private:
    static constexpr int TickMs = 10;
    QElapsedTimer m_sinceTick;
    QTimer m_ticker;
    double m_maxStallMs = 0;
};
