// SPDX-License-Identifier: MIT
#pragma once

#include <QToolBar>

class BulkResetFlow;
class QAction;
class ResetFlow;
class UsersPage;

/**
 * The main actions in sight, with icon and text: Reset password…, Reset selected users (N),
 * Print slips…, Refresh and Search. Each does what its menu item or shortcut does; its buttons
 * take the keyboard focus with Tab, so they are reached without a mouse as well.
 */
class MainToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainToolBar)
public:
    /** @p resetSelected: the Reset menu's action for the ticked users. */
    MainToolBar(UsersPage *page, QAction *resetSelected, ResetFlow *single, BulkResetFlow *bulk,
        QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addMainAction(const char *objectName, const QString &iconName, QAction *source);
    void retranslate();
    void updateResetSelected();
    /** Enables Print slips… while a result on screen holds passwords to print. */
    void updatePrint();
    void printSlips();

    UsersPage *m_page;
    QAction *m_resetSelectedSource;
    ResetFlow *m_single;
    BulkResetFlow *m_bulk;
    QAction *m_reset;
    QAction *m_resetSelected;
    QAction *m_print;
    QAction *m_refresh;
    QAction *m_search;
};
