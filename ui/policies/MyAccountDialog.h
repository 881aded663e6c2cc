// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"
#include "policy/ContactDetailsChange.h"
#include "policy/MyAccount.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class MyAccountDialog;
}
class ChangeOwnPasswordDialog;
class ConsoleSession;
class OwnPasswordChange;
class QPushButton;

/**
 * The signed-in admin's own account: name, user name and roles, the alternate email addresses and
 * mobile phone that self-service password reset relies on (checked as typed, saved with PATCH /me
 * through ContactDetailsChange, which records the change in the audit log), and the way to "Change
 * my password".
 */
class MyAccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyAccountDialog)
public:
    /**
     * Shows @p operation, which the caller made for this dialog; the dialog parents it, so it
     * lives as long as the dialog, and asks it to read the details at once. @p session names the
     * admin shown.
     */
    MyAccountDialog(ConsoleSession *session, ContactDetailsChange *operation, QWidget *parent = nullptr);
    ~MyAccountDialog() override;

    QPushButton *saveButton() const;
    /**
     * Opens "Change my password" bound to @p operation (window-modal, deleted on close, and the
     * operation with it); when one is already open it is returned and @p operation is deleted.
     */
    ChangeOwnPasswordDialog *openChangePassword(OwnPasswordChange *operation);
    /** "Change my password" while it is open. */
    ChangeOwnPasswordDialog *changePasswordDialog() const { return m_changePassword; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    /** The admin clicked "Change my password": the owner answers with openChangePassword(). */
    void changePasswordRequested();
    /** The admin changed their password: the main window must start a new sign-in. */
    void signInAgainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Status { Loading, Ready, WaitingForConsent, Saving, Saved, Failed };

    void showDetails(const MyContactDetails &details);
    void save();
    void updateControls();
    void retranslate();
    QStringList enteredEmails() const;
    MyContactDetails entered() const;

    const std::unique_ptr<Ui::MyAccountDialog> m_ui;
    ConsoleSession *m_session;
    ContactDetailsChange *m_operation;
    QPointer<ChangeOwnPasswordDialog> m_changePassword;
    MyContactDetails m_stored;
    Status m_status = Status::Loading;
    GraphError m_error;
    AuthError m_authError;
    bool m_loaded = false;
    QString m_auditProblem;
};
