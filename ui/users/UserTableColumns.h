// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QTableView;

/**
 * The user table's columns as the admin arranges them: a menu (the header's context menu) to show
 * or hide each column but the checkbox and the name, and the widths and hidden columns kept in
 * QSettings between runs. Changes the table makes itself (a new list, the first widths) are not
 * taken for the admin's.
 */
class UserTableColumns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableColumns)
public:
    explicit UserTableColumns(QTableView *table);

    /** Where the column settings are kept. */
    static QString settingsGroup();
    QMenu *menu() const { return m_menu; }

    /** The table is about to get another list (or none): its columns come and go by themselves. */
    void beginModelChange();
    /** The table has its list (@p hasModel) or none: the first list gets the saved arrangement. */
    void endModelChange(bool hasModel);
    void retranslate();

private:
    void buildMenu();
    void setColumnHidden(int column, bool hidden);
    void setUp();
    void restore();
    void save() const;

    QTableView *m_table;
    QMenu *m_menu;
    bool m_restoring = false;
    bool m_setUp = false;
};
