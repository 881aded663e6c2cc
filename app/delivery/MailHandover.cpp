// SPDX-License-Identifier: MIT
#include "delivery/MailHandover.h"

#include "auth/AuthSession.h"
#include "delivery/MailDeliveryRun.h"

MailHandover::MailHandover(GraphClient *client, AuthSession *auth, const AuditLog &auditLog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_auth(auth)
    , m_auditLog(auditLog)
{
}

MailHandover::~MailHandover() = default;

MailDeliveryRun *MailHandover::createRun(const MailComposer &composer, const QList<OutgoingMail> &messages,
                                         const QSet<QString> &alreadyDelivered)
{
    // The earlier run was cancelled (its message in flight answered) and the caller passed on
    // what it delivered: nothing of it is needed any more.
    if (m_run)
        m_run->deleteLater();
    m_run = new MailDeliveryRun(m_client, composer, messages, this);
    m_run->setAuthSession(m_auth);
    m_run->setPacer(m_pacer);
    m_run->setAuditLog(m_auditLog);
    m_run->markDelivered(alreadyDelivered);
    return m_run;
}
