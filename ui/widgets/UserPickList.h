// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class UserPickList;
}
class QCompleter;
class QLineEdit;
class QListWidget;

/**
 * A list of users picked from the loaded directory (the incident preset's exclusions): a search
 * field that suggests "Name (user name)" as the admin types (contains-match, so any part of a
 * name or user name will do), Add, and the picked users with Remove (or Delete). Enter in the
 * search field adds the user instead of pressing the dialog's default button.
 *
 * Holds user ids only. An id that is not among the loaded users stays listed, marked as such,
 * so the admin can see and remove it.
 */
class UserPickList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPickList)
public:
    explicit UserPickList(QWidget *parent = nullptr);
    ~UserPickList() override;

    /** The users to pick from (100,000 are fine: one suggestion list, one lookup table). */
    void setUsers(const QList<DirectoryUser> &users);
    /** Replaces the picked users; emits nothing. */
    void setUserIds(const QStringList &ids);
    QStringList userIds() const { return m_ids; }

    /** Adds the user the search field names (a suggestion, a user name or an object id). */
    bool addTyped();
    void removeSelected();

    QLineEdit *searchField() const;

Q_SIGNALS:
    /** The admin added or removed users. */
    void userIdsChanged(const QStringList &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString labelFor(const QString &userId) const;
    void addItem(const QString &userId);
    void relabel();
    void updateButtons();

    const std::unique_ptr<Ui::UserPickList> m_ui;
    QList<DirectoryUser> m_users;
    /** Suggestion text, lower-case user name and lower-case id -> index in m_users. */
    QHash<QString, int> m_lookup;
    QStringList m_ids;
    QCompleter *m_completer;
};
