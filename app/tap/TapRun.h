// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditLog.h"
#include "bulk/BulkRunStore.h"
#include "delivery/HandoverItem.h"
#include "delivery/HandoverLedger.h"
#include "directory/DirectoryUser.h"
#include "directory/SignedInAdmin.h"
#include "tap/TapExistingPasses.h"
#include "tap/TapSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class AuthSession;
class GraphClient;
class ResetJournal;
class TapIssueRunner;
struct TapIssueResult;

/**
 * One Temporary Access Pass run from the request to the journal's end, in the core, with the
 * promises of a bulk reset: asks for the permission, creates the run's encrypted journal (in its
 * own folder, so password runs never pick it up), issues the passes (TapIssueRunner), writes an
 * audit line per user (never the pass), holds every issued pass in a HandoverLedger until a
 * lasting channel carried it, and deletes the journal then, or when the run ends holding none.
 */
class TapRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapRun)
public:
    /** @p store keeps this kind of run's journals (defaultDirectory()). */
    TapRun(GraphClient *client, AuthSession *auth, BulkRunStore *store, AuditLog audit, SignedInAdmin admin,
           QObject *parent = nullptr);
    ~TapRun() override;

    /** QStandardPaths::AppLocalDataLocation/tap-journals. */
    static QString defaultDirectory();

    /**
     * Issues passes for @p users. @p replacing: the passes some of them hold now, which the admin
     * agreed to replace; each replacement gets its own audit line (the earlier pass's id and
     * creation time) once the new pass is issued.
     */
    void start(const QList<DirectoryUser> &users, const TapSettings &settings,
               const QHash<QString, TapExistingPasses::Pass> &replacing = {});
    /** Picks up a run stored by an earlier session (a crash, a quit). */
    void resume(const BulkRunStore::StoredRun &run);

    TapIssueRunner *runner() const { return m_runner; }
    const HandoverLedger &ledger() const { return m_ledger; }
    QString runId() const;

    /**
     * The issued passes as hand-over items (slips, email, CSV), in run order; @p lookup fills in
     * what the journal does not keep (language, addresses) from the user list.
     */
    QList<HandoverItem> handoverItems(const std::function<DirectoryUser(const QString &)> &lookup = {}) const;
    /** @p channel carried the passes of @p userIds. */
    void recordHandover(HandoverLedger::Channel channel, const QStringList &userIds);
    /** The window closed: a journal that holds no pass goes now. */
    void close();

Q_SIGNALS:
    void started();
    void startFailed(const QString &detail);
    void finished();
    void auditFailed(const QString &path, const QString &error);
    void journalPurged(bool ok);

private:
    void onRunCreated(const std::shared_ptr<ResetJournal> &journal);
    void begin(const std::shared_ptr<ResetJournal> &journal, bool resumed);
    void onFinished();
    void writeAudit();
    AuditEntry replacedEntry(const TapIssueResult &result) const;
    void releaseJournalIfDone();
    void fail(const QString &detail);

    GraphClient *m_client;
    AuthSession *m_auth;
    BulkRunStore *m_store;
    AuditLog m_audit;
    SignedInAdmin m_admin;
    QList<DirectoryUser> m_users;
    TapSettings m_settings;
    QHash<QString, TapExistingPasses::Pass> m_replacing;
    bool m_creating = false;
    std::shared_ptr<ResetJournal> m_journal;
    QPointer<TapIssueRunner> m_runner;
    HandoverLedger m_ledger;
    /** The state each user's last audit line recorded, so a retry's new ending gets a new line. */
    QHash<QString, int> m_audited;
    bool m_released = false;
};
