// SPDX-License-Identifier: MIT
#include "ResetFlow.h"

#include "SingleResetView.h"
#include "reset/ResetOperation.h"
#include "session/ConsoleSession.h"
#include "widgets/SecretClipboard.h"

#include <QLocale>
#include <QWidget>

ResetFlow::ResetFlow(ConsoleSession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_clipboard(new SecretClipboard(session->clock(), this))
{
}

ResetFlow::~ResetFlow() = default;

void ResetFlow::setAuditLogPath(const QString &path)
{
    m_session->setAuditLog(AuditLog(path));
}

const AuditLog &ResetFlow::auditLog() const
{
    return m_session->auditLog();
}

const SignedInAdmin &ResetFlow::admin() const
{
    return m_session->admin();
}

Clock *ResetFlow::clock() const
{
    return m_session->clock();
}

QList<SingleResetView *> ResetFlow::views() const
{
    return findChildren<SingleResetView *>(QString(), Qt::FindDirectChildrenOnly);
}

ResetPasswordDialog *ResetFlow::start(const DirectoryUser &user, ResetRequest::Action action,
                                      const UserContactDetails &known)
{
    const SingleResetView *earlier = nullptr;
    for (SingleResetView *view : views()) {
        if (view->operation()->userId() != user.id())
            continue;
        // This user's dialog is still being filled in (or its reset runs): that one, not a second.
        if (ResetPasswordDialog *dialog = view->dialog(); dialog && dialog->isVisible()) {
            dialog->raise();
            dialog->activateWindow();
            return dialog;
        }
        if (view->awaitsHandover())
            earlier = view;
    }
    auto *operation = new ResetOperation(m_session->graph(), m_session->auth(), m_session->admin(), m_session->auditLog(),
                                         user.id());
    operation->runner()->setPollPolicy(m_pollPolicy);
    auto *view = new SingleResetView(operation, this, m_window);
    connect(view, &SingleResetView::changeOwnPasswordRequested, this, &ResetFlow::changeOwnPasswordRequested);
    m_latest = view;
    operation->loadContact(known);
    return view->open(user, action, earlier);
}

ResetPasswordDialog *ResetFlow::dialog() const
{
    return m_latest ? m_latest->dialog() : nullptr;
}

ResetResultDialog *ResetFlow::resultDialog() const
{
    return m_latest ? m_latest->resultDialog() : nullptr;
}

void ResetFlow::onPasswordSet(SingleResetView *view)
{
    const QString userId = view->operation()->userId();
    for (SingleResetView *other : views()) {
        if (other != view && other->operation()->userId() == userId)
            other->supersede();
    }
    ResetOutcome withoutPassword = view->operation()->outcome();
    withoutPassword.password = SecretString();
    Q_EMIT passwordReset(withoutPassword);
}

PrintSlipsDialog *ResetFlow::printSlips(const QList<HandoverItem> &items, QWidget *parent)
{
    auto *dialog = new PrintSlipsDialog(items, parent ? parent : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIssuer(m_session->admin().displayName);
    // Slips for users without a language of their own follow the app's language.
    dialog->setFallbackLanguage(QLocale().name().section(u'_', 0, 0));
    m_print = dialog;
    dialog->open();
    return dialog;
}

EmailPasswordsDialog *ResetFlow::emailPasswords(const QList<HandoverItem> &items, QWidget *parent)
{
    auto *handover = new MailHandover(m_session->graph(), m_session->auth(), m_session->auditLog());
    auto *dialog = new EmailPasswordsDialog(items, m_session->admin(), handover, parent ? parent : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_email = dialog;
    dialog->open();
    return dialog;
}
