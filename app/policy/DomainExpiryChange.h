// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"
#include "policy/DomainExpiry.h"
#include "audit/AuditLog.h"

#include <QList>
#include <QObject>

class ConsoleSession;

/** What the admin asks to set for one domain. */
struct DomainExpiryRequest
{
    QString domain;
    bool neverExpires = false;
    int validityDays = DomainExpiry::defaultValidityDays;
    int notificationDays = DomainExpiry::defaultNotificationDays;
};

/**
 * Changing the organisation's password expiry, domain by domain: asks for Domain.ReadWrite.All on
 * first use, reads the domains, saves a request through DomainExpirySettings and writes one
 * audit-log line per save — the domain, the values sent, the outcome and Graph's request id.
 */
class DomainExpiryChange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainExpiryChange)
public:
    enum class State {
        Idle,
        WaitingForConsent, // the admin is asked to allow the permission in the browser
        Loading,
        Ready,             // domains read; a save may start
        Saving,
        Failed,            // consent refused or the domains could not be read
    };
    Q_ENUM(State)

    explicit DomainExpiryChange(ConsoleSession *session, QObject *parent = nullptr);

    /** Asks for the permission when needed, then reads the domains. */
    void load();
    /** Sends @p request (validated first; refused values send nothing) while Ready. */
    bool save(const DomainExpiryRequest &request);

    State state() const { return m_state; }
    const QList<DomainExpiry> &domains() const { return m_domains; }

    static AuditEntry entryFor(const SignedInAdmin &admin, const DomainExpiryRequest &request,
                               const GraphError &error, const QString &requestId);

Q_SIGNALS:
    void stateChanged(DomainExpiryChange::State state);
    void loaded(const QList<DomainExpiry> &domains);
    void loadFailed(const GraphError &error);
    void consentFailed(const AuthError &error);
    /** The answer to save(); its line is in the audit log by now. */
    void saved(const DomainExpiryRequest &request, const GraphError &error);
    /** The audit log could not be written (the change itself was answered as saved() says). */
    void auditFailed(const QString &path, const QString &error);

private:
    void setState(State state);
    void onSaved(const QString &domain, const GraphError &error, const QString &requestId);

    ConsoleSession *m_session;
    DomainExpirySettings *m_settings;
    QList<DomainExpiry> m_domains;
    DomainExpiryRequest m_request;
    State m_state = State::Idle;
};
