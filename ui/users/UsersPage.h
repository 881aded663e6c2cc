// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "directory/UserDetailsLoader.h"
#include "graph/GraphError.h"
#include "reset/ResetRequest.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class UsersPage;
}
class AuthSession;
class PaintThrottle;
class QAction;
class QMenu;
class QTableView;
class UserDirectory;
class UserDirectoryLoader;
class UserFilterProxyModel;
class UserListModel;
class UserSelection;
class UserDetailsPane;
class UserTableColumns;
class UsersPageRegistration;
class UsersPageSearch;

/**
 * Users › Active users: the directory's users in a sortable, searchable table with a checkbox
 * column for bulk selection (kept as ids by UserSelection), quick filters, a loading indicator
 * with cancel, refresh by delta (F5), and a details pane for the current user whose contact
 * facts are read on demand through UserDetailsLoader. The list, its loaders and its search are
 * a UserDirectory's, made by the session; the page binds its widgets to them.
 */
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    explicit UsersPage(QWidget *parent = nullptr);
    ~UsersPage() override;

    /**
     * The users the page shows and reads (the session's); without a directory the list is empty
     * and loading does nothing. The directory must outlive the page or be unset first.
     */
    void setDirectory(UserDirectory *directory);
    UserDirectory *directory() const;
    /**
     * The session that signs the Graph client in, for asking consent to permissions the list can
     * use (the registration report); without one, consent is never offered.
     */
    void setAuthSession(AuthSession *auth);
    /** The signed-in admin: marked in the list and never added by select all or invert. */
    void setSelfId(const QString &id);

    /** A full load (cancels one under way). */
    void load();
    /** Only what changed since the last load (F5); a full load when there was none. */
    void refresh();
    void cancelLoad();
    /** Forgets every user and the selection (sign-out). */
    void clear();
    /** Whether a full load has completed since the last clear(). */
    bool hasLoaded() const { return m_loaded; }

    void selectAllShown();
    void clearSelection();
    void invertSelectionShown();

    /** The directory's list, loader and search (null without a directory). */
    UserListModel *model() const { return m_model; }
    UserFilterProxyModel *proxy() const { return m_proxy; }
    UserSelection *selection() const { return m_selection; }
    UserDirectoryLoader *loader() const { return m_loader; }
    /** What the page says of the directory search while the list loads, and of the registration report. */
    UsersPageSearch *search() const { return m_search; }
    UsersPageRegistration *registration() const { return m_registration; }
    QTableView *table() const;
    /** The menu the table header shows: one checkable action per column that can be hidden. */
    QMenu *columnsMenu() const;
    QAction *selectionPoliciesAction() const { return m_actionSelectionPolicies; }
    /** Reset password… for the current user (Ctrl+R). */
    QAction *resetAction() const { return m_actionReset; }
    /** Reload the list (F5). */
    QAction *refreshAction() const { return m_actionRefresh; }
    /** Into the search field (Ctrl+F). */
    QAction *findAction() const { return m_actionFind; }
    /** The ticked users, in list order. */
    QList<DirectoryUser> selectedUsers() const;
    /** The user the details pane shows (invalid when none). */
    DirectoryUser currentUser() const;
    /** The contact details the pane has read for @p userId, or empty ones when it has none. */
    UserContactDetails contactDetails(const QString &userId) const;
    /** Makes @p userId the current row (and the details pane's user); false when not listed. */
    bool showUser(const QString &userId);

    /** The QSettings group column choices are saved under. */
    static QString settingsGroup();

Q_SIGNALS:
    /** Reset password / Resend password for the current user, from the pane, menu or shortcut. */
    void resetRequested(const DirectoryUser &user, ResetRequest::Action action);
    /** "Password never expires" / "Allow weak passwords" for the current user or the ticked ones. */
    void policiesRequested(const QList<DirectoryUser> &users);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitDetailsPane();
    void retranslate();
    void updateCounts();
    void updateLoading();
    void onLoadStarted(bool full);
    void onLoadFinished(const GraphError &error);
    /** Brings the rows the proxy holds back during a load into view when the table may show them. */
    void showHeldRows();
    void onCurrentChanged();
    void showDetails();
    /** Handles a click on the checkbox column: toggle, or with Shift the range from the anchor. */
    bool checkboxClicked(const QModelIndex &index, Qt::KeyboardModifiers modifiers);
    void toggleCurrent();
    void requestReset(ResetRequest::Action action);
    /** Default widths, then the admin's saved columns: once the table has its columns. */

    const std::unique_ptr<Ui::UsersPage> m_ui;
    UserSelection *m_selection;
    UserFilterProxyModel *m_proxy;
    QPointer<UserDirectory> m_directory;
    // The directory's objects while it is set (unset when it goes).
    UserListModel *m_model = nullptr;
    UserDirectoryLoader *m_loader = nullptr;
    UserDetailsLoader *m_detailsLoader = nullptr;
    UsersPageSearch *m_search = nullptr;
    UsersPageRegistration *m_registration = nullptr;
    /**
     * Hold the table's and the progress row's repaints back while a load changes them many
     * times a second (the progress bar alone costs about a millisecond per paint).
     */
    PaintThrottle *m_paintThrottle = nullptr;
    PaintThrottle *m_statusThrottle = nullptr;
    UserTableColumns *m_columns;
    QAction *m_actionRefresh;
    QAction *m_actionFind;
    QAction *m_actionSelectAll;
    QAction *m_actionClearSelection;
    QAction *m_actionInvertSelection;
    QAction *m_actionReset;
    QAction *m_actionResend;
    QAction *m_actionPolicies;
    QAction *m_actionSelectionPolicies;
    /** Last checkbox clicked without Shift: one end of a shift-click range (an id: rows move). */
    QString m_anchorId;
    QPersistentModelIndex m_pressedCheckbox;
    /** The user the details pane shows, and their contact details once read. */
    std::unique_ptr<UserDetailsPane> m_details;
    GraphError m_loadError;
    int m_received = 0;
    /** How many users the directory says it has (0: not known), for the progress bar. */
    int m_expected = 0;
    bool m_loadFull = true;
    bool m_loaded = false;
};
