// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/MailComposer.h"
#include "delivery/MailPacer.h"
#include "delivery/OutgoingMail.h"
#include "audit/AuditLog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class AuthSession;
class GraphClient;
class MailDeliveryRun;

/**
 * Everything a Send of password mail needs, held outside the window that shows it: the Graph
 * client, the session that is asked for Mail.Send on first use, the audit log every message is
 * recorded in, and the pacer for the sender's limit. Makes the MailDeliveryRun for each plan the
 * admin confirms, so a view only collects the plan and shows the run.
 *
 * The runs are its children. One Send at a time: a new run retires the run before it (which the
 * admin cancelled), so the caller takes what that run delivered and stops listening to it first.
 */
class MailHandover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailHandover)
public:
    /** @p auth (may be null) is asked for Mail.Send before the first message when it lacks it. */
    MailHandover(GraphClient *client, AuthSession *auth, const AuditLog &auditLog, QObject *parent = nullptr);
    ~MailHandover() override;

    /** Tests pass a time-scaled pacer; production uses Exchange Online's 30 per minute. */
    void setPacer(const MailPacer &pacer) { m_pacer = pacer; }
    const MailPacer &pacer() const { return m_pacer; }
    const AuditLog &auditLog() const { return m_auditLog; }

    /**
     * A run of @p messages (planned by @p composer) that counts @p alreadyDelivered as sent and
     * never sends them again. It is Idle: connect to it, then start() it.
     */
    MailDeliveryRun *createRun(const MailComposer &composer, const QList<OutgoingMail> &messages,
                               const QSet<QString> &alreadyDelivered);
    /** The run made last, while it exists. */
    MailDeliveryRun *run() const { return m_run; }

private:
    GraphClient *m_client;
    QPointer<AuthSession> m_auth;
    AuditLog m_auditLog;
    MailPacer m_pacer = MailPacer::exchangeOnline();
    QPointer<MailDeliveryRun> m_run;
};
