// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct GraphError;
struct SignedInAdmin;

/** One line of the audit log. There is deliberately no field a password could go into. */
struct AuditEntry
{
    QDateTime time; // UTC
    QString adminId;
    QString adminUserPrincipalName;
    QString targetId;
    QString targetUserPrincipalName;
    /**
     * "reset", "resend", "writebackReset", "bulkReset", "passwordPolicyChange", "domainExpiryChange",
     * "contactDetailsChange", "ownPasswordChange", "passwordEmailed", "journalPurged", "runStopped".
     */
    QString action;
    /**
     * Flags as booleans, short words and counts (forceChange, signOut, style, run, neverExpires,
     * validityDays, recipients, …); never a password, a token or a mail body.
     */
    QJsonObject options;
    /** "succeeded", "failed", "succeededSignOutFailed", "cancelled", "uncertain", "stopped". */
    QString outcome;
    /** GraphError::Kind as a word, and Graph's error.code, when it failed. */
    QString errorKind;
    QString errorCode;
    QString requestId;

    /** Why a bulk run's journal (and with it the run's passwords) was deleted. */
    enum class PurgeReason {
        HandedOver,   // every password went out through the channel the admin chose
        Expired,      // older than the journal's retention period
        AdminDeleted, // "Delete saved reset records…"
        NothingHeld,  // the run ended without setting any password, so there was nothing to keep
    };

    /** Why a bulk run stopped before every user was answered. */
    enum class StopReason {
        Cancelled,     // the admin cancelled the run
        Quit,          // the admin quit ResetDesk mid-run
        JournalFailed, // a password could not be journalled, so nothing more was sent
        SessionEnded,  // signed out, or the sign-in could no longer be refreshed
        PermissionMissing, // Graph refused the first resets for lack of a permission or role
    };

    /** Where a stopped bulk run had got to. */
    struct RunCounts
    {
        int succeeded = 0;
        int failed = 0;
        int uncertain = 0;
        int notSent = 0;
    };

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);

    /** An entry by @p admin for @p action, to be completed by the caller. */
    static AuditEntry make(const SignedInAdmin &admin, const QString &action,
        const QDateTime &time = QDateTime::currentDateTimeUtc());
    /**
     * Sets the outcome from @p error ("succeeded" when it is none, "cancelled" or "failed"), its
     * kind and code, and the request id it carries unless @p requestId names the answer's own.
     */
    void setResult(const GraphError &error, const QString &requestId = QString());

    /**
     * A bulk run's journal was deleted: @p userCount users' passwords are gone from this machine
     * (-1 when the journal was deleted without being opened).
     */
    static AuditEntry forJournalPurged(const SignedInAdmin &admin, const QString &runId, int userCount,
        PurgeReason reason, const QDateTime &time = QDateTime::currentDateTimeUtc());
    /** A bulk run stopped early, and how far it had got. */
    static AuditEntry forRunStopped(const SignedInAdmin &admin, const QString &runId, StopReason reason,
        const RunCounts &counts, const QDateTime &time = QDateTime::currentDateTimeUtc());

    static QString purgeReasonName(PurgeReason reason);
    static QString stopReasonName(StopReason reason);
};

/**
 * The local audit log: append-only JSON lines (one compact object per line) in
 * QStandardPaths::AppDataLocation/audit.jsonl. Lines are only ever appended, never rewritten;
 * a line that cannot be parsed (a torn write) is skipped when reading. Never holds a password.
 */
class AuditLog final
{
public:
    /** @p path defaults to defaultPath(); tests pass a temporary file. */
    explicit AuditLog(const QString &path = QString());

    static QString defaultPath();
    QString path() const { return m_path; }

    /** Appends one line (creating the folder and file); false with @p error set on failure. */
    bool append(const AuditEntry &entry, QString *error = nullptr);
    /** Appends one line per entry with one open and one write (a bulk run's answers come in batches). */
    bool append(const QList<AuditEntry> &entries, QString *error = nullptr);
    /** Every readable entry, oldest first; @p skippedLines counts lines that could not be parsed. */
    QList<AuditEntry> entries(int *skippedLines = nullptr) const;

    static QStringList csvHeader();
    /**
     * RFC 4180 CSV: a header, CRLF line ends, fields quoted when they hold , " CR or LF. The
     * action and outcome come twice: as the stable word scripts match on, and in the admin's
     * language (actionText, outcomeText) for people reading the file.
     */
    static QByteArray toCsv(const QList<AuditEntry> &entries);
    bool exportCsv(const QString &csvPath, QString *error = nullptr) const;

private:
    QString m_path;
};
