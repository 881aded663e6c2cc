// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "directory/UserDetailsLoader.h"
#include "reset/ResetOperation.h"
#include "ui/reset/ResetPasswordDialog.h"

#include <QObject>
#include <QPointer>

class Clock;
class ClockTimer;
class EmailPasswordsDialog;
class PrintSlipsDialog;
class HandoverDialogs;
class SecretClipboard;
class ResetResultDialog;
class QWidget;

/**
 * The windows of one ResetOperation: the reset dialog that collects the request, then the result
 * pane and the slip or email dialog that hand the password over. It binds them to the operation
 * and to nothing else, so two resets open side by side never mix their users or passwords. It
 * deletes itself once its windows are closed and its operation is not busy.
 */
class SingleResetView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleResetView)
public:
    /**
     * Takes @p operation over (it becomes this view's child), run by @p admin; @p clipboard takes
     * copied passwords and @p handover makes the slip and email dialogs. The countdowns tick on
     * @p clock, the one the operation waits on.
     */
    SingleResetView(ResetOperation *operation, const SignedInAdmin &admin, SecretClipboard *clipboard,
        HandoverDialogs *handover, Clock *clock, QWidget *window);
    ~SingleResetView() override;

    ResetOperation *operation() const { return m_operation; }
    ResetPasswordDialog *dialog() const { return m_dialog; }
    ResetResultDialog *resultDialog() const { return m_result; }

    /** Opens the reset dialog for @p user; @p earlier, when set, is this user's password not yet handed over. */
    ResetPasswordDialog *open(const DirectoryUser &user, ResetRequest::Action action, const SingleResetView *earlier);
    /** The password is set, not yet emailed or printed, and one of its hand-over windows is still open. */
    bool awaitsHandover() const;
    /** A later reset of the same user went through: the password here is dead, its windows close. */
    void supersede();

Q_SIGNALS:
    void changeOwnPasswordRequested();
    /** Graph confirmed the new password; earlier passwords of the same user are dead. */
    void passwordSet();

private:
    void onStateChanged(ResetOperation::State state);
    void onFinished(const ResetOutcome &outcome);
    void showWaiting();
    void showResult(const ResetOutcome &outcome);
    void printSlips();
    void emailPassword();
    HandoverItem handoverItem() const;
    void deleteWhenUnused();

    ResetOperation *m_operation;
    SignedInAdmin m_admin;
    SecretClipboard *m_clipboard;
    HandoverDialogs *m_handover;
    Clock *m_clock;
    QWidget *m_window;
    /** Where the keyboard focus was when the admin asked for the reset: it goes back there. */
    QPointer<QWidget> m_focusBefore;
    QPointer<ResetPasswordDialog> m_dialog;
    QPointer<ResetResultDialog> m_result;
    QPointer<PrintSlipsDialog> m_print;
    QPointer<EmailPasswordsDialog> m_email;
    QString m_displayName;
    HandoverMethod m_handoverMethod = HandoverMethod::Show;
    /** Ticks the "trying again in N s" countdown while Microsoft 365 asked to wait. */
    ClockTimer *m_countdown;
};
