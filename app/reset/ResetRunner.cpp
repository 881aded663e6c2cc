// SPDX-License-Identifier: MIT
#include "reset/ResetRunner.h"

#include "graph/GraphClient.h"
#include "password/PasswordGenerator.h"
#include "reset/PasswordRequests.h"
#include "reset/ResetLogging.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

ResetRunner::ResetRunner(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pollTimer(client->clock()->createTimer(ClockTimer::Kind::SingleShot, this))
{
    connect(m_pollTimer, &ClockTimer::timeout, this, &ResetRunner::poll);
}

ResetRunner::~ResetRunner()
{
    if (m_call)
        m_call->cancel();
}

bool ResetRunner::start(const ResetRequest &request)
{
    if (isRunning())
        return false;
    m_request = request;
    m_outcome = ResetOutcome();
    m_outcome.userId = request.userId;
    m_outcome.userPrincipalName = request.userPrincipalName;
    m_outcome.viaWriteback = request.useWriteback;
    m_outcome.mustChangeAtNextSignIn = request.useWriteback || request.forceChangePasswordNextSignIn;
    m_outcome.signOutRequested = request.signOutEverywhere;
    if (request.generatesPassword()) {
        PasswordGenerator generator;
        generator.setPassphraseLanguage(request.passphraseLanguage);
        m_outcome.password = generator.generate(request.generateStyle, request.passwordContext());
        m_outcome.passwordGenerated = true;
    } else {
        m_outcome.password = request.password;
    }
    // The request's copy is not needed any more; the outcome holds the one that is handed over.
    m_request.password.clear();

    setStep(Step::Resetting);
    qCDebug(lcReset) << "resetting" << request.userId
                     << (request.useWriteback ? "with writeback" : "in the cloud");
    if (request.useWriteback) {
        send(PasswordRequests::writebackReset(request.userId, m_outcome.password.reveal()),
            &ResetRunner::onWritebackAccepted);
    } else {
        send(PasswordRequests::passwordProfile(request.userId, m_outcome.password.reveal(),
                 request.forceChangePasswordNextSignIn,
                 request.forceChangePasswordNextSignIn && request.forceChangePasswordNextSignInWithMfa),
            &ResetRunner::onPatched);
    }
    return true;
}

void ResetRunner::cancel()
{
    if (!isRunning())
        return;
    m_pollTimer->stop();
    if (m_call) {
        QPointer<GraphCall> call = m_call;
        m_call = nullptr;
        call->cancel();
    }
    fail(ResetOutcome::Failure::Cancelled, GraphError::make(GraphError::Kind::Cancelled));
}

void ResetRunner::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged(step);
}

void ResetRunner::send(const GraphRequest &request, void (ResetRunner::*handler)(const GraphResponse &))
{
    GraphCall *call = m_client->send(request);
    m_call = call;
    connect(call, &GraphCall::retrying, this, [this, call](int, int delayMs, const GraphError &reason) {
        if (m_call == call)
            Q_EMIT waiting(delayMs, reason);
    });
    connect(call, &GraphCall::finished, this, [this, call, handler](const GraphResponse &response) {
        if (m_call != call)
            return; // cancelled
        m_call = nullptr;
        (this->*handler)(response);
    });
}

int ResetRunner::retryAfterMs(const GraphResponse &response, int fallbackMs) const
{
    bool ok = false;
    const int seconds = response.header("Retry-After").trimmed().toInt(&ok);
    if (!ok || seconds < 0)
        return fallbackMs;
    return qMax(fallbackMs, int(seconds * 1000 * m_client->retryPolicy().retryAfterScale));
}

void ResetRunner::onPatched(const GraphResponse &response)
{
    m_outcome.requestId
        = response.ok() ? QString::fromLatin1(response.header("request-id")) : response.error.requestId;
    if (!response.ok()) {
        // GraphError has no kind of its own for this 400; the message is the only tell.
        const bool federated = response.error.kind == GraphError::Kind::BadRequest
            && response.error.message.contains(u"federated users"_s, Qt::CaseInsensitive);
        fail(federated ? ResetOutcome::Failure::FederatedUser : ResetOutcome::Failure::Graph, response.error);
        return;
    }
    afterReset();
}

void ResetRunner::onWritebackAccepted(const GraphResponse &response)
{
    m_outcome.requestId
        = response.ok() ? QString::fromLatin1(response.header("request-id")) : response.error.requestId;
    if (!response.ok()) {
        fail(ResetOutcome::Failure::Graph, response.error);
        return;
    }
    m_operationUrl = QUrl(QString::fromLatin1(response.header("Location")));
    if (!m_operationUrl.isValid() || m_operationUrl.isEmpty()) {
        // Accepted without an operation to watch: the service took the password.
        qCWarning(lcReset) << "resetPassword accepted without a Location; not polled" << m_outcome.requestId;
        afterReset();
        return;
    }
    setStep(Step::WaitingForWriteback);
    m_pollDelayMs = m_pollPolicy.initialDelayMs;
    pollLater(retryAfterMs(response, m_pollDelayMs));
}

void ResetRunner::pollLater(int delayMs)
{
    m_pollTimer->start(qMax(0, delayMs));
}

void ResetRunner::poll()
{
    ++m_outcome.polls;
    GraphRequest request;
    request.absoluteUrl = m_operationUrl;
    send(request, &ResetRunner::onPolled);
}

void ResetRunner::onPolled(const GraphResponse &response)
{
    if (!response.ok()) {
        fail(ResetOutcome::Failure::Graph, response.error);
        return;
    }
    const QJsonObject operation = response.object();
    const QString status = operation.value(u"status"_s).toString();
    if (status == u"succeeded"_s) {
        afterReset();
        return;
    }
    if (status == u"failed"_s) {
        GraphError error
            = GraphError::make(GraphError::Kind::Other, operation.value(u"statusDetail"_s).toString());
        error.code = u"operationFailed"_s;
        error.requestId = QString::fromLatin1(response.header("request-id"));
        fail(ResetOutcome::Failure::WritebackFailed, error);
        return;
    }
    // notStarted, running (or a status added later): wait longer each time.
    if (m_outcome.polls >= m_pollPolicy.maxPolls) {
        fail(ResetOutcome::Failure::WritebackTimedOut, GraphError::make(GraphError::Kind::Other, status));
        return;
    }
    m_pollDelayMs = qMin(m_pollPolicy.maxDelayMs, qMax(1, m_pollDelayMs) * 2);
    pollLater(retryAfterMs(response, m_pollDelayMs));
}

void ResetRunner::afterReset()
{
    m_outcome.succeeded = true;
    m_outcome.passwordSetAt = m_client->clock()->nowUtc();
    if (!m_request.signOutEverywhere) {
        finish();
        return;
    }
    setStep(Step::SigningOut);
    send(PasswordRequests::revokeSessions(m_request.userId), &ResetRunner::onSignedOut);
}

void ResetRunner::onSignedOut(const GraphResponse &response)
{
    // Any 2xx counts: Microsoft's docs flag revokeSignInSessions' status code as a known issue.
    m_outcome.signedOut = response.ok();
    if (!response.ok()) {
        m_outcome.signOutError = response.error;
        qCWarning(lcReset) << "revokeSignInSessions failed after the reset"
                           << response.error.technicalSummary();
    }
    finish();
}

void ResetRunner::fail(ResetOutcome::Failure failure, const GraphError &error)
{
    m_outcome.succeeded = false;
    m_outcome.failure = failure;
    m_outcome.error = error;
    qCInfo(lcReset) << "reset failed" << m_outcome.userId << error.technicalSummary();
    finish();
}

void ResetRunner::finish()
{
    const ResetOutcome outcome = m_outcome;
    m_outcome = ResetOutcome();
    m_request = ResetRequest();
    setStep(Step::Idle);
    qCInfo(lcReset) << "reset finished" << outcome.userId << (outcome.succeeded ? "succeeded" : "failed")
                    << "request-id" << outcome.requestId;
    Q_EMIT finished(outcome);
}
