// SPDX-License-Identifier: MIT
#pragma once

#include "EmailPasswordsDialog.h"
#include "PrintSlipsDialog.h"
#include "ResetPasswordDialog.h"
#include "ResetResultDialog.h"
#include "delivery/HandoverItem.h"
#include "directory/UserDetailsLoader.h"
#include "reset/AuditLog.h"
#include "reset/ResetOutcome.h"

#include <QObject>
#include <QPointer>

class ConsoleSession;
class ResetRunner;
class SecretClipboard;
class QWidget;

/**
 * One user's reset or resend from start to finish, as the views ask for it: opens
 * ResetPasswordDialog, asks for the permission on first use, runs the dialog's request through
 * ResetRunner, writes the audit log, and shows the result pane with the hand-over the admin chose.
 * A password the server refuses goes back into the still-open dialog for editing.
 */
class ResetFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetFlow)
public:
    /** @p window parents the dialogs. */
    ResetFlow(ConsoleSession *session, QWidget *window, QObject *parent = nullptr);
    ~ResetFlow() override;

    /** Where the audit log is written (tests use a temporary file). */
    void setAuditLogPath(const QString &path) { m_audit = AuditLog(path); }
    const AuditLog &auditLog() const { return m_audit; }
    SecretClipboard *clipboard() const { return m_clipboard; }
    ResetRunner *runner() const { return m_runner; }

    /**
     * Opens the dialog for @p user; while one is open (or a reset runs) it is raised instead and
     * returned as it is. @p known: the user's contact details when the caller already read them
     * (the details pane has), else they are read while the admin decides.
     */
    ResetPasswordDialog *start(const DirectoryUser &user, ResetRequest::Action action,
                               const UserContactDetails &known = {});
    ResetPasswordDialog *dialog() const { return m_dialog; }
    ResetResultDialog *resultDialog() const { return m_result; }
    PrintSlipsDialog *printDialog() const { return m_print; }
    EmailPasswordsDialog *emailDialog() const { return m_email; }
    /** Opens the email dialog (to typed recipients or each user's alternate email) for @p items. */
    EmailPasswordsDialog *emailPasswords(const QList<HandoverItem> &items);
    /** Opens the slip dialog (print preview, print, PDF) for @p items. */
    PrintSlipsDialog *printSlips(const QList<HandoverItem> &items);

Q_SIGNALS:
    /** A password was set (the list may want to refresh the user's row); the outcome holds no password. */
    void passwordReset(const ResetOutcome &outcome);
    void changeOwnPasswordRequested();

private:
    void run(const ResetRequest &request);
    void onFinished(const ResetOutcome &outcome);
    void showResult(const ResetOutcome &outcome);
    void writeAudit(const ResetOutcome &outcome);
    HandoverItem handoverItem(const ResetResultDialog &result) const;

    ConsoleSession *m_session;
    QWidget *m_window;
    ResetRunner *m_runner;
    UserDetailsLoader *m_details;
    SecretClipboard *m_clipboard;
    AuditLog m_audit;
    QPointer<ResetPasswordDialog> m_dialog;
    QPointer<ResetResultDialog> m_result;
    QPointer<PrintSlipsDialog> m_print;
    QPointer<EmailPasswordsDialog> m_email;
    ResetRequest m_request;
    HandoverMethod m_handover = HandoverMethod::Show;
    UserContactDetails m_contact;
};
