// SPDX-License-Identifier: MIT
#include "bulk/BulkAuditRecorder.h"

#include "bulk/BulkResetRunner.h"
#include "reset/ResetOutcome.h"
#include "reset/ResetRequest.h"
#include "reset/ResetAuditEntry.h"

using namespace Qt::Literals::StringLiterals;

BulkAuditRecorder::BulkAuditRecorder(BulkResetRunner *runner, const AuditLog &log, const SignedInAdmin &admin,
                                     QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_log(log)
    , m_admin(admin)
{
    connect(runner, &BulkResetRunner::itemChanged, this, &BulkAuditRecorder::onItemChanged);
    connect(runner, &BulkResetRunner::finished, this, &BulkAuditRecorder::onFinished);
    // A $batch answer ends up to 20 users at once: one file append for them, not twenty.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &BulkAuditRecorder::flush);
}

BulkAuditRecorder::~BulkAuditRecorder()
{
    flush();
}

void BulkAuditRecorder::setGeneration(const QSet<QString> &generatedUserIds, PasswordStyle style)
{
    m_generated = generatedUserIds;
    m_style = style;
}

void BulkAuditRecorder::skipEnded()
{
    const QList<BulkItemResult> &results = m_runner->results();
    for (int i = 0; i < results.size(); ++i) {
        if (results.at(i).isFinal())
            m_recorded.insert(i);
    }
}

void BulkAuditRecorder::onItemChanged(int index)
{
    if (!m_runner || index < 0 || index >= m_runner->results().size())
        return;
    const BulkItemResult &result = m_runner->results().at(index);
    if (!result.isFinal()) {
        // Sent again (Retry failed): its next ending is a new line.
        m_recorded.remove(index);
        return;
    }
    if (m_recorded.contains(index) || result.state == BulkItemResult::State::Uncertain)
        return;
    if (result.state == BulkItemResult::State::Succeeded && result.signOutRequested && !result.signedOut
        && !result.signOutError.isError())
        return;
    write(index);
}

void BulkAuditRecorder::onFinished()
{
    const QList<BulkItemResult> &results = m_runner->results();
    for (int i = 0; i < results.size(); ++i) {
        if (results.at(i).isFinal() && !m_recorded.contains(i))
            write(i);
    }
    if (const std::optional<AuditEntry::StopReason> reason = stopReason())
        m_pending.append(AuditEntry::forRunStopped(m_admin, m_runId, *reason, counts()));
    flush();
}

std::optional<AuditEntry::StopReason> BulkAuditRecorder::stopReason() const
{
    switch (m_runner->ending()) {
    case BulkResetRunner::Ending::Cancelled:
        return AuditEntry::StopReason::Cancelled;
    case BulkResetRunner::Ending::Stopped:
        return m_runner->stopError().kind == GraphError::Kind::SessionExpired
                   ? AuditEntry::StopReason::SessionEnded
                   : AuditEntry::StopReason::PermissionMissing;
    case BulkResetRunner::Ending::None:
    case BulkResetRunner::Ending::Completed:
        break;
    }
    return std::nullopt;
}

AuditEntry::RunCounts BulkAuditRecorder::counts() const
{
    const BulkResetRunner::Progress progress = m_runner->progress();
    AuditEntry::RunCounts counts;
    counts.succeeded = progress.succeeded;
    counts.failed = progress.failed;
    counts.uncertain = progress.unconfirmed;
    counts.notSent = progress.notSent;
    return counts;
}

AuditEntry BulkAuditRecorder::entryFor(const BulkItemResult &result, const BulkResetSettings &settings) const
{
    using State = BulkItemResult::State;
    ResetRequest request;
    request.userId = result.userId;
    request.userPrincipalName = result.userPrincipalName;
    request.displayName = result.displayName;
    request.forceChangePasswordNextSignIn = settings.forceChangePasswordNextSignIn;
    request.forceChangePasswordNextSignInWithMfa = settings.forceChangePasswordNextSignInWithMfa;
    request.signOutEverywhere = settings.signOutEverywhere;
    if (m_style)
        request.generateStyle = *m_style;

    ResetOutcome outcome;
    outcome.userId = result.userId;
    outcome.userPrincipalName = result.userPrincipalName;
    outcome.succeeded = result.state == State::Succeeded;
    if (!outcome.succeeded)
        outcome.failure = result.state == State::Cancelled ? ResetOutcome::Failure::Cancelled
                                                           : ResetOutcome::Failure::Graph;
    outcome.error = result.error;
    outcome.passwordGenerated = m_generated.contains(result.userId);
    outcome.requestId = result.error.requestId;
    outcome.signOutRequested = result.signOutRequested;
    outcome.signedOut = result.signedOut;
    outcome.signOutError = result.signOutError;

    AuditEntry entry = resetAuditEntry(request, m_admin, outcome);
    entry.action = u"bulkReset"_s;
    if (result.state == State::Uncertain)
        entry.outcome = u"uncertain"_s;
    if (!m_style) {
        // Resumed from a journal, which does not say how the passwords were chosen.
        entry.options.remove(u"generated"_s);
        entry.options.remove(u"style"_s);
    }
    if (!m_runId.isEmpty())
        entry.options.insert(u"run"_s, m_runId);
    // The methods removed have lines of their own ("authMethodRemoved").
    if (settings.containment)
        entry.options.insert(u"containment"_s, true);
    if (settings.requireMethodReregistration)
        entry.options.insert(u"reregisterMethods"_s, true);
    return entry;
}

void BulkAuditRecorder::write(int index)
{
    m_recorded.insert(index);
    m_pending.append(entryFor(m_runner->results().at(index), m_runner->settings()));
    m_flushTimer.start();
}

void BulkAuditRecorder::flush()
{
    m_flushTimer.stop();
    QString error;
    if (m_log.append(std::exchange(m_pending, {}), &error) || m_failed)
        return;
    m_failed = true;
    Q_EMIT writeFailed(m_log.path(), error);
}
