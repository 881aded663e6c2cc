// SPDX-License-Identifier: MIT
#pragma once

#include "common/SecretString.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

/**
 * The crash-proof record of a reset run: every temporary password is written here, encrypted,
 * before it is sent, so a run that dies half-way can be resumed with the same passwords and no
 * user ends up with a password nobody knows.
 *
 * Format: a plain header line "RESETDESK-JOURNAL 1 <run id> <created, ISO 8601 UTC>\n" (nothing
 * secret: it lets ResetDesk find and age journals without the key), then records, each
 * [length: 4 bytes little-endian][nonce: 24 bytes][libsodium secretbox of a JSON object]. Records
 * are only appended and flushed to disk (fsync) before the caller goes on; a record cut short by
 * a crash is ignored when the journal is read back. The 32-byte key lives in the OS keychain
 * (JournalKeyring), never beside the file.
 */
class ResetJournal final
{
public:
    enum class State { Planned, Sent, Confirmed, Failed };

    struct Entry
    {
        QString userId;
        QString userPrincipalName;
        QString displayName;
        SecretString password;
        State state = State::Planned;
        QString reason; // why it failed (a Graph error code), empty otherwise
        QDateTime updated;
        /** What the server said about a secret it chose itself (markIssued): a TAP's id, start, lifetime. */
        QJsonObject details;
        /** How the removal of the user's authentication methods ended (markMethods); empty until then. */
        QJsonObject methods;
    };

    struct PlannedReset
    {
        QString userId;
        QString userPrincipalName;
        SecretString password;
        QString displayName;
    };

    static constexpr int keySize = 32;
    /** Journals older than this are purged even when nobody handed their passwords over. */
    static constexpr int retentionDays = 7;

    ~ResetJournal();

    /** A new 32-byte key from libsodium's CSPRNG. */
    static QByteArray generateKey();
    /** Starts an empty journal for a new run in @p directory; nullptr with @p error on failure. */
    static std::unique_ptr<ResetJournal> create(const QString &directory, const QByteArray &key, QString *error);
    /** Opens an existing journal and replays it; nullptr with @p error when the key does not fit. */
    static std::unique_ptr<ResetJournal> open(const QString &path, const QByteArray &key, QString *error);

    /** The journals in @p directory (oldest first): run id and creation time, read from the headers. */
    struct Summary
    {
        QString path;
        QString runId;
        QDateTime created;
    };
    static QList<Summary> list(const QString &directory);
    /** Where the journal of run @p runId lives in @p directory. */
    static QString pathFor(const QString &directory, const QString &runId);
    /** Journals past retentionDays at @p now: to be removed with their keys. */
    static QList<Summary> expired(const QString &directory, const QDateTime &now);

    QString runId() const { return m_runId; }
    QString path() const { return m_file.fileName(); }
    QDateTime created() const { return m_created; }

    /** Records the run's options (force change, sign-out…) so a resume sends exactly the same. */
    bool setRunSettings(const QJsonObject &settings);
    QJsonObject runSettings() const { return m_runSettings; }

    /** Records the passwords about to be sent (one fsync for the lot). False on a disk error. */
    bool plan(const QList<PlannedReset> &resets);
    bool markSent(const QStringList &userIds);
    bool markConfirmed(const QString &userId);
    /** One fsync for many answers (a whole $batch response). */
    bool markConfirmed(const QStringList &userIds);
    /**
     * Confirmed with a secret the server chose (a Temporary Access Pass is created by the service,
     * so it can only be journalled on its way back, before anyone is shown it) and its @p details.
     */
    bool markIssued(const QString &userId, const SecretString &secret, const QJsonObject &details);
    bool markFailed(const QString &userId, const QString &reason);
    /** Several users that failed for one reason, with one fsync. */
    bool markFailed(const QStringList &userIds, const QString &reason);
    /**
     * Records emails of the run's passwords that were delivered (OutgoingMail::key), so that
     * emailing the run again after a restart sends nobody a password twice.
     */
    bool markEmailed(const QStringList &messageKeys);
    QSet<QString> emailedKeys() const { return m_emailedKeys; }
    /**
     * The user's registered authentication methods were dealt with (containment): what went and
     * what was refused, so a resumed run does not start on that user again.
     */
    bool markMethods(const QString &userId, const QJsonObject &outcome);

    /** The current state of every user in the run, in planning order. */
    QList<Entry> entries() const;
    /** Planned or sent but never confirmed or failed: what a resume must send again. */
    QList<Entry> unfinished() const;

    /** Deletes the file; the caller removes the key from the keychain (JournalKeyring). */
    bool remove();

private:
    ResetJournal() = default;
    bool append(const QList<QByteArray> &plaintexts);
    bool replay(const QByteArray &data, QString *error);
    void apply(const QJsonObject &record);
    bool writeState(const QStringList &userIds, State state, const QString &reason);

    QFile m_file;
    QByteArray m_key;
    QString m_runId;
    QDateTime m_created;
    QJsonObject m_runSettings;
    QSet<QString> m_emailedKeys;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_indexById;
};
