// SPDX-License-Identifier: MIT
#include "ResetFlow.h"

#include "EmailPasswordsDialog.h"
#include "PrintSlipsDialog.h"
#include "ResetOutcomeText.h"
#include "ResetResultDialog.h"
#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "reset/ResetRunner.h"
#include "session/ConsoleSession.h"
#include "session/ScopeConsent.h"
#include "widgets/SecretClipboard.h"

#include <QLocale>
#include <QMessageBox>
#include <QWidget>

ResetFlow::ResetFlow(ConsoleSession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_runner(new ResetRunner(session->graph(), this))
    , m_details(new UserDetailsLoader(session->graph(), this))
    , m_clipboard(new SecretClipboard(this))
{
    connect(m_runner, &ResetRunner::finished, this, &ResetFlow::onFinished);
    connect(m_details, &UserDetailsLoader::loaded, this, [this](const UserContactDetails &details) {
        if (details.id == m_request.userId)
            m_contact = details;
    });
}

ResetFlow::~ResetFlow()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

ResetPasswordDialog *ResetFlow::start(const DirectoryUser &user, ResetRequest::Action action,
                                      const UserContactDetails &known)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new ResetPasswordDialog(user, m_session->admin(), action, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_request = ResetRequest::forUser(user);
    // The hand-over needs the user's language and alternate email: read them while the admin
    // decides, unless the caller already has them.
    m_contact = known.id == user.id() ? known : UserContactDetails();
    if (m_contact.id.isEmpty())
        m_details->load(user.id());

    connect(dialog, &ResetPasswordDialog::resetRequested, this, [this, dialog](const ResetRequest &request) {
        m_request = request;
        m_handover = dialog->handover();
        QStringList scopes = AuthScopes::passwordReset();
        if (request.signOutEverywhere)
            scopes += AuthScopes::revokeSessions();
        if (request.useWriteback)
            scopes += AuthScopes::authenticationMethods();
        ScopeConsent::ensure(
            m_session->auth(), scopes, dialog, [this, request] { run(request); },
            [dialog](const AuthError &error) { dialog->showProblem(ErrorMessages::forAuthError(error).text); });
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_runner->isRunning())
            m_runner->cancel();
    });
    // A closed dialog is deleted later; from now on it no longer counts as open.
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog.clear();
    });
    connect(dialog, &ResetPasswordDialog::changeOwnPasswordRequested, this, &ResetFlow::changeOwnPasswordRequested);
    dialog->open();
    return dialog;
}

void ResetFlow::run(const ResetRequest &request)
{
    if (!m_runner->start(request) && m_dialog)
        m_dialog->showProblem(tr("Another reset is still running. Wait for it to finish, then try again."));
}

void ResetFlow::onFinished(const ResetOutcome &outcome)
{
    writeAudit(outcome);
    if (outcome.succeeded) {
        if (m_dialog)
            m_dialog->accept();
        m_request.password.clear();
        showResult(outcome);
        ResetOutcome withoutPassword = outcome;
        withoutPassword.password = SecretString();
        Q_EMIT passwordReset(withoutPassword);
        return;
    }
    if (!m_dialog || outcome.failure == ResetOutcome::Failure::Cancelled)
        return;
    if (outcome.error.kind == GraphError::Kind::PasswordRejected) {
        m_dialog->showRejection(outcome.error, outcome.password.reveal());
        return;
    }
    m_dialog->showProblem(ResetOutcomeText::failure(outcome).text);
}

void ResetFlow::showResult(const ResetOutcome &outcome)
{
    auto *result = new ResetResultDialog(m_request, outcome, m_clipboard, m_window);
    result->setAttribute(Qt::WA_DeleteOnClose);
    m_result = result;
    connect(result, &QDialog::finished, this, [this, result] {
        if (m_result == result)
            m_result.clear();
    });
    // The pane owns the password from here on: hand-overs read it from the pane, so closing the
    // pane wipes the last copy.
    connect(result, &ResetResultDialog::printRequested, this, [this, result] { printSlips({handoverItem(*result)}); });
    connect(result, &ResetResultDialog::emailRequested, this, [this, result] { emailPasswords({handoverItem(*result)}); });
    result->open();
    switch (m_handover) {
    case HandoverMethod::Show:
        break;
    case HandoverMethod::Copy:
        result->copyPassword();
        break;
    case HandoverMethod::Print:
        printSlips({handoverItem(*result)});
        break;
    case HandoverMethod::Email:
        emailPasswords({handoverItem(*result)});
        break;
    }
}

void ResetFlow::writeAudit(const ResetOutcome &outcome)
{
    QString error;
    if (m_audit.append(AuditEntry::forReset(m_request, m_session->admin(), outcome), &error))
        return;
    // The reset itself stands; the admin must know the record of it is missing.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Audit log not written"),
                                tr("The reset of %1 could not be recorded in the audit log (%2). Check that the "
                                   "folder %3 is writable.")
                                    .arg(outcome.userPrincipalName, error, m_audit.path()),
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

PrintSlipsDialog *ResetFlow::printSlips(const QList<HandoverItem> &items)
{
    if (m_print)
        m_print->close();
    auto *dialog = new PrintSlipsDialog(items, m_result ? static_cast<QWidget *>(m_result) : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIssuer(m_session->admin().displayName);
    // Slips for users without a language of their own follow the app's language.
    dialog->setFallbackLanguage(QLocale().name().section(u'_', 0, 0));
    m_print = dialog;
    dialog->open();
    return dialog;
}

EmailPasswordsDialog *ResetFlow::emailPasswords(const QList<HandoverItem> &items)
{
    if (m_email)
        m_email->close();
    auto *dialog = new EmailPasswordsDialog(items, m_session->admin(), m_session->graph(), m_session->auth(),
                                            m_result ? static_cast<QWidget *>(m_result) : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_email = dialog;
    dialog->open();
    return dialog;
}

HandoverItem ResetFlow::handoverItem(const ResetResultDialog &result) const
{
    const ResetOutcome &outcome = result.outcome();
    HandoverItem item;
    item.userId = outcome.userId;
    item.displayName = m_request.displayName;
    item.userPrincipalName = outcome.userPrincipalName;
    if (m_contact.id == outcome.userId) {
        item.preferredLanguage = m_contact.preferredLanguage;
        item.alternateEmails = m_contact.otherMails;
        item.mail = m_contact.mail;
    }
    item.password = outcome.password;
    item.succeeded = outcome.succeeded;
    return item;
}
