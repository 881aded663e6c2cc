// SPDX-License-Identifier: MIT
#include "ui/policies/PolicyActions.h"

#include "policy/ContactDetailsChange.h"
#include "policy/DomainExpiryChange.h"
#include "policy/OwnPasswordChange.h"
#include "policy/SelfServiceRegistrationReport.h"
#include "policy/UserPolicyChange.h"
#include "session/ConsoleSession.h"
#include "ui/policies/ChangeOwnPasswordDialog.h"
#include "ui/policies/DomainExpiryDialog.h"
#include "ui/policies/MyAccountDialog.h"
#include "ui/policies/PasswordPolicyDialog.h"
#include "ui/policies/SelfServiceResetDialog.h"

#include <QAction>

namespace {

template<typename Dialog> Dialog *showDialog(QPointer<Dialog> &slot, const std::function<Dialog *()> &make)
{
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
        slot->setWindowModality(Qt::WindowModal);
    }
    slot->show();
    slot->raise();
    slot->activateWindow();
    return slot;
}

} // namespace

PolicyActions::PolicyActions(ConsoleSession *session, QWidget *window, const Actions &actions)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_actions(actions)
{
    if (m_session) {
        connect(m_actions.domainExpiry, &QAction::triggered, this, &PolicyActions::openDomainExpiry);
        connect(m_actions.selfServiceReset, &QAction::triggered, this, &PolicyActions::openSelfServiceReset);
        connect(m_actions.myAccount, &QAction::triggered, this, &PolicyActions::openMyAccount);
        connect(m_session, &ConsoleSession::stateChanged, this, &PolicyActions::updateEnabled);
    }
    updateEnabled();
}

void PolicyActions::updateEnabled()
{
    const bool ready = m_session && m_session->state() == ConsoleSession::State::Ready;
    for (QAction *action : {m_actions.domainExpiry, m_actions.selfServiceReset, m_actions.myAccount})
        action->setEnabled(ready);
    if (!ready) {
        // What these dialogs show belongs to the session that just ended.
        for (QDialog *dialog : std::initializer_list<QDialog *>{m_domainExpiry, m_selfServiceReset, m_myAccount}) {
            if (dialog)
                dialog->close();
        }
    }
}

DomainExpiryDialog *PolicyActions::openDomainExpiry()
{
    if (!m_session || m_session->state() != ConsoleSession::State::Ready)
        return nullptr;
    return showDialog<DomainExpiryDialog>(m_domainExpiry, [this] {
        return new DomainExpiryDialog(new DomainExpiryChange(m_session), m_window);
    });
}

SelfServiceResetDialog *PolicyActions::openSelfServiceReset()
{
    if (!m_session || m_session->state() != ConsoleSession::State::Ready)
        return nullptr;
    return showDialog<SelfServiceResetDialog>(m_selfServiceReset, [this] {
        return new SelfServiceResetDialog(
            m_session, new SelfServiceRegistrationReport(m_session->graph()), m_window);
    });
}

MyAccountDialog *PolicyActions::openMyAccount()
{
    if (!m_session || m_session->state() != ConsoleSession::State::Ready)
        return nullptr;
    return showDialog<MyAccountDialog>(m_myAccount, [this] {
        auto *dialog = new MyAccountDialog(m_session, new ContactDetailsChange(m_session), m_window);
        connect(dialog, &MyAccountDialog::signInAgainRequested, this, &PolicyActions::signInAgain);
        connect(dialog, &MyAccountDialog::changePasswordRequested, this,
                [this, dialog] { dialog->openChangePassword(new OwnPasswordChange(m_session)); });
        return dialog;
    });
}

PasswordPolicyDialog *PolicyActions::openPasswordPolicies(const QList<DirectoryUser> &users)
{
    if (!m_session || m_session->state() != ConsoleSession::State::Ready || users.isEmpty())
        return nullptr;
    auto *dialog = new PasswordPolicyDialog(new UserPolicyChange(m_session), users, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void PolicyActions::signInAgain()
{
    // The service revoked the refresh token with the password change: end this session cleanly
    // (nothing stale left in the keychain) and let the admin sign in with the new password.
    m_session->signOut();
    Q_EMIT signInRequested();
}
