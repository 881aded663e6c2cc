// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetItem.h"
#include "directory/SignedInAdmin.h"
#include "audit/AuditLog.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class BulkResetRunner;

/**
 * Writes one audit-log line per user of a bulk run as that user's reset ends ("one
 * audit-log entry per user, as in the single reset"), action "bulkReset", never a password.
 *
 * A user whose answer was lost is sent again by the runner, so it is recorded when the run ends;
 * one whose sessions are to be ended is recorded once the sign-out answered, so the line says
 * whether it worked. A user sent again by "Retry failed" gets a new line when it ends again.
 */
class BulkAuditRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkAuditRecorder)
public:
    BulkAuditRecorder(BulkResetRunner *runner, const AuditLog &log, const SignedInAdmin &admin,
                      QObject *parent = nullptr);
    ~BulkAuditRecorder() override;

    /** Which users' passwords were generated, and in which style; not called = not known (a resumed run). */
    void setGeneration(const QSet<QString> &generatedUserIds, PasswordStyle style);
    /** Names the run in every line (the journal's run id), to find a run's lines again. */
    void setRunId(const QString &runId) { m_runId = runId; }
    /** The users that have ended by now were recorded before (a run resumed from its journal). */
    void skipEnded();

    /** The line for @p result of a run with @p settings. */
    AuditEntry entryFor(const BulkItemResult &result, const BulkResetSettings &settings) const;

Q_SIGNALS:
    /** A line could not be written: said once per run, however many users follow. */
    void writeFailed(const QString &path, const QString &error);

private:
    void onItemChanged(int index);
    void onFinished();
    /** Why the run ended early (cancelled, or stopped by itself); none when it ran to the end. */
    std::optional<AuditEntry::StopReason> stopReason() const;
    AuditEntry::RunCounts counts() const;
    /** Queues the line of result @p index; the lines queued in one turn of the event loop are written together. */
    void write(int index);
    void flush();

    QPointer<BulkResetRunner> m_runner;
    AuditLog m_log;
    SignedInAdmin m_admin;
    QString m_runId;
    QSet<QString> m_generated;
    std::optional<PasswordStyle> m_style;
    /** Results whose ending is in the log (until a retry sends them again). */
    QSet<int> m_recorded;
    QList<AuditEntry> m_pending;
    QTimer m_flushTimer;
    bool m_failed = false;
};
