// SPDX-License-Identifier: MIT
#include "ui/reset/SingleResetView.h"

#include "common/Clock.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/handover/HandoverDialogs.h"
#include "ui/handover/PrintSlipsDialog.h"
#include "ui/reset/ResetOutcomeText.h"
#include "ui/reset/ResetResultDialog.h"
#include "ui/widgets/FocusReturn.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/texts/ResetRefusalText.h"

#include <QDateTime>
#include <QLocale>
#include <QApplication>
#include <QMessageBox>
#include <QWidget>

#include <cmath>

SingleResetView::SingleResetView(ResetOperation *operation, const SignedInAdmin &admin, SecretClipboard *clipboard,
    HandoverDialogs *handover, Clock *clock, QWidget *window)
    : m_operation(operation)
    , m_admin(admin)
    , m_clipboard(clipboard)
    , m_handover(handover)
    , m_clock(clock)
    , m_window(window)
    , m_countdown(clock->createTimer(ClockTimer::Kind::Repeating, this))
{
    m_operation->setParent(this);
    connect(m_countdown, &ClockTimer::timeout, this, &SingleResetView::showWaiting);
    connect(m_operation, &ResetOperation::stateChanged, this, &SingleResetView::onStateChanged);
    connect(m_operation, &ResetOperation::finished, this, &SingleResetView::onFinished);
    connect(m_operation, &ResetOperation::consentFailed, this, [this](const AuthError &error) {
        if (m_dialog) {
            m_dialog->showProblem(error.kind == AuthError::Kind::Cancelled
                                      ? tr("The password was not reset: the permission request was cancelled. "
                                           "Reset again when you are ready to approve it.")
                                      : ErrorMessages::forAuthError(error).text);
        }
        deleteWhenUnused();
    });
    connect(m_operation, &ResetOperation::auditFailed, this, [this](const QString &path, const QString &error) {
        // The reset itself stands; the admin must know the record of it is missing.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Audit log not written"),
                                    tr("The reset of %1 could not be recorded in the audit log (%2). Check that the "
                                       "folder %3 is writable.")
                                        .arg(m_operation->request().userPrincipalName, error, path),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

SingleResetView::~SingleResetView()
{
    m_operation->cancel();
}

ResetPasswordDialog *SingleResetView::open(const DirectoryUser &user, ResetRequest::Action action,
                                           const SingleResetView *earlier)
{
    auto *dialog = new ResetPasswordDialog(user, m_admin, action, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_focusBefore = QApplication::focusWidget();
    FocusReturn::afterClosing(dialog, m_focusBefore);
    m_dialog = dialog;
    m_displayName = user.displayName();
    if (earlier) {
        const QString when = QLocale().toString(earlier->operation()->doneAt().toLocalTime().time(),
                                                QLocale::ShortFormat);
        dialog->showStatus(tr("The temporary password you set for %1 at %2 has not been handed over yet. Resetting "
                              "again replaces it, and the windows that still show or send it are closed.")
                               .arg(user.userPrincipalName(), when));
    }
    connect(dialog, &ResetPasswordDialog::resetRequested, this, [this, dialog](const ResetRequest &request) {
        m_handoverMethod = dialog->handover();
        if (!m_operation->start(request))
            dialog->showProblem(tr("This reset is still running. Wait for it to finish, then try again."));
    });
    connect(dialog, &QDialog::rejected, m_operation, &ResetOperation::cancel);
    connect(dialog, &QDialog::finished, this, [this] {
        m_countdown->stop();
        QMetaObject::invokeMethod(this, &SingleResetView::deleteWhenUnused, Qt::QueuedConnection);
    });
    connect(dialog, &ResetPasswordDialog::changeOwnPasswordRequested, this,
            &SingleResetView::changeOwnPasswordRequested);
    dialog->open();
    // The keyboard follows the admin into the dialog; not every platform activates it by itself.
    dialog->activateWindow();
    return dialog;
}

namespace {

/** A window that still shows or may still send something (a closed one is deleted a bit later). */
bool isOpen(const QWidget *window)
{
    return window && window->isVisible();
}

} // namespace

bool SingleResetView::awaitsHandover() const
{
    // Once an email or a slip carried it, the password is in the user's hands already.
    return m_operation->holdsPassword() && !m_operation->ledger().isComplete()
           && (isOpen(m_result) || isOpen(m_print) || isOpen(m_email));
}

void SingleResetView::supersede()
{
    m_operation->supersede();
    // The password they carry no longer works: nobody may print or send it now.
    for (QDialog *window : {static_cast<QDialog *>(m_email.data()), static_cast<QDialog *>(m_print.data()),
                            static_cast<QDialog *>(m_result.data())}) {
        if (window)
            window->close();
    }
}

void SingleResetView::onStateChanged(ResetOperation::State state)
{
    if (state == ResetOperation::State::WaitingForService) {
        showWaiting();
        m_countdown->start(1000);
        return;
    }
    m_countdown->stop();
    if (m_dialog && state == ResetOperation::State::Consenting)
        m_dialog->showStatus(tr("Waiting for you to approve the permission ResetDesk needs to reset passwords. "
                                "Cancel stops the reset."));
    if (m_dialog && state == ResetOperation::State::Sending)
        m_dialog->showStatus(QString());
}

void SingleResetView::showWaiting()
{
    if (!m_dialog || m_operation->state() != ResetOperation::State::WaitingForService) {
        m_countdown->stop();
        return;
    }
    const qint64 ms = m_clock->nowUtc().msecsTo(m_operation->retryAt());
    const int seconds = int(std::max<qint64>(1, (ms + 999) / 1000));
    m_dialog->showStatus(tr("Microsoft 365 asked ResetDesk to wait; trying again in %n second(s). Cancel stops the "
                            "reset.",
                            "", seconds));
}

void SingleResetView::onFinished(const ResetOutcome &outcome)
{
    if (outcome.succeeded) {
        if (m_dialog)
            m_dialog->accept();
        showResult(outcome);
        Q_EMIT passwordSet();
        return;
    }
    if (m_dialog && outcome.failure != ResetOutcome::Failure::Cancelled) {
        if (outcome.error.kind == GraphError::Kind::PasswordRejected) {
            m_dialog->showRejection(outcome.error, outcome.password.reveal());
        } else if (outcome.failure == ResetOutcome::Failure::Graph
                   && outcome.error.kind == GraphError::Kind::InsufficientPrivileges) {
            const DirectoryUser user = m_dialog->user();
            m_dialog->showProblem(ResetRefusalText::forUser(m_admin, &user));
        } else {
            m_dialog->showProblem(ResetOutcomeText::failure(outcome).text);
        }
    }
    deleteWhenUnused();
}

void SingleResetView::showResult(const ResetOutcome &outcome)
{
    auto *result = new ResetResultDialog(m_operation->request(), outcome, m_clipboard, m_clock, m_window);
    result->setAttribute(Qt::WA_DeleteOnClose);
    m_result = result;
    FocusReturn::afterClosing(result, m_focusBefore);
    connect(result, &QDialog::finished, this, &SingleResetView::deleteWhenUnused, Qt::QueuedConnection);
    connect(result, &ResetResultDialog::printRequested, this, &SingleResetView::printSlips);
    connect(result, &ResetResultDialog::emailRequested, this, &SingleResetView::emailPassword);
    connect(result, &ResetResultDialog::passwordCopied, m_operation,
            [this] { m_operation->recordHandover(HandoverLedger::Channel::Copied); });
    result->open();
    result->activateWindow();
    // The pane shows the password as soon as it opens.
    m_operation->recordHandover(HandoverLedger::Channel::Shown);
    switch (m_handoverMethod) {
    case HandoverMethod::Show:
        break;
    case HandoverMethod::Copy:
        result->copyPassword();
        break;
    case HandoverMethod::Print:
        printSlips();
        break;
    case HandoverMethod::Email:
        emailPassword();
        break;
    }
}

void SingleResetView::printSlips()
{
    if (!m_operation->holdsPassword())
        return;
    PrintSlipsDialog *print = m_handover->printSlips({handoverItem()}, m_result);
    m_print = print;
    const auto record = [this] { m_operation->recordHandover(HandoverLedger::Channel::Slips); };
    connect(print, &PrintSlipsDialog::pdfSaved, m_operation, record);
    connect(print, &PrintSlipsDialog::printed, m_operation, record);
    connect(print, &QDialog::finished, this, &SingleResetView::deleteWhenUnused, Qt::QueuedConnection);
}

void SingleResetView::emailPassword()
{
    if (!m_operation->holdsPassword())
        return;
    EmailPasswordsDialog *email = m_handover->emailPasswords({handoverItem()}, m_result);
    m_email = email;
    connect(email, &EmailPasswordsDialog::passwordsDelivered, m_operation,
            [this] { m_operation->recordHandover(HandoverLedger::Channel::Email); });
    connect(email, &QDialog::finished, this, &SingleResetView::deleteWhenUnused, Qt::QueuedConnection);
}

HandoverItem SingleResetView::handoverItem() const
{
    const ResetOutcome &outcome = m_operation->outcome();
    HandoverItem item;
    item.userId = outcome.userId;
    item.displayName = m_displayName;
    item.userPrincipalName = outcome.userPrincipalName;
    const UserContactDetails &contact = m_operation->contact();
    if (contact.id == outcome.userId) {
        item.preferredLanguage = contact.preferredLanguage;
        item.alternateEmails = contact.otherMails;
        item.mail = contact.mail;
    }
    item.password = outcome.password;
    item.outcome = HandoverItem::Outcome::Reset;
    return item;
}

void SingleResetView::deleteWhenUnused()
{
    if (isOpen(m_dialog) || isOpen(m_result) || isOpen(m_print) || isOpen(m_email) || m_operation->isBusy())
        return;
    // The password held in memory goes with the operation.
    deleteLater();
}
