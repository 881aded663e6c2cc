// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "delivery/HandoverLedger.h"
#include "directory/SignedInAdmin.h"
#include "directory/UserDetailsLoader.h"
#include "audit/AuditLog.h"
#include "reset/ResetOutcome.h"
#include "reset/ResetRequest.h"
#include "reset/ResetRunner.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class AuthSession;
class ScopeConsent;
class ClockTimer;
class GraphClient;

/**
 * One single-user reset or resend, from the admin's request to the hand-over, bound to one user
 * id for its whole life. It asks for the permission on first use, runs the request through
 * ResetRunner, says when Microsoft 365 asked to wait and for how long, writes the audit entry,
 * keeps the outcome (and with it the password) for the hand-over, and records in a
 * HandoverLedger which channels carried the password.
 *
 * Its times (when to try again, when the password was set) are read from the GraphClient's clock.
 *
 * A password the server refused (Rejected) leaves the operation ready for the next try. A later
 * reset of the same user makes this operation's password worthless: supersede() says so, and the
 * views close the hand-over windows that still carry it.
 */
class ResetOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetOperation)
public:
    enum class State {
        /** Waiting for the admin's request, or for the next try after a refusal. */
        Ready,
        /** Asking the admin to consent to a permission the sign-in lacks. */
        Consenting,
        Sending,
        /** Microsoft 365 asked to wait (retryAt() says until when); the request goes out again then. */
        WaitingForService,
        /** The password is set; the outcome holds it for the hand-over. */
        Done,
        /** The server refused the password itself; a new try may follow. */
        Rejected,
        Failed,
        Cancelled,
        /** A later reset of the same user replaced this password: it no longer works. */
        Superseded,
    };
    Q_ENUM(State)

    ResetOperation(GraphClient *client, AuthSession *auth, SignedInAdmin admin, AuditLog audit, QString userId,
                   QObject *parent = nullptr);
    ~ResetOperation() override;

    QString userId() const { return m_userId; }
    State state() const { return m_state; }
    bool isBusy() const;
    /** Set and not handed over through a lasting channel, nor superseded. */
    bool holdsPassword() const { return m_state == State::Done; }
    /** When the request goes out again, while WaitingForService. */
    QDateTime retryAt() const { return m_retryAt; }
    /** The last outcome; its password while Done (cleared once superseded). */
    const ResetOutcome &outcome() const { return m_outcome; }
    /** The request as sent (without its password). */
    const ResetRequest &request() const { return m_request; }
    /** When the password was set, for "set at 10:42". */
    QDateTime doneAt() const { return m_doneAt; }

    ResetRunner *runner() const { return m_runner; }

    /**
     * The user's language and addresses, which the hand-over needs: @p known when the caller
     * already read them, else read now, while the admin decides.
     */
    void loadContact(const UserContactDetails &known = {});
    const UserContactDetails &contact() const { return m_contact; }

    /**
     * Sends @p request, after the consent it needs. False, doing nothing, while busy, once done,
     * or when @p request is for another user than this operation's.
     */
    bool start(const ResetRequest &request);
    void cancel();

    /** @p channel carried this operation's password. */
    void recordHandover(HandoverLedger::Channel channel);
    const HandoverLedger &ledger() const { return m_ledger; }
    /** A later reset of the same user went through: this password no longer works. */
    void supersede();

Q_SIGNALS:
    void stateChanged(ResetOperation::State state);
    /** Microsoft 365 asked to wait @p delayMs before the request goes out again. */
    void waiting(int delayMs, const GraphError &reason);
    /** The request ended (any state but Ready, Consenting, Sending, WaitingForService). */
    void finished(const ResetOutcome &outcome);
    void consentFailed(const AuthError &error);
    /** The audit line could not be written; the reset itself stands. */
    void auditFailed(const QString &path, const QString &error);

private:
    void send();
    void onFinished(const ResetOutcome &outcome);
    void setState(State state);

    GraphClient *m_client;
    AuthSession *m_auth;
    SignedInAdmin m_admin;
    AuditLog m_audit;
    QString m_userId;
    ResetRunner *m_runner;
    UserDetailsLoader *m_details = nullptr;
    UserContactDetails m_contact;
    ClockTimer *m_waitOver;
    ResetRequest m_request;
    /** The wait for the permission the reset needs; deleting it stops waiting (see ScopeConsent). */
    QPointer<ScopeConsent> m_consent;
    ResetOutcome m_outcome;
    HandoverLedger m_ledger;
    State m_state = State::Ready;
    QDateTime m_retryAt;
    QDateTime m_doneAt;
};
