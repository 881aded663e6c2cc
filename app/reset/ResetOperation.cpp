// SPDX-License-Identifier: MIT
#include "reset/ResetOperation.h"

#include "auth/AuthScopes.h"
#include "graph/GraphClient.h"
#include "reset/ResetLogging.h"
#include "auth/ScopeConsent.h"
#include "reset/ResetAuditEntry.h"

ResetOperation::ResetOperation(GraphClient *client, AuthSession *auth, SignedInAdmin admin, AuditLog audit,
                               QString userId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
    , m_admin(std::move(admin))
    , m_audit(std::move(audit))
    , m_userId(std::move(userId))
    , m_runner(new ResetRunner(client, this))
    , m_waitOver(client->clock()->createTimer(ClockTimer::Kind::SingleShot, this))
{
    connect(m_waitOver, &ClockTimer::timeout, this, [this] {
        if (m_state == State::WaitingForService)
            setState(State::Sending);
    });
    connect(m_runner, &ResetRunner::finished, this, &ResetOperation::onFinished);
    connect(m_runner, &ResetRunner::waiting, this, [this](int delayMs, const GraphError &reason) {
        m_retryAt = m_client->clock()->nowUtc().addMSecs(delayMs);
        m_waitOver->start(delayMs);
        setState(State::WaitingForService);
        Q_EMIT waiting(delayMs, reason);
    });
}

ResetOperation::~ResetOperation()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

bool ResetOperation::isBusy() const
{
    return m_state == State::Consenting || m_state == State::Sending || m_state == State::WaitingForService;
}

bool ResetOperation::start(const ResetRequest &request)
{
    const bool canStart = m_state == State::Ready || m_state == State::Rejected || m_state == State::Failed
                          || m_state == State::Cancelled;
    if (!canStart || request.userId != m_userId)
        return false;
    m_request = request;
    QStringList scopes = AuthScopes::passwordReset();
    if (request.signOutEverywhere)
        scopes += AuthScopes::revokeSessions();
    if (request.useWriteback)
        scopes += AuthScopes::authenticationMethods();
    setState(State::Consenting);
    m_consent = ScopeConsent::ensure(
        m_auth, scopes, this, [this] { send(); },
        [this](const AuthError &error) {
            m_request.password.clear();
            setState(State::Ready);
            Q_EMIT consentFailed(error);
        });
    return true;
}

void ResetOperation::send()
{
    // The admin may have cancelled while the consent was on screen.
    if (m_state != State::Consenting)
        return;
    setState(State::Sending);
    m_runner->start(m_request);
    // The runner keeps what it sends; the request's copy of a typed password is not needed.
    m_request.password.clear();
}

void ResetOperation::cancel()
{
    m_waitOver->stop();
    if (m_runner->isRunning()) {
        m_runner->cancel(); // finishes with Failure::Cancelled
        return;
    }
    if (m_state == State::Consenting) {
        // Stops waiting; the request for the permission ends too unless another feature waits on it.
        delete m_consent;
        m_request.password.clear();
        setState(State::Cancelled);
    }
}

void ResetOperation::onFinished(const ResetOutcome &outcome)
{
    m_waitOver->stop();
    m_outcome = outcome;
    QString error;
    if (!m_audit.append(resetAuditEntry(m_request, m_admin, outcome), &error))
        Q_EMIT auditFailed(m_audit.path(), error);
    if (outcome.succeeded) {
        m_doneAt = m_client->clock()->nowUtc();
        m_ledger.hold(m_userId);
        setState(State::Done);
    } else if (outcome.failure == ResetOutcome::Failure::Cancelled) {
        setState(State::Cancelled);
    } else if (outcome.error.kind == GraphError::Kind::PasswordRejected) {
        setState(State::Rejected);
    } else {
        setState(State::Failed);
    }
    Q_EMIT finished(outcome);
}

void ResetOperation::loadContact(const UserContactDetails &known)
{
    if (known.id == m_userId) {
        m_contact = known;
        return;
    }
    if (!m_details) {
        m_details = new UserDetailsLoader(m_client, this);
        connect(m_details, &UserDetailsLoader::loaded, this, [this](const UserContactDetails &details) {
            if (details.id == m_userId)
                m_contact = details;
        });
    }
    m_details->load(m_userId);
}

void ResetOperation::recordHandover(HandoverLedger::Channel channel)
{
    m_ledger.record(channel, {m_userId});
}

void ResetOperation::supersede()
{
    if (m_state != State::Done)
        return;
    qCInfo(lcReset) << "an earlier password of" << m_userId << "was replaced by a later reset";
    m_outcome.password = SecretString();
    setState(State::Superseded);
}

void ResetOperation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
