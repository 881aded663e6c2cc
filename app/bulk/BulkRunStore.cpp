// SPDX-License-Identifier: MIT
#include "bulk/BulkRunStore.h"

#include "bulk/JournalKeyring.h"
#include "bulk/ResetJournal.h"
#include "reset/ResetLogging.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

BulkRunStore::BulkRunStore(TokenStore *store, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_keyring(new JournalKeyring(store, this))
    , m_directory(directory)
{
    connect(m_keyring, &JournalKeyring::stored, this, &BulkRunStore::onKeyStored);
    connect(m_keyring, &JournalKeyring::loaded, this, &BulkRunStore::onKeyLoaded);
    connect(m_keyring, &JournalKeyring::removed, this, &BulkRunStore::onKeyRemoved);
}

BulkRunStore::~BulkRunStore() = default;

QString BulkRunStore::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(u"journals"_s);
}

int BulkRunStore::storedRunCount() const
{
    return int(ResetJournal::list(m_directory).size());
}

void BulkRunStore::createRun()
{
    QString error;
    const QByteArray key = ResetJournal::generateKey();
    std::shared_ptr<ResetJournal> journal(ResetJournal::create(m_directory, key, &error).release());
    if (!journal) {
        qCWarning(lcReset) << "cannot create a reset journal:" << error;
        Q_EMIT createFailed(error);
        return;
    }
    // The key goes to the keychain before the journal is used: a journal nobody can open is no record.
    m_creating.insert(journal->runId(), journal);
    m_keyring->store(journal->runId(), key);
}

void BulkRunStore::onKeyStored(const QString &runId, TokenStoreError error)
{
    const std::shared_ptr<ResetJournal> journal = m_creating.take(runId);
    if (!journal)
        return;
    if (error != TokenStoreError::None) {
        qCWarning(lcReset) << "cannot keep the journal key in the keychain, error" << int(error);
        journal->remove();
        Q_EMIT createFailed(u"the keychain did not keep the journal key"_s);
        return;
    }
    Q_EMIT runCreated(journal);
}

void BulkRunStore::findStoredRuns()
{
    if (!m_finding.isEmpty())
        return; // already looking; one answer will come
    purgeExpired();
    m_found.clear();
    const QList<ResetJournal::Summary> summaries = ResetJournal::list(m_directory);
    for (const ResetJournal::Summary &summary : summaries) {
        if (m_purging.contains(summary.runId))
            continue;
        StoredRun run;
        run.runId = summary.runId;
        run.path = summary.path;
        run.created = summary.created;
        m_finding.insert(summary.runId, run);
    }
    if (m_finding.isEmpty()) {
        Q_EMIT storedRunsFound({});
        return;
    }
    const QStringList runIds = m_finding.keys();
    for (const QString &runId : runIds)
        m_keyring->load(runId);
}

void BulkRunStore::onKeyLoaded(const QString &runId, const QByteArray &key, TokenStoreError error)
{
    auto found = m_finding.find(runId);
    if (found == m_finding.end())
        return;
    StoredRun run = *found;
    m_finding.erase(found);
    if (error != TokenStoreError::None) {
        run.error = error == TokenStoreError::NotFound ? u"the journal key is not in the keychain"_s
                                                       : u"the keychain cannot be read"_s;
        m_found.append(run);
    } else {
        QString openError;
        run.journal = std::shared_ptr<ResetJournal>(ResetJournal::open(run.path, key, &openError).release());
        run.error = openError;
        if (run.journal && run.journal->entries().isEmpty()) {
            // Created, but the run never planned anyone: nothing to offer.
            run.journal.reset();
            purge(runId);
        } else {
            m_found.append(run);
        }
    }
    emitFoundWhenComplete();
}

void BulkRunStore::emitFoundWhenComplete()
{
    if (!m_finding.isEmpty())
        return;
    std::sort(m_found.begin(), m_found.end(),
        [](const StoredRun &a, const StoredRun &b) { return a.created < b.created; });
    Q_EMIT storedRunsFound(std::exchange(m_found, {}));
}

void BulkRunStore::setAuditLog(const AuditLog &log, const SignedInAdmin &admin)
{
    m_audit = log;
    m_admin = admin;
}

void BulkRunStore::purge(const QString &runId, std::optional<AuditEntry::PurgeReason> reason, int userCount)
{
    if (runId.isEmpty() || m_purging.contains(runId))
        return;
    const QString path = ResetJournal::pathFor(m_directory, runId);
    const bool fileGone = !QFile::exists(path) || QFile::remove(path);
    if (!fileGone)
        qCWarning(lcReset) << "cannot delete the reset journal" << runId;
    m_purging.insert(runId, Purge {fileGone, reason, userCount});
    m_keyring->remove(runId);
}

void BulkRunStore::onKeyRemoved(const QString &runId, TokenStoreError error)
{
    const auto found = m_purging.constFind(runId);
    if (found == m_purging.constEnd())
        return;
    const Purge purge = *found;
    m_purging.erase(found);
    // A key that was never stored (a crash right after the journal was created) is gone as well.
    const bool ok = purge.fileGone && (error == TokenStoreError::None || error == TokenStoreError::NotFound);
    qCInfo(lcReset) << "reset journal" << runId << (ok ? "purged" : "not fully purged");
    if (ok && purge.reason && m_audit) {
        QString auditError;
        if (!m_audit->append(AuditEntry::forJournalPurged(m_admin, runId, purge.userCount, *purge.reason),
                             &auditError))
            qCWarning(lcReset) << "could not record the purge of a reset journal in the audit log";
    }
    Q_EMIT purged(runId, ok);
}

void BulkRunStore::purgeExpired(const QDateTime &now)
{
    for (const ResetJournal::Summary &summary : ResetJournal::expired(m_directory, now))
        purge(summary.runId, AuditEntry::PurgeReason::Expired);
}

void BulkRunStore::purgeAll(const QString &keepRunId)
{
    for (const ResetJournal::Summary &summary : ResetJournal::list(m_directory)) {
        if (summary.runId != keepRunId)
            purge(summary.runId, AuditEntry::PurgeReason::AdminDeleted);
    }
}
