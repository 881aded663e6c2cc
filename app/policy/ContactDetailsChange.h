// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"
#include "policy/MyAccount.h"
#include "audit/AuditLog.h"

#include <QObject>

class ConsoleSession;

/**
 * The signed-in admin's own contact details for self-service password reset: reads them, and
 * saves new ones after asking for the permission on first use, writing one audit-log line per
 * save with the addresses and number sent, the outcome and Graph's request id. Those details
 * decide where a reset code for the admin's account goes, so every change of them is on record.
 */
class ContactDetailsChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDetailsChange)
public:
    enum class State {
        Idle,
        Loading,
        Ready,             // read (or the read failed: loadFailed()); a save may start
        WaitingForConsent, // the admin is asked to allow the permission in the browser
        Saving,
    };
    Q_ENUM(State)

    explicit ContactDetailsChange(ConsoleSession *session, QObject *parent = nullptr);

    void load();
    /** Saves exactly @p details (check them with MyAccount's validators first). */
    void save(const MyContactDetails &details);

    State state() const { return m_state; }

    static AuditEntry entryFor(const SignedInAdmin &admin, const MyContactDetails &details, const GraphError &error,
                               const QString &requestId);

Q_SIGNALS:
    void stateChanged(ContactDetailsChange::State state);
    void loaded(const MyContactDetails &details);
    void loadFailed(const GraphError &error);
    void consentFailed(const AuthError &error);
    /** The answer to save(), with the details as sent; its line is in the audit log by now. */
    void saved(const MyContactDetails &details, const GraphError &error);
    void auditFailed(const QString &path, const QString &error);

private:
    void setState(State state);
    void onSaved(const GraphError &error, const QString &requestId);

    ConsoleSession *m_session;
    MyAccount *m_account;
    MyContactDetails m_sending;
    State m_state = State::Idle;
};
