// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class BulkResetFlow;
class QAction;
class QMenu;
class QWidget;

/**
 * The two ways into incident containment: Reset › Contain an incident… (everyone but the admin
 * and the remembered exclusions) and the user list's context menu entry for the ticked users.
 * Both are enabled exactly when the other bulk resets are.
 */
class ContainmentActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainmentActions)
public:
    /**
     * Adds the menu entry to @p menu right after @p sibling (the other incident entry) and the
     * other to @p userTable's context menu; both follow @p sibling's enabled state.
     */
    ContainmentActions(BulkResetFlow *flow, QMenu *menu, QAction *sibling, QWidget *userTable);

    QAction *everyoneAction() const { return m_everyone; }
    QAction *selectedAction() const { return m_selected; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QMenu *m_menu;
    QAction *m_everyone;
    QAction *m_selected;
};
