// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

/**
 * Turns the signals that ask a desktop program to end (SIGTERM from the session manager or
 * `kill`, SIGINT from a terminal's Ctrl+C, SIGHUP when the terminal goes away) into a Qt signal
 * delivered by the event loop, so the program can end as File › Quit ends it: windows and
 * temporary folders go through their destructors instead of being cut off.
 *
 * A signal handler may do almost nothing; it writes the signal's number to a socket pair whose
 * other end a QSocketNotifier watches. One instance per process; the default handling returns
 * when it is destroyed.
 */
class QuitSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitSignals)
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    /** Whether the handlers are in place (false when the socket pair could not be made). */
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
