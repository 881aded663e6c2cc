// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkRunRequest.h"
#include "bulk/BulkRunStore.h"
#include "cli/CliExit.h"
#include "cli/RunHandover.h"

#include <QObject>
#include <QPointer>

class BulkRun;
class CliSession;
class RunProgress;

/**
 * One bulk run driven from the terminal, new or resumed: a BulkRun of the core (consent, journal,
 * passwords, sending, audit lines, journal's end) on the session's Graph client and journals,
 * then the hand-over the command line asked for, the summary, and the exit status. The process
 * ends only after the journal went, when the hand-over let it go.
 */
class CliBulkRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliBulkRun)
public:
    CliBulkRun(CliSession *session, const RunHandover &handover, QObject *parent = nullptr);
    ~CliBulkRun() override;

    void start(const BulkRunRequest &request);
    void resume(const BulkRunStore::StoredRun &stored);

Q_SIGNALS:
    void finished(CliExit exit);

private:
    BulkRun *newRun();
    void onStarted();
    void onRunnerFinished();
    /** Every channel asked for has been tried: the journal may go, the process may end. */
    void afterHandover();
    void end(CliExit exit);
    void tellSummary() const;
    CliExit runExit() const;

    CliSession *m_session;
    RunHandover m_handover;
    QPointer<BulkRun> m_run;
    RunProgress *m_progress;
    bool m_finishing = false;
    bool m_handedOver = false;
    bool m_journalGone = false;
    bool m_ended = false;
    CliExit m_exit = CliExit::Done;
};
