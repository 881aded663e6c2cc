// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "graph/GraphError.h"
#include "policy/MyAccount.h"
#include "policy/OwnPasswordChange.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ChangeOwnPasswordDialog;
}
class ConsoleSession;
class QPushButton;

/**
 * "Change my password": the current password, the new one twice with the local rules checked as the
 * admin types, then POST /me/changePassword through OwnPasswordChange (which records the change in
 * the audit log, never a password). The service revokes the admin's refresh tokens on success, so
 * the dialog explains that and hands back with signInAgainRequested() for the main window to start
 * a new sign-in.
 */
class ChangeOwnPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeOwnPasswordDialog)
public:
    /**
     * Shows @p operation, which the caller made for this dialog; the dialog parents it, so it
     * lives as long as the dialog. @p session names the admin whose password the rules check.
     */
    ChangeOwnPasswordDialog(ConsoleSession *session, OwnPasswordChange *operation, QWidget *parent = nullptr);
    ~ChangeOwnPasswordDialog() override;

    QPushButton *changeButton() const { return m_changeButton; }

    void done(int result) override;

Q_SIGNALS:
    /** The password was changed: the service has revoked the session's refresh token. */
    void passwordChanged();
    /** The admin is done here and must sign in again (emitted once, however the dialog closes). */
    void signInAgainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Status { Editing, WaitingForConsent, Changing };

    void updateControls();
    void change();
    void onFailed(MyAccount::Problem problem, const GraphError &error);
    void onChanged();
    void clearSecrets();
    void retranslate();

    const std::unique_ptr<Ui::ChangeOwnPasswordDialog> m_ui;
    ConsoleSession *m_session;
    OwnPasswordChange *m_operation;
    QPushButton *m_changeButton;
    Status m_status = Status::Editing;
    MyAccount::Problem m_problem = MyAccount::Problem::None;
    GraphError m_error;
    AuthError m_authError;
    bool m_changed = false;
    bool m_handedBack = false;
};
