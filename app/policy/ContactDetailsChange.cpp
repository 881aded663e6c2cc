// SPDX-License-Identifier: MIT
#include "policy/ContactDetailsChange.h"

#include "auth/AuthScopes.h"
#include "session/ConsoleSession.h"
#include "auth/ScopeConsent.h"

using namespace Qt::Literals::StringLiterals;

ContactDetailsChange::ContactDetailsChange(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_account(new MyAccount(session->graph(), this))
{
    connect(m_account, &MyAccount::loaded, this, [this](const MyContactDetails &details) {
        setState(State::Ready);
        Q_EMIT loaded(details);
    });
    connect(m_account, &MyAccount::failed, this, [this](const GraphError &error) {
        setState(State::Ready);
        Q_EMIT loadFailed(error);
    });
    connect(m_account, &MyAccount::saved, this, &ContactDetailsChange::onSaved);
}

void ContactDetailsChange::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ContactDetailsChange::load()
{
    if (m_state != State::Idle && m_state != State::Ready)
        return;
    setState(State::Loading);
    m_account->load();
}

void ContactDetailsChange::save(const MyContactDetails &details)
{
    if (m_state != State::Ready)
        return;
    m_sending = details;
    m_sending.mobilePhone = MyAccount::normalizedPhone(details.mobilePhone);
    for (QString &mail : m_sending.alternateEmails)
        mail = mail.trimmed();
    setState(State::WaitingForConsent);
    ScopeConsent::ensure(
        m_session->auth(), AuthScopes::ownContactDetails(), this,
        [this] {
            setState(State::Saving);
            m_account->save(m_sending);
        },
        [this](const AuthError &error) {
            setState(State::Ready);
            Q_EMIT consentFailed(error);
        });
}

AuditEntry ContactDetailsChange::entryFor(const SignedInAdmin &admin, const MyContactDetails &details,
                                          const GraphError &error, const QString &requestId)
{
    AuditEntry entry = AuditEntry::make(admin, u"contactDetailsChange"_s);
    entry.targetId = admin.id;
    entry.targetUserPrincipalName = admin.userPrincipalName;
    // The values sent, not a secret: where a self-service reset code for this account would go.
    entry.options = QJsonObject{{u"alternateEmails"_s, details.alternateEmails.join(u"; "_s)},
                                {u"mobilePhone"_s, details.mobilePhone}};
    entry.setResult(error, requestId);
    return entry;
}

void ContactDetailsChange::onSaved(const GraphError &error, const QString &requestId)
{
    AuditLog log = m_session->auditLog();
    QString writeError;
    const bool written = log.append(entryFor(m_session->admin(), m_sending, error, requestId), &writeError);
    setState(State::Ready);
    if (!written)
        Q_EMIT auditFailed(log.path(), writeError);
    Q_EMIT saved(m_sending, error);
}
