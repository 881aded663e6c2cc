// SPDX-License-Identifier: MIT
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui_EmailPasswordsDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "delivery/MailRecipientCheck.h"
#include "ui/texts/ErrorMessages.h"

#include <QDir>
#include <QEvent>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

EmailPasswordsDialog::EmailPasswordsDialog(const QList<HandoverItem> &items, const SignedInAdmin &admin,
                                           MailHandover *handover, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EmailPasswordsDialog>())
    , m_composer(items, admin, QLocale().name())
    , m_handover(handover)
{
    m_handover->setParent(this);
    m_ui->setupUi(this);
    GrowToContents::install(this);
    connect(m_ui->radioList, &QRadioButton::toggled, this, &EmailPasswordsDialog::updatePlan);
    connect(m_ui->editRecipients, &QLineEdit::textChanged, this, &EmailPasswordsDialog::updatePlan);
    connect(m_ui->checkOptIn, &QCheckBox::toggled, this, &EmailPasswordsDialog::updateButtons);
    connect(m_ui->buttonSend, &QPushButton::clicked, this, &EmailPasswordsDialog::send);
    connect(m_ui->buttonPause, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->pause();
    });
    connect(m_ui->buttonResume, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->resume();
    });
    connect(m_ui->buttonRetry, &QPushButton::clicked, this, [this] {
        if (!m_run)
            return;
        m_ui->listFailures->clear();
        m_run->retryFailed();
    });
    connect(m_ui->buttonCancel, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->cancel();
    });
    connect(m_ui->buttonClose, &QPushButton::clicked, this, &EmailPasswordsDialog::reject);
    retranslate();
    updatePlan();
}

EmailPasswordsDialog::~EmailPasswordsDialog()
{
    // The run (the hand-over's child, and so ours) outlives this destructor: cancelling its message
    // in flight makes it signal, and those signals must not reach a half-destroyed dialog.
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
}

void EmailPasswordsDialog::setAdminLanguage(const QString &language)
{
    m_composer = MailComposer(m_composer.items(), m_composer.sender(), language);
    updatePlan();
}

void EmailPasswordsDialog::setSignInAddress(const QString &address)
{
    m_composer.setSignInAddress(address);
}

void EmailPasswordsDialog::setAlreadyDelivered(const QSet<QString> &keys)
{
    m_delivered = keys;
    updatePlan();
}

QSet<QString> EmailPasswordsDialog::deliveredKeys() const
{
    QSet<QString> keys = m_delivered;
    if (m_run)
        keys.unite(m_run->deliveredKeys());
    return keys;
}

MailComposer::Mode EmailPasswordsDialog::mode() const
{
    return m_ui->radioList->isChecked() ? MailComposer::Mode::ListToRecipients : MailComposer::Mode::EachUser;
}

MailPlan EmailPasswordsDialog::currentPlan() const
{
    return m_composer.plan(mode(), MailRecipientCheck::splitTyped(m_ui->editRecipients->text()));
}

void EmailPasswordsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updatePlan();
    }
    QDialog::changeEvent(event);
}

void EmailPasswordsDialog::retranslate()
{
    int withPassword = 0;
    for (const HandoverItem &item : m_composer.items())
        withPassword += item.carriesPassword() ? 1 : 0;
    const SignedInAdmin &admin = m_composer.sender();
    m_ui->labelIntro->setText(tr("Send the temporary passwords of %n user(s) by email from your mailbox %1.", "",
                                 withPassword)
                                  .arg(admin.mail.isEmpty() ? admin.userPrincipalName : admin.mail));
    if (m_run)
        showProgress(m_run->sentCount(), m_run->total());
}

QString EmailPasswordsDialog::userName(qsizetype itemIndex) const
{
    if (itemIndex < 0 || itemIndex >= m_composer.items().size())
        return {};
    const HandoverItem &item = m_composer.items().at(itemIndex);
    return item.displayName.isEmpty() ? item.userPrincipalName : item.displayName;
}

QString EmailPasswordsDialog::recipientProblemText(const RecipientIssue &issue) const
{
    switch (issue.problem) {
    case RecipientProblem::InvalidAddress:
        return tr("“%1” is not an email address. Type addresses as name@example.com, separated by semicolons.")
            .arg(issue.address);
    case RecipientProblem::ResetAccountMailbox:
        return tr("“%1” is the mailbox of %2, whose password was just reset, so the passwords cannot be sent there. "
                  "Choose an address outside the accounts you reset.")
            .arg(issue.address, userName(issue.itemIndex));
    case RecipientProblem::None:
        break;
    }
    return {};
}

void EmailPasswordsDialog::updatePlan()
{
    if (m_run && m_run->state() != MailDeliveryRun::State::Cancelled)
        return; // the plan of a run under way does not change
    m_plan = currentPlan();
    const bool list = mode() == MailComposer::Mode::ListToRecipients;
    m_ui->editRecipients->setEnabled(list);
    m_ui->labelRecipients->setEnabled(list);

    QStringList problems;
    if (list) {
        for (const RecipientIssue &issue : std::as_const(m_plan.issues))
            problems.append(recipientProblemText(issue));
    }
    m_ui->labelRecipientProblems->setText(problems.join(u'\n'));
    m_ui->labelRecipientProblems->setVisible(!problems.isEmpty());

    m_ui->listNoAddress->clear();
    if (!list) {
        for (qsizetype index : std::as_const(m_plan.usersWithoutAddress)) {
            const HandoverItem &item = m_composer.items().at(index);
            //: A user who gets no email: display name and user name
            m_ui->listNoAddress->addItem(tr("%1 (%2)").arg(userName(index), item.userPrincipalName));
        }
        int ownMailboxes = 0;
        for (const RecipientIssue &issue : std::as_const(m_plan.issues))
            ownMailboxes += issue.problem == RecipientProblem::ResetAccountMailbox ? 1 : 0;
        QStringList notes;
        if (!m_plan.usersWithoutAddress.isEmpty()) {
            notes.append(tr("%n user(s) have no alternate email address that can be used. Hand their passwords over "
                            "on a printed slip instead:",
                            "", int(m_plan.usersWithoutAddress.size())));
        }
        if (ownMailboxes > 0) {
            notes.prepend(tr("%n address(es) were left out because they are the mailbox of an account whose password "
                             "was just reset.",
                             "", ownMailboxes));
        }
        m_ui->labelNoAddress->setText(notes.join(u'\n'));
    }
    m_ui->labelNoAddress->setVisible(!list && !m_ui->labelNoAddress->text().isEmpty());
    m_ui->listNoAddress->setVisible(!list && m_ui->listNoAddress->count() > 0);
    const auto delivered = std::count_if(m_plan.messages.cbegin(), m_plan.messages.cend(),
        [this](const OutgoingMail &mail) { return m_delivered.contains(mail.key); });
    m_ui->labelStatus->setText(delivered == 0 ? QString()
                                              : tr("%n of these messages were sent earlier and will not be sent "
                                                   "again.",
                                                   "", int(delivered)));
    updateButtons();
}

void EmailPasswordsDialog::updateButtons()
{
    using State = MailDeliveryRun::State;
    const State state = m_run ? m_run->state() : State::Idle;
    const bool canPlan = !m_run || state == State::Cancelled;
    m_ui->groupMode->setEnabled(canPlan);
    m_ui->checkOptIn->setEnabled(canPlan);
    m_ui->buttonSend->setEnabled(canPlan && m_ui->checkOptIn->isChecked() && m_plan.isSendable());
    // The run's controls show once there is a run: before, they were four disabled buttons.
    for (QWidget *control : {static_cast<QWidget *>(m_ui->buttonPause), static_cast<QWidget *>(m_ui->buttonResume),
             static_cast<QWidget *>(m_ui->buttonRetry), static_cast<QWidget *>(m_ui->buttonCancel)})
        control->setVisible(m_run != nullptr);
    m_ui->buttonPause->setEnabled(state == State::Running);
    m_ui->buttonResume->setEnabled(state == State::Paused);
    m_ui->buttonRetry->setEnabled((state == State::Finished || state == State::Paused) && m_run->failedCount() > 0);
    m_ui->buttonCancel->setEnabled(state == State::Running || state == State::Paused
                                   || state == State::WaitingForConsent);
    m_ui->labelFailures->setVisible(m_ui->listFailures->count() > 0);
    m_ui->listFailures->setVisible(m_ui->listFailures->count() > 0);
}

void EmailPasswordsDialog::send()
{
    if (!m_ui->checkOptIn->isChecked() || !m_plan.isSendable())
        return;
    if (m_run) {
        // A new Send after a cancel: keep what the cancelled run delivered, send only the rest.
        m_delivered.unite(m_run->deliveredKeys());
        m_run->disconnect(this);
    }
    m_ui->listFailures->clear();
    m_ui->labelStatus->clear();
    m_run = m_handover->createRun(m_composer, m_plan.messages, m_delivered);
    connect(m_run, &MailDeliveryRun::auditFailed, this, [this](const QString &path, const QString &error) {
        //: %1 is the audit log file, %2 the system's reason
        m_auditProblem = tr("The messages could not be recorded in the audit log %1 (%2).")
                             .arg(QDir::toNativeSeparators(path), error);
    });
    connect(m_run, &MailDeliveryRun::progress, this, &EmailPasswordsDialog::showProgress);
    connect(m_run, &MailDeliveryRun::messageFailed, this, &EmailPasswordsDialog::showFailure);
    connect(m_run, &MailDeliveryRun::interrupted, this, &EmailPasswordsDialog::showInterruption);
    connect(m_run, &MailDeliveryRun::consentFailed, this, &EmailPasswordsDialog::showConsentFailure);
    connect(m_run, &MailDeliveryRun::stateChanged, this, &EmailPasswordsDialog::showRunState);
    connect(m_run, &MailDeliveryRun::finished, this, &EmailPasswordsDialog::showFinished);
    connect(m_run, &MailDeliveryRun::waitingForLimit, this, [this] {
        m_ui->labelStatus->setText(
            tr("Waiting for the sending limit of your mailbox (30 messages per minute). Sending goes on by itself."));
    });
    connect(m_run, &MailDeliveryRun::messageSent, this, [this](int index) {
        if (m_run && m_run->state() == MailDeliveryRun::State::Running)
            m_ui->labelStatus->clear();
        if (!m_run || index < 0 || index >= m_run->deliveries().size())
            return;
        const OutgoingMail &mail = m_run->deliveries().at(index).mail;
        Q_EMIT messageDelivered(mail.key);
        QStringList userIds;
        for (qsizetype item : mail.itemIndexes)
            userIds.append(m_composer.items().at(item).userId);
        Q_EMIT passwordsDelivered(userIds);
    });
    m_ui->progressBar->setMaximum(qMax(1, m_run->total()));
    m_run->start();
    updateButtons();
}

void EmailPasswordsDialog::showProgress(int sent, int total)
{
    m_ui->progressBar->setMaximum(qMax(1, total));
    m_ui->progressBar->setValue(sent);
    //: Progress of sending email, e.g. "3 of 10 sent"
    m_ui->labelProgress->setText(tr("%n of %1 sent", "", sent).arg(total));
    m_ui->progressBar->setAccessibleDescription(m_ui->labelProgress->text());
}

QString EmailPasswordsDialog::failureText(const MailDeliveryRun::Delivery &delivery) const
{
    QString reason;
    if (delivery.error.code.compare(u"ErrorInvalidRecipients"_s, Qt::CaseInsensitive) == 0) {
        reason = tr("Exchange Online did not accept the address. Check it, or hand the password over on a printed "
                    "slip instead.");
    } else {
        const UserMessage message = ErrorMessages::forGraphError(delivery.error);
        //: A failure: headline, then what to do next
        reason = tr("%1: %2").arg(message.title, message.text);
    }
    const QString recipients = delivery.mail.recipients.join(u"; "_s);
    if (delivery.mail.kind == OutgoingMail::Kind::UserPassword) {
        //: %1 user name, %2 email addresses, %3 why it failed and what to do
        return tr("%1 (%2): %3").arg(userName(delivery.mail.itemIndexes.value(0)), recipients, reason);
    }
    //: %1 email addresses, %2 why it failed and what to do
    return tr("List to %1: %2").arg(recipients, reason);
}

void EmailPasswordsDialog::showFailure(int index, const GraphError &)
{
    if (!m_run)
        return;
    auto *item = new QListWidgetItem(failureText(m_run->deliveries().at(index)), m_ui->listFailures);
    item->setToolTip(m_run->deliveries().at(index).error.technicalSummary());
    updateButtons();
}

void EmailPasswordsDialog::showInterruption(const GraphError &error)
{
    const UserMessage message = ErrorMessages::forGraphError(error);
    const int remaining = m_run ? m_run->total() - m_run->sentCount() - m_run->failedCount() : 0;
    m_ui->labelStatus->setText(tr("%1 Sending is paused; click Resume to send the remaining %n message(s).", "",
                                  remaining)
                                   .arg(message.text));
    updateButtons();
}

void EmailPasswordsDialog::showConsentFailure(const AuthError &error)
{
    const UserMessage message = ErrorMessages::forAuthError(error);
    m_ui->labelStatus->setText(
        tr("ResetDesk may not send email as you, so nothing was sent. %1").arg(message.text));
    updateButtons();
}

void EmailPasswordsDialog::showRunState(MailDeliveryRun::State state)
{
    switch (state) {
    case MailDeliveryRun::State::WaitingForConsent:
        m_ui->labelStatus->setText(tr("Allow ResetDesk to send email as you in the browser window that opened. "
                                      "Sending starts once you have agreed."));
        break;
    case MailDeliveryRun::State::Pausing:
        m_ui->labelStatus->setText(tr("Waiting for the message being sent…"));
        break;
    case MailDeliveryRun::State::Paused:
        if (m_run && !m_run->interruption().isError())
            m_ui->labelStatus->setText(tr("Paused. Click Resume to send the remaining messages."));
        break;
    case MailDeliveryRun::State::Running:
        m_ui->labelStatus->clear();
        break;
    case MailDeliveryRun::State::Idle:
    case MailDeliveryRun::State::Finished:
    case MailDeliveryRun::State::Cancelled:
        break;
    }
    updateButtons();
}

void EmailPasswordsDialog::showFinished()
{
    if (!m_run)
        return;
    if (m_run->state() == MailDeliveryRun::State::Cancelled) {
        const int notSent = m_run->total() - m_run->sentCount();
        m_ui->labelStatus->setText(
            tr("Sending cancelled; %n message(s) were not sent. Click Send to send only those.", "", notSent));
        updatePlan();
    } else if (m_run->failedCount() > 0) {
        m_ui->labelStatus->setText(
            tr("%n message(s) could not be sent; see the list below. Fix the problem and click Retry failed, or "
               "hand those passwords over on a printed slip.",
               "", m_run->failedCount()));
    } else {
        m_ui->labelStatus->setText(tr("All %n message(s) sent.", "", m_run->total()));
        Q_EMIT allSent();
    }
    if (!m_auditProblem.isEmpty())
        m_ui->labelStatus->setText(m_ui->labelStatus->text() + u'\n' + m_auditProblem);
    updateButtons();
}

void EmailPasswordsDialog::reject()
{
    // Stop sending when the dialog closes; the message in flight is still answered by the run.
    if (m_run && m_run->state() != MailDeliveryRun::State::Finished)
        m_run->cancel();
    QDialog::reject();
}
