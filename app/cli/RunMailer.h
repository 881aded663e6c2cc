// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"

#include <QList>
#include <QObject>
#include <QPointer>

class BulkRun;
class CliSession;
class MailDeliveryRun;
class MailHandover;

/**
 * The email channel of a bulk run's hand-over from the command line (--email each-user|TO@…):
 * MailComposer plans the messages as the email window does (each user at their alternate
 * addresses, or one list to the addresses given, never to a mailbox whose password was just
 * reset), MailHandover sends them paced to the sender's limit with Mail.Send asked for on first
 * use and every message in the audit log, and each delivered message is recorded with the run,
 * so a later hand-over of the same run never sends it again.
 */
class RunMailer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunMailer)
public:
    RunMailer(CliSession *session, BulkRun *run, QObject *parent = nullptr);
    ~RunMailer() override;

    /** "each-user", or addresses separated by commas or semicolons. */
    void send(const QList<HandoverItem> &items, const QString &target);

Q_SIGNALS:
    /** @p ok: every message planned was delivered. */
    void finished(bool ok);

private:
    void onMessageSent(int index);
    void end(bool ok);

    CliSession *m_session;
    QPointer<BulkRun> m_run;
    MailHandover *m_handover = nullptr;
    QPointer<MailDeliveryRun> m_delivery;
    bool m_ended = false;
};
