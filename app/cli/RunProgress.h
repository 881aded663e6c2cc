// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliExit.h"

#include <QObject>
#include <QSet>

class BulkResetRunner;
class Clock;
class ClockTimer;
class CliOutput;
struct BulkItemResult;

/**
 * How a running bulk reset reports itself. On a terminal, one line on standard error rewritten
 * in place: users done of all, the rate, the time left, and the countdown while Microsoft 365
 * asks to wait. With --json, for scripts, one JSON object per line on standard output for each
 * user's outcome and each wait, then a summary; never a password.
 */
class RunProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgress)
public:
    /** @p json: events as JSON lines instead of the terminal's line. */
    RunProgress(const CliOutput *output, Clock *clock, bool json, QObject *parent = nullptr);
    ~RunProgress() override;

    /** Reports @p runner from now on; users already final are reported at once. */
    void follow(const BulkResetRunner *runner);
    /** The sending is over: the terminal's line ends (the summary follows). */
    void stop();
    /** With --json, the last line: the counts, the run and the exit status. */
    void summary(const QString &runId, CliExit exit);

private:
    void onItemChanged(int index);
    void showLine();
    void writeEvent(const QJsonObject &event) const;
    static QString stateName(const BulkItemResult &result);

    const CliOutput *m_output;
    Clock *m_clock;
    bool m_json;
    const BulkResetRunner *m_runner = nullptr;
    /** Ticks while a line is shown, so the countdown and rate move when no answer comes. */
    ClockTimer *m_ticker = nullptr;
    QSet<int> m_reported;
    bool m_waitReported = false;
};
