// SPDX-License-Identifier: MIT
#include "cli/CliBulkRun.h"

#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"
#include "bulk/BulkRun.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "cli/RunMailer.h"
#include "cli/RunProgress.h"
#include "session/ConsoleSession.h"

#include <QDir>
#include <QLocale>

CliBulkRun::CliBulkRun(CliSession *session, const RunHandover &handover, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_handover(handover)
    , m_progress(new RunProgress(&session->output(), session->console()->clock(), handover.isJson(), this))
{
}

CliBulkRun::~CliBulkRun()
{
    // The run's runner flushes its last answers into the journal when it goes.
    delete m_run.data();
}

BulkRun *CliBulkRun::newRun()
{
    ConsoleSession *console = m_session->console();
    BulkRunStore *store = console->runStore();
    // The admin signed in now deletes the journal once handed over; the audit log says so.
    store->setAuditLog(console->auditLog(), console->admin());
    auto *run = new BulkRun(console->graph(), console->auth(), store, console->auditLog(), console->admin(), this);
    m_run = run;
    const CliOutput &output = m_session->output();
    connect(run, &BulkRun::started, this, &CliBulkRun::onStarted);
    connect(run, &BulkRun::consentFailed, this, [&output](const AuthError &error) {
        output.tell(CliTexts::forAuthError(error));
    });
    connect(run, &BulkRun::startFailed, this, [this, store, &output](BulkRun::StartFailure failure, const QString &) {
        const QString folder = QDir::toNativeSeparators(store->directory());
        switch (failure) {
        case BulkRun::StartFailure::Consent:
            return end(CliExit::NotSignedIn); // told by consentFailed
        case BulkRun::StartFailure::JournalNotCreated:
            output.tell(tr("ResetDesk could not create the encrypted record it keeps of the new passwords, so nothing "
                           "was reset. Check that the system keychain is unlocked and that the folder %1 is writable.")
                            .arg(folder));
            break;
        case BulkRun::StartFailure::JournalNotWritten:
            output.tell(tr("ResetDesk could not write the encrypted record of the new passwords, so nothing was "
                           "reset. Free some disk space, or make sure the folder %1 is writable.")
                            .arg(folder));
            break;
        case BulkRun::StartFailure::NotResumed:
            output.tell(tr("ResetDesk could not resume the saved run. It stays saved."));
            break;
        }
        end(CliExit::SomeFailed);
    });
    connect(run, &BulkRun::auditFailed, this, [&output](const QString &path, const QString &error) {
        output.tell(tr("The resets could not be recorded in the audit log %1 (%2). The resets themselves stand.")
                        .arg(QDir::toNativeSeparators(path), error));
    });
    connect(run, &BulkRun::journalPurged, this, [this](bool) {
        m_journalGone = true;
        if (m_handedOver)
            end(m_exit);
    });
    return run;
}

void CliBulkRun::start(const BulkRunRequest &request)
{
    newRun()->start(request);
}

void CliBulkRun::resume(const BulkRunStore::StoredRun &stored)
{
    newRun()->resume(stored);
}

void CliBulkRun::onStarted()
{
    BulkResetRunner *runner = m_run->runner();
    m_progress->follow(runner);
    // A resumed run with nothing left to send is over before it is started.
    if (runner->phase() == BulkResetRunner::Phase::Finished)
        return onRunnerFinished();
    connect(runner, &BulkResetRunner::finished, this, &CliBulkRun::onRunnerFinished);
}

void CliBulkRun::onRunnerFinished()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_progress->stop();
    tellSummary();
    m_exit = runExit();
    const CliExit files = m_handover.handOver(m_run, m_session);
    if (m_exit == CliExit::Done)
        m_exit = files;
    if (m_handover.emailTarget().isEmpty())
        return afterHandover();
    auto *mailer = new RunMailer(m_session, m_run, this);
    connect(mailer, &RunMailer::finished, this, [this](bool ok) {
        if (!ok && m_exit == CliExit::Done)
            m_exit = CliExit::SomeFailed;
        afterHandover();
    });
    mailer->send(RunHandover::items(m_run, m_session), m_handover.emailTarget());
}

void CliBulkRun::afterHandover()
{
    RunHandover::tellPending(m_run, m_session);
    m_handedOver = true;
    // A run holding no password the server may hold needs no journal either.
    m_run->close();
    const BulkHandover *handedOver = m_run->handover();
    const bool journalGoes = handedOver->journalCanGo() || handedOver->ledger().heldCount() == 0;
    if (!journalGoes || m_journalGone)
        end(m_exit);
}

CliExit CliBulkRun::runExit() const
{
    const BulkResetRunner *runner = m_run->runner();
    if (runner->ending() == BulkResetRunner::Ending::Stopped) {
        return runner->stopError().kind == GraphError::Kind::SessionExpired ? CliExit::NotSignedIn
                                                                              : CliExit::StoppedByServer;
    }
    return runner->progress().notReset() > 0 ? CliExit::SomeFailed : CliExit::Done;
}

void CliBulkRun::tellSummary() const
{
    const BulkResetRunner *runner = m_run->runner();
    const BulkResetRunner::Progress progress = runner->progress();
    const CliOutput &output = m_session->output();
    const QLocale locale;
    output.tell(tr("Reset: %1. Not reset: %2. Not confirmed: %3. Not sent: %4.")
                    .arg(locale.toString(progress.succeeded), locale.toString(progress.failed),
                         locale.toString(progress.unconfirmed), locale.toString(progress.notSent)));
    if (runner->ending() == BulkResetRunner::Ending::Stopped)
        output.tell(tr("The run stopped by itself: %1").arg(CliTexts::forGraphError(runner->stopError())));
    for (const BulkItemResult &result : runner->results()) {
        const QString reason = CliTexts::resultReason(result);
        if (!reason.isEmpty())
            //: %1 user name, %2 why it was not reset
            output.tell(tr("  %1: %2").arg(result.userPrincipalName, reason));
    }
}

void CliBulkRun::end(CliExit exit)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_run)
        m_progress->summary(m_run->runId(), exit);
    Q_EMIT finished(exit);
}
