// SPDX-License-Identifier: MIT
#include "ui/reset/ResetFlow.h"

#include "reset/ResetOperation.h"
#include "session/ConsoleSession.h"
#include "ui/handover/HandoverDialogs.h"
#include "ui/reset/SingleResetView.h"
#include "ui/widgets/SecretClipboard.h"

ResetFlow::ResetFlow(ConsoleSession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_clipboard(new SecretClipboard(session->clock(), this))
    , m_handover(new HandoverDialogs(session, window, this))
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
    auto *view
        = new SingleResetView(operation, m_session->admin(), m_clipboard, m_handover, m_session->clock(), m_window);
    view->setParent(this);
    connect(view, &SingleResetView::changeOwnPasswordRequested, this, &ResetFlow::changeOwnPasswordRequested);
    connect(view, &SingleResetView::passwordSet, this, [this, view] { onPasswordSet(view); });
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
