// SPDX-License-Identifier: MIT
#include "bulk/BulkRun.h"

#include "auth/AuthScopes.h"
#include "bulk/BulkAuditRecorder.h"
#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"
#include "delivery/MailLogging.h"
#include "bulk/ResetJournal.h"
#include "incident/ContainmentSteps.h"
#include "reset/ResetLogging.h"
#include "auth/ScopeConsent.h"

using namespace Qt::Literals::StringLiterals;

BulkRun::BulkRun(GraphClient *client, AuthSession *auth, BulkRunStore *store, AuditLog audit, SignedInAdmin admin,
                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
    , m_store(store)
    , m_audit(std::move(audit))
    , m_admin(std::move(admin))
{
    // Journals this run deletes are recorded as deleted by the admin signed in now.
    m_store->setAuditLog(m_audit, m_admin);
    connect(m_store, &BulkRunStore::runCreated, this, &BulkRun::onRunCreated);
    connect(m_store, &BulkRunStore::createFailed, this, &BulkRun::onCreateFailed);
    connect(m_store, &BulkRunStore::purged, this, [this](const QString &runId, bool ok) {
        if (m_journal && runId == m_journal->runId())
            Q_EMIT journalPurged(ok);
    });
}

BulkRun::~BulkRun()
{
    // The runner first, while the journal (a member) still lives: it flushes its last answers.
    delete m_runner.data();
}

QString BulkRun::runId() const
{
    return m_journal ? m_journal->runId() : QString();
}

void BulkRun::ensureConsent(const BulkResetSettings &settings, std::function<void()> then)
{
    QStringList scopes = AuthScopes::passwordReset();
    if (settings.signOutEverywhere)
        scopes += AuthScopes::revokeSessions();
    if (settings.requireMethodReregistration)
        scopes += AuthScopes::authenticationMethods();
    ScopeConsent::ensure(m_auth, scopes, this, std::move(then), [this](const AuthError &error) {
        m_state = State::NotStarted;
        m_request.reset();
        Q_EMIT consentFailed(error);
        Q_EMIT startFailed(StartFailure::Consent, error.description);
    });
}

void BulkRun::start(const BulkRunRequest &request)
{
    if (m_state != State::Starting || m_request || m_journal || request.targets.isEmpty())
        return;
    m_request = request;
    ensureConsent(request.settings, [this] {
        m_creating = true;
        m_store->createRun();
    });
}

void BulkRun::onRunCreated(const std::shared_ptr<ResetJournal> &journal)
{
    // The store answers every run it creates; only this run's request is this run's.
    if (!m_creating)
        return;
    m_creating = false;
    begin(journal, false);
}

void BulkRun::onCreateFailed(const QString &detail)
{
    if (!m_creating)
        return;
    m_creating = false;
    fail(StartFailure::JournalNotCreated, detail);
}

void BulkRun::resume(const BulkRunStore::StoredRun &run)
{
    if (m_state != State::Starting || m_journal || !run.journal)
        return;
    const std::shared_ptr<ResetJournal> journal = run.journal;
    // The permission to reset may not be part of this sign-in yet (it was asked for when the run
    // first started, possibly in an earlier session).
    ensureConsent(BulkResetSettings::fromJson(journal->runSettings()), [this, journal] { begin(journal, true); });
}

void BulkRun::begin(const std::shared_ptr<ResetJournal> &journal, bool resumed)
{
    auto *runner = new BulkResetRunner(m_client, this);
    if (m_pacing)
        runner->setPacing(*m_pacing);
    m_journal = journal;
    m_runner = runner;
    runner->containment()->setAuditTrail(m_audit, m_admin);
    const auto newRecorder = [this, runner, &journal] {
        auto *recorder = new BulkAuditRecorder(runner, m_audit, m_admin, runner);
        recorder->setRunId(journal->runId());
        connect(recorder, &BulkAuditRecorder::writeFailed, this, &BulkRun::auditFailed);
        return recorder;
    };
    QString error;
    bool ok = false;
    if (resumed) {
        ok = runner->resume(journal.get(), &error);
        // Watching starts after the resume: users that had ended were recorded in the session
        // they ended in (and a run with nothing left ends inside resume()).
        if (ok)
            newRecorder()->skipEnded();
    } else {
        BulkAuditRecorder *recorder = newRecorder();
        // What the audit log says about each password: generated (and how) or given.
        if (m_request->choice.mode == BulkPasswordChoice::Mode::Generate)
            recorder->setGeneration(m_request->generatedUserIds(), m_request->choice.style);
        // The passwords are decided here, once, and go to the journal before anything is sent.
        ok = runner->start(journal.get(), m_request->items(), m_request->settings, &error);
        m_request.reset();
    }
    if (!ok) {
        delete runner;
        if (!resumed) {
            // Nothing was sent: the empty journal goes, and with nothing sent there is nothing to record.
            m_store->purge(journal->runId());
        }
        m_journal.reset();
        fail(resumed ? StartFailure::NotResumed : StartFailure::JournalNotWritten, error);
        return;
    }
    m_deliveredMail = journal->emailedKeys();
    auto *handover = new BulkHandover(runner, runner);
    m_handover = handover;
    connect(handover, &BulkHandover::journalNoLongerNeeded, this, [this] {
        m_store->purge(m_journal->runId(), AuditEntry::PurgeReason::HandedOver, m_handover->ledger().heldCount());
    });
    m_state = State::Running;
    Q_EMIT started();
    // Mails to single users delivered before a restart carried those users' passwords.
    QStringList mailedBefore;
    for (const QString &key : std::as_const(m_deliveredMail)) {
        if (key.startsWith(u"user:"_s))
            mailedBefore.append(key.mid(5));
    }
    handover->record(HandoverLedger::Channel::Email, mailedBefore);
}

void BulkRun::fail(StartFailure failure, const QString &detail)
{
    m_state = State::NotStarted;
    qCWarning(lcReset) << "bulk reset not started:" << int(failure);
    Q_EMIT startFailed(failure, detail);
}

void BulkRun::recordHandover(HandoverLedger::Channel channel, const QStringList &userIds)
{
    if (m_handover)
        m_handover->record(channel, userIds);
}

void BulkRun::markEmailed(const QString &key)
{
    m_deliveredMail.insert(key);
    // Losing this record only risks a duplicate mail, never a lost password: no need to stop for it.
    if (m_journal && !m_journal->markEmailed({key}))
        qCWarning(lcMail) << "could not record a delivered email in the run's journal";
}

void BulkRun::close()
{
    if (!m_journal || !m_handover || !m_runner || m_runner->isRunning())
        return;
    if (m_handover->ledger().heldCount() == 0)
        m_store->purge(m_journal->runId(), AuditEntry::PurgeReason::NothingHeld, int(m_runner->results().size()));
}
