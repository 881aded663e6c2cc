// SPDX-License-Identifier: MIT
#include "delivery/MailDeliveryRun.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "delivery/MailLogging.h"
#include "graph/GraphClient.h"
#include "auth/ScopeConsent.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

MailDeliveryRun::MailDeliveryRun(GraphClient *client, MailComposer composer, const QList<OutgoingMail> &messages,
                                 QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_composer(std::move(composer))
    , m_paceTimer(client->clock()->createTimer(ClockTimer::Kind::SingleShot, this))
{
    m_deliveries.reserve(messages.size());
    for (const OutgoingMail &mail : messages)
        m_deliveries.append(Delivery{mail, MessageState::Pending, {}});
    connect(m_paceTimer, &ClockTimer::timeout, this, &MailDeliveryRun::sendNext);
}

MailDeliveryRun::~MailDeliveryRun()
{
    if (m_call)
        m_call->cancel();
}

void MailDeliveryRun::markDelivered(const QSet<QString> &keys)
{
    for (Delivery &delivery : m_deliveries) {
        if (delivery.state != MessageState::Sending && keys.contains(delivery.mail.key)) {
            delivery.state = MessageState::Sent;
            delivery.error = {};
        }
    }
}

int MailDeliveryRun::sentCount() const
{
    return int(std::count_if(m_deliveries.cbegin(), m_deliveries.cend(),
                             [](const Delivery &delivery) { return delivery.state == MessageState::Sent; }));
}

int MailDeliveryRun::failedCount() const
{
    return int(std::count_if(m_deliveries.cbegin(), m_deliveries.cend(),
                             [](const Delivery &delivery) { return delivery.state == MessageState::Failed; }));
}

QSet<QString> MailDeliveryRun::deliveredKeys() const
{
    QSet<QString> keys;
    for (const Delivery &delivery : m_deliveries) {
        if (delivery.state == MessageState::Sent)
            keys.insert(delivery.mail.key);
    }
    return keys;
}

void MailDeliveryRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MailDeliveryRun::start()
{
    if (m_state != State::Idle)
        return;
    m_cancelRequested = false;
    Q_EMIT progress(sentCount(), total());
    if (m_auth && !m_auth->hasScopes(AuthScopes::mail())) {
        requestConsent();
        return;
    }
    setState(State::Running);
    sendNext();
}

void MailDeliveryRun::requestConsent()
{
    setState(State::WaitingForConsent);
    // A context of its own, so cancel() can drop the pending consent together with its callbacks.
    m_consent = new QObject(this);
    qCInfo(lcMail) << "asking for Mail.Send before the first message";
    ScopeConsent::ensure(
        m_auth, AuthScopes::mail(), m_consent,
        [this] {
            dropConsent();
            if (m_state != State::WaitingForConsent)
                return;
            setState(State::Running);
            sendNext();
        },
        [this](const AuthError &error) {
            dropConsent();
            if (m_state != State::WaitingForConsent)
                return;
            setState(State::Idle);
            Q_EMIT consentFailed(error);
        });
}

void MailDeliveryRun::dropConsent()
{
    if (m_consent)
        m_consent->deleteLater();
    m_consent = nullptr;
}

void MailDeliveryRun::pause()
{
    if (m_state == State::Running) {
        m_paceTimer->stop();
        setState(m_call ? State::Pausing : State::Paused);
    }
}

void MailDeliveryRun::resume()
{
    if (m_state == State::Pausing) {
        // The message in flight is still being answered: simply keep going afterwards.
        m_cancelRequested = false;
        setState(State::Running);
        return;
    }
    if (m_state != State::Paused)
        return;
    m_interruption = {};
    setState(State::Running);
    sendNext();
}

void MailDeliveryRun::cancel()
{
    switch (m_state) {
    case State::Running:
    case State::Pausing:
        m_paceTimer->stop();
        m_cancelRequested = true;
        if (m_call) {
            setState(State::Pausing); // the answer decides whether that message was sent
            return;
        }
        break;
    case State::WaitingForConsent:
        dropConsent();
        break;
    case State::Idle:
    case State::Paused:
        break;
    case State::Finished:
    case State::Cancelled:
        return;
    }
    setState(State::Cancelled);
    Q_EMIT finished();
}

void MailDeliveryRun::retryFailed()
{
    if (m_state != State::Finished && m_state != State::Paused)
        return;
    for (Delivery &delivery : m_deliveries) {
        if (delivery.state == MessageState::Failed) {
            delivery.state = MessageState::Pending;
            delivery.error = {};
        }
    }
    m_interruption = {};
    setState(State::Running);
    sendNext();
}

int MailDeliveryRun::nextPending() const
{
    for (qsizetype i = 0; i < m_deliveries.size(); ++i) {
        if (m_deliveries.at(i).state == MessageState::Pending)
            return int(i);
    }
    return -1;
}

void MailDeliveryRun::sendNext()
{
    if (m_state != State::Running || m_call)
        return;
    const int index = nextPending();
    if (index < 0) {
        finishIfDone();
        return;
    }
    const qint64 wait = m_pacer.delayBeforeNext(m_client->clock()->monotonicMs());
    if (wait > 0) {
        ++m_pacedWaits;
        Q_EMIT waitingForLimit(int(wait));
        m_paceTimer->start(wait);
        return;
    }

    Delivery &delivery = m_deliveries[index];
    delivery.state = MessageState::Sending;
    // The only place a password leaves its SecretString for mail: the body goes straight to GraphClient.
    GraphRequest request = GraphRequest::post(u"/me/sendMail"_s, m_composer.requestBody(delivery.mail));
    m_call = m_client->send(request);
    request.body.reset();
    qCInfo(lcMail) << "sending" << index + 1 << "of" << total();
    connect(m_call, &GraphCall::retrying, this, [this](int, int, const GraphError &reason) {
        if (reason.kind == GraphError::Kind::Throttled)
            ++m_throttledRetries;
    });
    connect(m_call, &GraphCall::finished, this, [this, index](const GraphResponse &response) {
        onReply(index, response);
    });
}

bool MailDeliveryRun::stopsTheRun(const GraphError &error)
{
    using Kind = GraphError::Kind;
    switch (error.kind) {
    case Kind::SessionExpired:
    case Kind::InsufficientPrivileges:
    case Kind::MailboxNotEnabled:
    case Kind::Throttled:
    case Kind::ServiceUnavailable:
    case Kind::NetworkUnavailable:
    case Kind::InsecureUrl:
    case Kind::LicenseRequired:
    case Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

QList<AuditEntry> MailDeliveryRun::auditEntries(const MailComposer &composer, const Delivery &delivery,
                                                const QString &outcome, const GraphError &error)
{
    const OutgoingMail &mail = delivery.mail;
    QList<AuditEntry> entries;
    entries.reserve(mail.itemIndexes.size());
    for (qsizetype itemIndex : mail.itemIndexes) {
        if (itemIndex < 0 || itemIndex >= composer.items().size())
            continue;
        const HandoverItem &item = composer.items().at(itemIndex);
        AuditEntry entry = AuditEntry::make(composer.sender(), u"passwordEmailed"_s);
        entry.targetId = item.userId;
        entry.targetUserPrincipalName = item.userPrincipalName;
        // Who received it and how, so a password's path can be traced; the body stays out.
        entry.options = QJsonObject{
            {u"recipients"_s, mail.recipients.join(u"; "_s)},
            {u"list"_s, mail.kind == OutgoingMail::Kind::PasswordList},
            {u"users"_s, int(mail.itemIndexes.size())},
            {u"language"_s, mail.language},
        };
        entry.setResult(error, delivery.requestId);
        entry.outcome = outcome;
        entries.append(entry);
    }
    return entries;
}

void MailDeliveryRun::record(int index, const QString &outcome, const GraphError &error)
{
    if (!m_audit)
        return;
    QString writeError;
    if (m_audit->append(auditEntries(m_composer, m_deliveries.at(index), outcome, error), &writeError)
        || m_auditFailed)
        return;
    m_auditFailed = true;
    Q_EMIT auditFailed(m_audit->path(), writeError);
}

void MailDeliveryRun::onReply(int index, const GraphResponse &response)
{
    m_call.clear();
    Delivery &delivery = m_deliveries[index];
    delivery.requestId = response.ok() ? QString::fromLatin1(response.header("request-id")) : response.error.requestId;
    if (response.ok()) {
        delivery.state = MessageState::Sent;
        record(index, u"succeeded"_s, {});
        m_pacer.recordAccepted(m_client->clock()->monotonicMs());
        Q_EMIT messageSent(index);
        Q_EMIT progress(sentCount(), total());
    } else if (stopsTheRun(response.error)) {
        // Not this message's fault. If no HTTP answer came, the service may have accepted it
        // anyway; it goes out again on resume (a rare duplicate beats a password never sent).
        delivery.state = MessageState::Pending;
        // Without an HTTP answer nobody knows whether Exchange took the message.
        record(index, response.error.httpStatus == 0 ? u"uncertain"_s : u"failed"_s, response.error);
        m_interruption = response.error;
        qCWarning(lcMail).noquote() << "run interrupted:" << response.error.technicalSummary();
        if (m_cancelRequested) {
            setState(State::Cancelled);
            Q_EMIT finished();
            return;
        }
        setState(State::Paused);
        Q_EMIT interrupted(response.error);
        return;
    } else {
        delivery.state = MessageState::Failed;
        delivery.error = response.error;
        record(index, u"failed"_s, response.error);
        qCWarning(lcMail).noquote() << "message" << index + 1 << "not sent:" << response.error.technicalSummary();
        Q_EMIT messageFailed(index, response.error);
    }

    if (m_state == State::Cancelled)
        return; // cancelled from a slot of the signals above
    if (m_cancelRequested) {
        setState(State::Cancelled);
        Q_EMIT finished();
        return;
    }
    if (m_state == State::Pausing) {
        setState(State::Paused);
        return;
    }
    sendNext();
}

void MailDeliveryRun::finishIfDone()
{
    if (nextPending() >= 0 || m_call)
        return;
    setState(State::Finished);
    Q_EMIT finished();
}
