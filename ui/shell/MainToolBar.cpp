// SPDX-License-Identifier: MIT
#include "ui/shell/MainToolBar.h"

#include "directory/UserSelection.h"
#include "ui/bulk/BulkResetFlow.h"
#include "ui/bulk/BulkRunDialog.h"
#include "ui/reset/ResetFlow.h"
#include "ui/reset/ResetResultDialog.h"
#include "ui/users/UsersPage.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QToolButton>
#include <QWindow>

using namespace Qt::Literals::StringLiterals;

MainToolBar::MainToolBar(
    UsersPage *page, QAction *resetSelected, ResetFlow *single, BulkResetFlow *bulk, QWidget *parent)
    : QToolBar(parent)
    , m_page(page)
    , m_resetSelectedSource(resetSelected)
    , m_single(single)
    , m_bulk(bulk)
{
    setObjectName(u"toolBarMain"_s);
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reset = addMainAction("toolResetPassword", u"dialog-password"_s, page->resetAction());
    m_resetSelected = addMainAction("toolResetSelected", u"system-users"_s, resetSelected);
    m_print = addMainAction("toolPrintSlips", u"document-print"_s, nullptr);
    addSeparator();
    m_refresh = addMainAction("toolRefresh", u"view-refresh"_s, page->refreshAction());
    m_search = addMainAction("toolSearch", u"edit-find"_s, page->findAction());

    connect(m_print, &QAction::triggered, this, &MainToolBar::printSlips);
    connect(page->selection(), &UserSelection::changed, this, &MainToolBar::updateResetSelected);
    connect(resetSelected, &QAction::enabledChanged, this, &MainToolBar::updateResetSelected);
    // A result window opening or closing moves the focus between windows: the moment the
    // admin can next reach this toolbar.
    connect(qGuiApp, &QGuiApplication::focusWindowChanged, this, &MainToolBar::updatePrint);
    updatePrint();
    retranslate();
}

QAction *MainToolBar::addMainAction(const char *objectName, const QString &iconName, QAction *source)
{
    // The desktop's icon theme first, so the toolbar looks native; the bundled icon where it has none.
    auto *action = addAction(
        QIcon::fromTheme(iconName, QIcon(u":/icons/toolbar/"_s + iconName + u".svg"_s)), QString());
    action->setObjectName(QLatin1StringView(objectName));
    if (source) {
        action->setEnabled(source->isEnabled());
        connect(source, &QAction::enabledChanged, action, &QAction::setEnabled);
        connect(action, &QAction::triggered, source, &QAction::trigger);
    }
    widgetForAction(action)->setFocusPolicy(Qt::TabFocus);
    return action;
}

void MainToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void MainToolBar::retranslate()
{
    setWindowTitle(tr("Main actions"));
    m_reset->setText(tr("Reset password…"));
    m_reset->setToolTip(tr("Reset the password of the user chosen in the list (Ctrl+R)"));
    m_print->setText(tr("Print slips…"));
    m_print->setToolTip(tr("Print password slips for the passwords a reset just set"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the user list again (F5)"));
    m_search->setText(tr("Search"));
    m_search->setToolTip(tr("Search the user list by name, username or email (Ctrl+F)"));
    updateResetSelected();
}

void MainToolBar::updateResetSelected()
{
    const int count = int(m_page->selection()->count());
    m_resetSelected->setText(tr("Reset selected users (%n)", nullptr, count));
    m_resetSelected->setToolTip(tr("Reset the passwords of the ticked users (Ctrl+Shift+B)"));
    m_resetSelected->setEnabled(count > 0 && m_resetSelectedSource->isEnabled());
}

void MainToolBar::updatePrint()
{
    const BulkRunDialog *run = m_bulk ? m_bulk->runDialog() : nullptr;
    const ResetResultDialog *result = m_single ? m_single->resultDialog() : nullptr;
    m_print->setEnabled((run && run->canPrintSlips()) || (result && result->holdsPassword()));
}

void MainToolBar::printSlips()
{
    // The run window's slips when a run has ended with passwords, else the single reset's.
    if (BulkRunDialog *run = m_bulk ? m_bulk->runDialog() : nullptr; run && run->canPrintSlips())
        run->requestPrint();
    else if (ResetResultDialog *result = m_single ? m_single->resultDialog() : nullptr)
        result->requestPrint();
    updatePrint();
}
