// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/handover/PrintSlipsDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConsoleSession;
class QWidget;

/**
 * Opens the dialogs that hand passwords over, for single resets and bulk runs alike: slips
 * (print preview, print, PDF) signed by the admin, and email to typed recipients or to each
 * user's alternate address through the session's Graph client and audit log.
 */
class HandoverDialogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverDialogs)
public:
    /** @p window parents the dialogs when the caller names no other. */
    HandoverDialogs(ConsoleSession *session, QWidget *window, QObject *parent = nullptr);

    /** Opens the slip dialog for @p items. */
    PrintSlipsDialog *printSlips(const QList<HandoverItem> &items, QWidget *parent = nullptr);
    /** Opens the email dialog for @p items. */
    EmailPasswordsDialog *emailPasswords(const QList<HandoverItem> &items, QWidget *parent = nullptr);
    /** The slip dialog opened last, while open. */
    PrintSlipsDialog *printDialog() const { return m_print; }
    /** The email dialog opened last, while open. */
    EmailPasswordsDialog *emailDialog() const { return m_email; }

private:
    ConsoleSession *m_session;
    QWidget *m_window;
    QPointer<PrintSlipsDialog> m_print;
    QPointer<EmailPasswordsDialog> m_email;
};
