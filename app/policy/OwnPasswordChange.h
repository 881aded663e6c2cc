// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"
#include "policy/MyAccount.h"
#include "audit/AuditLog.h"
#include "common/SecretString.h"

#include <QObject>

class ConsoleSession;

/**
 * The signed-in admin changes their own password: asks for the permission on first use, sends
 * POST /me/changePassword through MyAccount, and writes one audit-log line with the outcome and
 * Graph's request id — never either password. The passwords are held only until they are sent.
 */
class OwnPasswordChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnPasswordChange)
public:
    enum class State {
        Idle,
        WaitingForConsent, // the admin is asked to allow the permission in the browser
        Changing,
        Changed,           // the service revoked the session's refresh token: sign in again
    };
    Q_ENUM(State)

    explicit OwnPasswordChange(ConsoleSession *session, QObject *parent = nullptr);
    ~OwnPasswordChange() override;

    /** Starts the change while Idle; the answer is changed() or failed() (or consentFailed()). */
    void start(const SecretString &currentPassword, const SecretString &newPassword);

    State state() const { return m_state; }

    static AuditEntry entryFor(const SignedInAdmin &admin, MyAccount::Problem problem, const GraphError &error,
                               const QString &requestId);
    /** The word the audit log records for @p problem ("wrongCurrentPassword", …; empty for None). */
    static QString problemName(MyAccount::Problem problem);

Q_SIGNALS:
    void stateChanged(OwnPasswordChange::State state);
    void changed();
    void failed(MyAccount::Problem problem, const GraphError &error);
    void consentFailed(const AuthError &error);
    void auditFailed(const QString &path, const QString &error);

private:
    void setState(State state);
    void send();
    void record(MyAccount::Problem problem, const GraphError &error, const QString &requestId);
    void forgetPasswords();

    ConsoleSession *m_session;
    MyAccount *m_account;
    SecretString m_current;
    SecretString m_new;
    bool m_sent = false;
    State m_state = State::Idle;
};
