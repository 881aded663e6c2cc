// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ConsoleSession;
class DomainExpiryDialog;
class MyAccountDialog;
class PasswordPolicyDialog;
class QAction;
class QWidget;
class SelfServiceResetDialog;

/**
 * The main window's policy and account commands in one place, so MainWindow only hands over its
 * actions: enables them while the session is Ready, opens one dialog of each kind with the core
 * operation it shows (the dialogs only bind to it), and starts a new sign-in after the admin
 * changed their own password.
 */
class PolicyActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyActions)
public:
    struct Actions
    {
        QAction *domainExpiry = nullptr; // Policies › Organization password expiry…
        QAction *selfServiceReset = nullptr; // Policies › Self-service password reset…
        QAction *myAccount = nullptr;    // File › My account…
    };

    /** @p window parents the dialogs. */
    PolicyActions(ConsoleSession *session, QWidget *window, const Actions &actions);

    DomainExpiryDialog *openDomainExpiry();
    SelfServiceResetDialog *openSelfServiceReset();
    MyAccountDialog *openMyAccount();
    /** "Password never expires" / "Allow weak passwords" for @p users (one, a selection or everyone). */
    PasswordPolicyDialog *openPasswordPolicies(const QList<DirectoryUser> &users);

Q_SIGNALS:
    /** The admin's own password changed and the session ended: the window offers a new sign-in. */
    void signInRequested();

private:
    void updateEnabled();
    void signInAgain();

    ConsoleSession *m_session;
    QWidget *m_window;
    Actions m_actions;
    QPointer<DomainExpiryDialog> m_domainExpiry;
    QPointer<SelfServiceResetDialog> m_selfServiceReset;
    QPointer<MyAccountDialog> m_myAccount;
};
