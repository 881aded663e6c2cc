// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

struct ResetOutcome;
struct ResetRequest;
struct SignedInAdmin;

/** One line of the audit log. There is deliberately no field a password could go into. */
struct AuditEntry
{
    QDateTime time; // UTC
    QString adminId;
    QString adminUserPrincipalName;
    QString targetId;
    QString targetUserPrincipalName;
    /** "reset", "resend", "writebackReset", … */
    QString action;
    /** Flags as booleans and short words: forceChange, forceChangeWithMfa, signOut, writeback, generated,
     * style. */
    QJsonObject options;
    /** "succeeded", "failed", "succeededSignOutFailed", "cancelled". */
    QString outcome;
    /** GraphError::Kind as a word, and Graph's error.code, when it failed. */
    QString errorKind;
    QString errorCode;
    QString requestId;

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);

    /** The entry for a finished single-user reset. */
    static AuditEntry forReset(const ResetRequest &request, const SignedInAdmin &admin,
        const ResetOutcome &outcome, const QDateTime &time = QDateTime::currentDateTimeUtc());
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
    /** RFC 4180 CSV: a header, CRLF line ends, fields quoted when they hold , " CR or LF. */
    static QByteArray toCsv(const QList<AuditEntry> &entries);
    bool exportCsv(const QString &csvPath, QString *error = nullptr) const;

private:
    QString m_path;
};
