// SPDX-License-Identifier: MIT
#include "ui/handover/HandoverDialogs.h"

#include "delivery/MailHandover.h"
#include "session/ConsoleSession.h"

#include <QLocale>
#include <QWidget>

HandoverDialogs::HandoverDialogs(ConsoleSession *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
{
}

PrintSlipsDialog *HandoverDialogs::printSlips(const QList<HandoverItem> &items, QWidget *parent)
{
    auto *dialog = new PrintSlipsDialog(items, parent ? parent : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setIssuer(m_session->admin().displayName);
    dialog->setOrganisation(m_session->currentOrganisation().name);
    // Slips for users without a language of their own follow the app's language.
    dialog->setFallbackLanguage(QLocale().name().section(u'_', 0, 0));
    m_print = dialog;
    dialog->open();
    return dialog;
}

EmailPasswordsDialog *HandoverDialogs::emailPasswords(const QList<HandoverItem> &items, QWidget *parent)
{
    auto *handover = new MailHandover(m_session->graph(), m_session->auth(), m_session->auditLog());
    auto *dialog = new EmailPasswordsDialog(items, m_session->admin(), handover, parent ? parent : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_email = dialog;
    dialog->open();
    return dialog;
}
