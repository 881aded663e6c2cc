// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "directory/SignedInAdmin.h"
#include "graph/GraphError.h"
#include "reset/ResetPreflight.h"
#include "reset/ResetRequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResetPasswordDialog;
}
class PasswordStyleChoice;
class QPushButton;

/** How the admin wants the new temporary password handed over once the reset succeeded. */
enum class HandoverMethod { Show, Copy, Print, Email };

/**
 * The admin center's "Reset password" panel, and more: generated (in a style) or typed password
 * with live local checks, force change at first sign-in (optionally after MFA), sign-out of all
 * sessions, writeback for synced users, and how the password is handed over. The pre-checks of
 * ResetPreflight are explained before anything is sent.
 *
 * It never touches the network: Reset emits resetRequested() and the dialog waits (setBusy) for
 * its owner to run the request. On a server rejection the owner calls showRejection() and the
 * dialog stays open with the password kept for editing; on success the owner closes it.
 */
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)
public:
    ResetPasswordDialog(const DirectoryUser &user, const SignedInAdmin &admin, ResetRequest::Action action,
                        QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    const DirectoryUser &user() const { return m_user; }
    ResetRequest::Action action() const { return m_action; }
    /** The request as the controls describe it now. */
    ResetRequest request() const;
    HandoverMethod handover() const;
    ResetPreflight::Result preflight() const { return m_preflight; }
    /** True when the Reset button may be pressed: pre-checks pass and a typed password is acceptable. */
    bool canReset() const;

    /** While the owner runs the request: controls locked, Cancel stays available. */
    void setBusy(bool busy);
    /**
     * The server refused @p password (e.g. its banned list): explain @p error, switch to "Let me
     * create the password" with @p password in the field, and wait for the next try.
     */
    void showRejection(const GraphError &error, const QString &password);
    /** Any other failure: explained under the options; the admin may try again or cancel. */
    void showProblem(const QString &text);
    /**
     * A neutral note above the buttons (empty hides it): why the reset is waiting and for how
     * long, or that an earlier password of this user has not been handed over yet.
     */
    void showStatus(const QString &text);

    QPushButton *resetButton() const { return m_resetButton; }

Q_SIGNALS:
    void resetRequested(const ResetRequest &request);
    /** The target is the admin's own account: they want "change my password" instead. */
    void changeOwnPasswordRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void updatePrecheck();
    void updateControls();
    void updateRules();
    void requestReset();
    QString precheckText() const;
    ResetRequest baseRequest() const;

    const std::unique_ptr<Ui::ResetPasswordDialog> m_ui;
    std::unique_ptr<PasswordStyleChoice> m_styleChoice;
    DirectoryUser m_user;
    SignedInAdmin m_admin;
    ResetRequest::Action m_action;
    ResetPreflight::Result m_preflight;
    QPushButton *m_resetButton;
    bool m_busy = false;
    /** A server rejection stays on screen until the password is edited. */
    QString m_rejection;
};
