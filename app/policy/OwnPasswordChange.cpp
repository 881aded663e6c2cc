// SPDX-License-Identifier: MIT
#include "policy/OwnPasswordChange.h"

#include "auth/AuthScopes.h"
#include "session/ConsoleSession.h"
#include "auth/ScopeConsent.h"

using namespace Qt::Literals::StringLiterals;

OwnPasswordChange::OwnPasswordChange(ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_account(new MyAccount(session->graph(), this))
{
    connect(m_account, &MyAccount::passwordChanged, this, [this](const QString &requestId) {
        record(MyAccount::Problem::None, {}, requestId);
        setState(State::Changed);
        Q_EMIT changed();
    });
    connect(m_account, &MyAccount::passwordChangeFailed, this,
            [this](MyAccount::Problem problem, const GraphError &error) {
                // Refused before anything was sent (the same password twice): no write to record.
                if (m_sent)
                    record(problem, error, error.requestId);
                setState(State::Idle);
                Q_EMIT failed(problem, error);
            });
}

OwnPasswordChange::~OwnPasswordChange()
{
    forgetPasswords();
}

void OwnPasswordChange::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void OwnPasswordChange::forgetPasswords()
{
    m_current.clear();
    m_new.clear();
}

void OwnPasswordChange::start(const SecretString &currentPassword, const SecretString &newPassword)
{
    if (m_state != State::Idle)
        return;
    m_current = currentPassword;
    m_new = newPassword;
    setState(State::WaitingForConsent);
    ScopeConsent::ensure(
        m_session->auth(), AuthScopes::passwordReset(), this, [this] { send(); },
        [this](const AuthError &error) {
            forgetPasswords();
            setState(State::Idle);
            Q_EMIT consentFailed(error);
        });
}

void OwnPasswordChange::send()
{
    setState(State::Changing);
    const QString current = m_current.reveal();
    const QString fresh = m_new.reveal();
    forgetPasswords();
    m_sent = current != fresh;
    m_account->changePassword(current, fresh);
}

QString OwnPasswordChange::problemName(MyAccount::Problem problem)
{
    switch (problem) {
    case MyAccount::Problem::None:
        return {};
    case MyAccount::Problem::InvalidEmail:
        return u"invalidEmail"_s;
    case MyAccount::Problem::EmailIsAccountAddress:
        return u"emailIsAccountAddress"_s;
    case MyAccount::Problem::InvalidPhone:
        return u"invalidPhone"_s;
    case MyAccount::Problem::WrongCurrentPassword:
        return u"wrongCurrentPassword"_s;
    case MyAccount::Problem::PasswordRejected:
        return u"passwordRejected"_s;
    case MyAccount::Problem::SameAsCurrentPassword:
        return u"sameAsCurrentPassword"_s;
    case MyAccount::Problem::Other:
        return u"other"_s;
    }
    return {};
}

AuditEntry OwnPasswordChange::entryFor(const SignedInAdmin &admin, MyAccount::Problem problem,
                                       const GraphError &error, const QString &requestId)
{
    AuditEntry entry = AuditEntry::make(admin, u"ownPasswordChange"_s);
    entry.targetId = admin.id;
    entry.targetUserPrincipalName = admin.userPrincipalName;
    // The service ends every session of the account when its password changes.
    QJsonObject options{{u"signOut"_s, !error.isError() && problem == MyAccount::Problem::None}};
    if (problem != MyAccount::Problem::None)
        options.insert(u"problem"_s, problemName(problem));
    entry.options = options;
    entry.setResult(error, requestId);
    if (problem != MyAccount::Problem::None && !error.isError())
        entry.outcome = u"failed"_s;
    return entry;
}

void OwnPasswordChange::record(MyAccount::Problem problem, const GraphError &error, const QString &requestId)
{
    m_sent = false;
    AuditLog log = m_session->auditLog();
    QString writeError;
    if (!log.append(entryFor(m_session->admin(), problem, error, requestId), &writeError))
        Q_EMIT auditFailed(log.path(), writeError);
}
