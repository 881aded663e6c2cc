// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "bulk/BulkRunRequest.h"
#include "bulk/BulkRunStore.h"
#include "bulk/WritePacer.h"
#include "delivery/HandoverLedger.h"
#include "directory/SignedInAdmin.h"
#include "audit/AuditLog.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class AuthSession;
class BulkAuditRecorder;
class BulkHandover;
class BulkResetRunner;
class GraphClient;
class ResetJournal;

/**
 * One bulk reset from the plan to the journal's end, in the core: asks for the permission on
 * first use, creates the run's journal, decides the passwords and records them before anything
 * is sent, runs them (BulkResetRunner), writes the audit lines (BulkAuditRecorder), follows the
 * hand-over (BulkHandover) and deletes the journal once every password the server may hold was
 * handed over, or when the run ends holding none. A run resumed after a crash or a restart starts
 * from its stored journal instead. Views bind to runner() and handover() and report what the
 * admin handed over; they decide nothing.
 */
class BulkRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRun)
public:
    enum class State {
        /** Asking for the permission, then creating or opening the journal. */
        Starting,
        /** The runner has the run (sending, finished, retried: see runner()). */
        Running,
        /** It could not start: nothing was sent (startFailed() said why). */
        NotStarted,
    };
    Q_ENUM(State)

    /** Why a run did not start; nothing was sent in any case. */
    enum class StartFailure {
        /** The permission was not granted (consentFailed() carries the error). */
        Consent,
        /** The journal or its key could not be created (a locked keychain, a folder not writable). */
        JournalNotCreated,
        /** The journal could not record the passwords (a full disk). */
        JournalNotWritten,
        /** A stored journal could not be read back to resume. */
        NotResumed,
    };
    Q_ENUM(StartFailure)

    /** @p store keeps the journals; @p audit and @p admin are what the audit lines say. */
    BulkRun(GraphClient *client, AuthSession *auth, BulkRunStore *store, AuditLog audit, SignedInAdmin admin,
            QObject *parent = nullptr);
    ~BulkRun() override;

    /** The write quota to pace to (tests scale it down); before start() or resume(). */
    void setPacing(const WritePacer::Limits &limits) { m_pacing = limits; }

    /** Starts @p request: consent, a new journal, the passwords decided and recorded, then sending. */
    void start(const BulkRunRequest &request);
    /** Resumes a run stored by an earlier session with the passwords in its journal. */
    void resume(const BulkRunStore::StoredRun &run);

    State state() const { return m_state; }
    BulkResetRunner *runner() const { return m_runner; }
    BulkHandover *handover() const { return m_handover; }
    ResetJournal *journal() const { return m_journal.get(); }
    QString runId() const;

    /** @p channel carried the passwords of @p userIds. */
    void recordHandover(HandoverLedger::Channel channel, const QStringList &userIds);
    /** Messages already delivered (OutgoingMail keys), so a new email sends only the rest. */
    const QSet<QString> &deliveredMail() const { return m_deliveredMail; }
    /** One message was delivered: kept with the run, so a restart does not send it again either. */
    void markEmailed(const QString &key);
    /** The window closed: a journal that holds no password the server may hold goes now. */
    void close();

Q_SIGNALS:
    /** The runner has the run; the view may show it. */
    void started();
    /** Nothing was sent; @p detail is technical (for the details box). */
    void startFailed(BulkRun::StartFailure failure, const QString &detail);
    void consentFailed(const AuthError &error);
    /** The audit log could not be written; the resets themselves stand. */
    void auditFailed(const QString &path, const QString &error);
    /** The run's journal was deleted (or could not be, @p ok false). */
    void journalPurged(bool ok);

private:
    void ensureConsent(const BulkResetSettings &settings, std::function<void()> then);
    void onRunCreated(const std::shared_ptr<ResetJournal> &journal);
    void onCreateFailed(const QString &detail);
    void begin(const std::shared_ptr<ResetJournal> &journal, bool resumed);
    void fail(StartFailure failure, const QString &detail);

    GraphClient *m_client;
    AuthSession *m_auth;
    BulkRunStore *m_store;
    AuditLog m_audit;
    SignedInAdmin m_admin;
    std::optional<WritePacer::Limits> m_pacing;
    State m_state = State::Starting;
    std::optional<BulkRunRequest> m_request;
    bool m_creating = false;
    /** The journal outlives the runner: the runner flushes its last answers into it when deleted. */
    std::shared_ptr<ResetJournal> m_journal;
    QPointer<BulkResetRunner> m_runner;
    QPointer<BulkHandover> m_handover;
    QSet<QString> m_deliveredMail;
};
