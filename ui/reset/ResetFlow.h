// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditLog.h"
#include "delivery/HandoverItem.h"
#include "directory/UserDetailsLoader.h"
#include "reset/ResetOutcome.h"
#include "reset/ResetRunner.h"
#include "ui/reset/ResetPasswordDialog.h"
#include "ui/reset/ResetResultDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConsoleSession;
class HandoverDialogs;
class SecretClipboard;
class SingleResetView;
struct SignedInAdmin;
class QWidget;

/**
 * Single-user resets and resends as the views ask for them. Each one is a ResetOperation in the
 * core, bound to its user from the dialog to the hand-over, with its windows in a SingleResetView:
 * resets of different users run side by side without mixing, and a reset of a user whose earlier
 * password still waits to be handed over says so first and closes the windows of the old one once
 * the new password is set.
 */
class ResetFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetFlow)
public:
    /** @p window parents the dialogs. */
    ResetFlow(ConsoleSession *session, QWidget *window, QObject *parent = nullptr);
    ~ResetFlow() override;

    /** Where the session's audit log is written (tests use a temporary file). */
    void setAuditLogPath(const QString &path);
    const AuditLog &auditLog() const;
    SecretClipboard *clipboard() const { return m_clipboard; }
    const SignedInAdmin &admin() const;
    /** How the writeback operation is polled in new resets (tests shorten the pauses). */
    void setPollPolicy(const ResetRunner::PollPolicy &policy) { m_pollPolicy = policy; }

    /**
     * Opens the dialog for @p user; while that user's dialog is open it is raised and returned
     * instead. @p known: the user's contact details when the caller already read them (the
     * details pane has), else they are read while the admin decides.
     */
    ResetPasswordDialog *start(const DirectoryUser &user, ResetRequest::Action action,
                               const UserContactDetails &known = {});
    /** The reset dialog opened last, while open. */
    ResetPasswordDialog *dialog() const;
    /** The result pane opened last, while open. */
    ResetResultDialog *resultDialog() const;
    /** The slip and email dialogs of these resets, also used by bulk runs to hand over. */
    HandoverDialogs *handoverDialogs() const { return m_handover; }

Q_SIGNALS:
    /** A password was set (the list may want to refresh the user's row); the outcome holds no password. */
    void passwordReset(const ResetOutcome &outcome);
    void changeOwnPasswordRequested();

private:
    QList<SingleResetView *> views() const;
    /** A view's password is set: earlier passwords of that user are dead, the list may refresh. */
    void onPasswordSet(SingleResetView *view);

    ConsoleSession *m_session;
    QWidget *m_window;
    SecretClipboard *m_clipboard;
    ResetRunner::PollPolicy m_pollPolicy;
    HandoverDialogs *m_handover;
    QPointer<SingleResetView> m_latest;
};
