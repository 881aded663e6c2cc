// SPDX-License-Identifier: MIT
#include "cli/RunMailer.h"

#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"
#include "bulk/BulkRun.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "delivery/MailComposer.h"
#include "delivery/MailDeliveryRun.h"
#include "delivery/MailHandover.h"
#include "delivery/MailRecipientCheck.h"
#include "session/ConsoleSession.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

RunMailer::RunMailer(CliSession *session, BulkRun *run, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_run(run)
{
}

RunMailer::~RunMailer() = default;

void RunMailer::send(const QList<HandoverItem> &items, const QString &target)
{
    ConsoleSession *console = m_session->console();
    const CliOutput &output = m_session->output();
    const bool eachUser = target == u"each-user"_s;
    const MailComposer composer(items, console->admin(), QLocale().name().section(u'_', 0, 0));
    const MailPlan plan = eachUser ? composer.plan(MailComposer::Mode::EachUser)
                                   : composer.plan(MailComposer::Mode::ListToRecipients,
                                                   MailRecipientCheck::splitTyped(target));
    for (const RecipientIssue &issue : plan.issues) {
        output.tell(issue.problem == RecipientProblem::ResetAccountMailbox
                        ? tr("%1 is the mailbox of an account whose password was just reset; it gets no password.")
                              .arg(issue.address)
                        : tr("%1 is not an email address.").arg(issue.address));
    }
    for (const qsizetype index : plan.usersWithoutAddress) {
        output.tell(tr("%1 has no other email address to send the password to; hand it over another way.")
                        .arg(items.at(index).userPrincipalName));
    }
    if (!plan.isSendable()) {
        if (plan.messages.isEmpty() && !plan.blocked)
            output.tell(tr("No email was sent."));
        return end(false);
    }
    m_handover = new MailHandover(console->graph(), console->auth(), console->auditLog(), this);
    m_delivery = m_handover->createRun(composer, plan.messages, m_run->deliveredMail());
    connect(m_delivery, &MailDeliveryRun::messageSent, this, &RunMailer::onMessageSent);
    connect(m_delivery, &MailDeliveryRun::messageFailed, this, [this, &output](int index, const GraphError &error) {
        const OutgoingMail &mail = m_delivery->deliveries().at(index).mail;
        output.tell(tr("Email to %1 not sent: %2").arg(mail.recipients.join(u", "_s), CliTexts::forGraphError(error)));
    });
    connect(m_delivery, &MailDeliveryRun::interrupted, this, [this, &output](const GraphError &error) {
        output.tell(tr("Sending email stopped: %1").arg(CliTexts::forGraphError(error)));
        m_delivery->cancel();
    });
    connect(m_delivery, &MailDeliveryRun::consentFailed, this, [this, &output](const AuthError &error) {
        output.tell(CliTexts::forAuthError(error));
        end(false);
    });
    connect(m_delivery, &MailDeliveryRun::auditFailed, this, [&output](const QString &path, const QString &error) {
        output.tell(tr("The messages could not be recorded in the audit log %1 (%2).").arg(path, error));
    });
    connect(m_delivery, &MailDeliveryRun::finished, this, [this, &output] {
        const int sent = m_delivery->sentCount();
        output.tell(tr("Sent %n email(s) with temporary passwords.", nullptr, sent));
        end(sent == m_delivery->total());
    });
    m_delivery->start();
}

void RunMailer::onMessageSent(int index)
{
    const OutgoingMail &mail = m_delivery->deliveries().at(index).mail;
    if (!m_run)
        return;
    // Kept with the run, so handing the same run over again never sends this message twice.
    m_run->markEmailed(mail.key);
    QStringList userIds;
    for (const qsizetype item : mail.itemIndexes)
        userIds.append(m_delivery->composer().items().at(item).userId);
    m_run->recordHandover(HandoverLedger::Channel::Email, userIds);
}

void RunMailer::end(bool ok)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT finished(ok);
}
