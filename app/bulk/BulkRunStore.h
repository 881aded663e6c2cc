// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"
#include "directory/SignedInAdmin.h"
#include "audit/AuditLog.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class JournalKeyring;
class ResetJournal;

/**
 * Where bulk-run journals live and when they go: each run gets a journal file in
 * defaultDirectory() and its own key in the OS keychain (JournalKeyring). A journal stays until
 * its passwords were handed over (purge()), until it is older than ResetJournal::retentionDays
 * (purgeExpired()), or until the admin purges everything (purgeAll()). Any journal still here at
 * the next start belongs to a run that was interrupted or never handed over: it is offered again.
 * Asynchronous like the keychain; every call answers with one signal.
 */
class BulkRunStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunStore)
public:
    /** A journal found at start: opened, or why it cannot be (its key is gone, it is damaged). */
    struct StoredRun
    {
        QString runId;
        QString path;
        QDateTime created;
        std::shared_ptr<ResetJournal> journal;
        /** Empty when journal is open. */
        QString error;
    };

    /** @p store keeps the keys (the keychain; a memory store in demo mode and in some tests). */
    explicit BulkRunStore(TokenStore *store, const QString &directory = defaultDirectory(), QObject *parent = nullptr);
    ~BulkRunStore() override;

    /** QStandardPaths::AppLocalDataLocation/journals. */
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /** A new journal with a fresh key stored first: answers runCreated or createFailed. */
    void createRun();
    /** Opens every journal in the directory (expired ones are purged first): answers storedRunsFound. */
    void findStoredRuns();
    /**
     * Where purges are recorded, and by whom: each journal deleted with a @p reason gets a line.
     * Without it (tests of the store alone) nothing is recorded.
     */
    void setAuditLog(const AuditLog &log, const SignedInAdmin &admin);
    /**
     * Deletes a run's journal and its key: answers purged. With @p reason the deletion is
     * recorded in the audit log; @p userCount: users in the journal, -1 when unknown. A journal
     * of a run that never started (nothing was sent) needs no record.
     */
    void purge(const QString &runId, std::optional<AuditEntry::PurgeReason> reason = std::nullopt,
               int userCount = -1);
    /** Deletes every journal older than the retention period: answers purged for each. */
    void purgeExpired(const QDateTime &now = QDateTime::currentDateTimeUtc());
    /**
     * Deletes every journal in the directory and its key ("purge now"), except the run
     * @p keepRunId (the one open right now): answers purged for each.
     */
    void purgeAll(const QString &keepRunId = {});
    /** Journal files in the directory now (whatever their state). */
    int storedRunCount() const;

Q_SIGNALS:
    void runCreated(const std::shared_ptr<ResetJournal> &journal);
    void createFailed(const QString &detail);
    void storedRunsFound(const QList<BulkRunStore::StoredRun> &runs);
    void purged(const QString &runId, bool ok);

private:
    void onKeyStored(const QString &runId, TokenStoreError error);
    void onKeyLoaded(const QString &runId, const QByteArray &key, TokenStoreError error);
    void onKeyRemoved(const QString &runId, TokenStoreError error);
    void emitFoundWhenComplete();

    JournalKeyring *m_keyring;
    QString m_directory;
    /** Journals created, waiting for their key to reach the keychain. */
    QHash<QString, std::shared_ptr<ResetJournal>> m_creating;
    /** findStoredRuns(): runs whose key is being read, and those already answered. */
    QHash<QString, StoredRun> m_finding;
    QList<StoredRun> m_found;
    /** Runs whose key we asked the keychain to remove: their file is already gone (or not). */
    struct Purge
    {
        bool fileGone = false;
        std::optional<AuditEntry::PurgeReason> reason;
        int userCount = -1;
    };
    QHash<QString, Purge> m_purging;
    std::optional<AuditLog> m_audit;
    SignedInAdmin m_admin;
};
