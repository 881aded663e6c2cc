// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <deque>

/**
 * Keeps one sender under Exchange Online's sending limit (30 messages per minute per mailbox) with
 * a sliding window: up to the limit at once, then each further message waits until the one sent
 * "limit" messages before it left the window. Times are milliseconds on any monotonic clock the
 * caller chooses, so the schedule can be checked without waiting.
 *
 * Record the time the service accepted a message (its 202 arrived), not the time it was sent:
 * the service counted it somewhere in between, so the window measured from the reply is never
 * shorter than the one the service measures.
 */
class MailPacer final
{
public:
    static constexpr int ExchangeMessagesPerMinute = 30;

    MailPacer(int messagesPerWindow, qint64 windowMs);
    /** 30 per minute; @p timeScale shortens the minute (0.01: 600 ms) like the sandbox's time scale. */
    static MailPacer exchangeOnline(double timeScale = 1.0);

    int messagesPerWindow() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }

    /** How long to wait at @p nowMs before the next message may go out (0: now). */
    qint64 delayBeforeNext(qint64 nowMs) const;
    /** The service accepted a message at @p nowMs. */
    void recordAccepted(qint64 nowMs);
    /** Forgets the history (a new sender, or a test). */
    void reset() { m_accepted.clear(); }

private:
    int m_limit;
    qint64 m_windowMs;
    std::deque<qint64> m_accepted; // the last m_limit acceptance times, oldest first
};
