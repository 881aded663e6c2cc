// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "directory/DirectoryUser.h"
#include "directory/PasswordPolicies.h"
#include "policy/PasswordPolicyUpdater.h"
#include "audit/AuditLog.h"

#include <QList>
#include <QObject>

class ConsoleSession;

/**
 * Applying a PasswordPolicyChange ("password never expires", "allow weak passwords") to one user
 * or many, from the admin's go to the last answer: asks for User-PasswordProfile.ReadWrite.All on
 * first use, runs PasswordPolicyUpdater, and writes one audit-log line per user — the change
 * asked for, whether it was written, the outcome and Graph's request id.
 */
class UserPolicyChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPolicyChange)
public:
    enum class State {
        Idle,
        WaitingForConsent, // the admin is asked to allow the permission in the browser
        Running,
        Finished,          // every user answered (each may have failed: see results())
        ConsentFailed,     // the permission was not granted; nothing was sent
    };
    Q_ENUM(State)

    /** The log comes from @p session (ConsoleSession::auditLog()), as does the admin the lines name. */
    explicit UserPolicyChange(ConsoleSession *session, QObject *parent = nullptr);
    /** A change still running is cancelled, so the lines of what was answered are written. */
    ~UserPolicyChange() override;

    /** Starts @p change for @p users; ignored while one runs or when there is nothing to change. */
    void start(const QList<DirectoryUser> &users, const PasswordPolicyChange &change);
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::WaitingForConsent || m_state == State::Running; }
    const QList<PasswordPolicyUpdater::Result> &results() const { return m_results; }
    const AuthError &consentError() const { return m_consentError; }

    /** The line for one user's @p result of @p change. */
    static AuditEntry entryFor(const SignedInAdmin &admin, const DirectoryUser &user,
                               const PasswordPolicyChange &change, const PasswordPolicyUpdater::Result &result);

Q_SIGNALS:
    void stateChanged(UserPolicyChange::State state);
    void progress(int done, int total);
    /** Every user answered; the lines are in the audit log by now. */
    void finished(const QList<PasswordPolicyUpdater::Result> &results);
    void consentFailed(const AuthError &error);
    /** The audit log could not be written (the change itself was made). */
    void auditFailed(const QString &path, const QString &error);

private:
    void setState(State state);
    void onFinished(const QList<PasswordPolicyUpdater::Result> &results);

    ConsoleSession *m_session;
    PasswordPolicyUpdater *m_updater;
    QList<DirectoryUser> m_users;
    PasswordPolicyChange m_change;
    QList<PasswordPolicyUpdater::Result> m_results;
    AuthError m_consentError;
    /** Owns the pending consent (ScopeConsent); deleting it abandons the consent. */
    QObject *m_consent = nullptr;
    State m_state = State::Idle;
};
