// SPDX-License-Identifier: MIT
#include "delivery/MailPacer.h"

#include <cmath>

MailPacer::MailPacer(int messagesPerWindow, qint64 windowMs)
    : m_limit(qMax(1, messagesPerWindow))
    , m_windowMs(qMax<qint64>(0, windowMs))
{
}

MailPacer MailPacer::exchangeOnline(double timeScale)
{
    const double scale = timeScale > 0 ? timeScale : 1.0;
    return MailPacer(ExchangeMessagesPerMinute, qint64(std::ceil(60000.0 * scale)));
}

qint64 MailPacer::delayBeforeNext(qint64 nowMs) const
{
    if (qsizetype(m_accepted.size()) < m_limit)
        return 0;
    // The oldest of the last m_limit messages must have left the window.
    return qMax<qint64>(0, m_accepted.front() + m_windowMs - nowMs);
}

void MailPacer::recordAccepted(qint64 nowMs)
{
    m_accepted.push_back(nowMs);
    while (qsizetype(m_accepted.size()) > m_limit)
        m_accepted.pop_front();
}
