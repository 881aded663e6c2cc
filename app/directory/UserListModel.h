// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "directory/RoleHolders.h"
#include "directory/UserSearchKeys.h"
#include "directory/UserSelection.h"
#include "directory/PasswordPolicies.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

/**
 * The directory's users as a flat table: one row per user in load order, one column per fact
 * that matters for a password reset. Rows arrive a page at a time (appendUsers), a refresh
 * applies a delta; roles and self-service registration come from separate calls and are kept
 * by user id, so they also apply to users whose page arrives later. The checkbox column reads
 * and writes a UserSelection (ids, not rows).
 */
class UserListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)
public:
    enum Column {
        Selected,
        DisplayName,
        UserPrincipalName,
        Licensed,
        SignInAllowed,
        AdminRoles,
        Synced,
        PasswordPolicies,
        LastPasswordChange,
        MustChange,
        AlternateEmail,
        SelfServiceRegistered,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** Raw value for sorting: QString, bool, int, qint64 (ms since epoch) per column. */
        SortValueRole = Qt::UserRole + 1,
        UserIdRole,
        /** True on the signed-in admin's own row. */
        IsSelfRole,
    };

    /** Registration state of the whole report, not of one user. */
    enum class RegistrationReport { NotLoaded, Loaded, Unavailable };

    explicit UserListModel(QObject *parent = nullptr);
    ~UserListModel() override;

    void setSelection(UserSelection *selection);
    UserSelection *selection() const { return m_selection; }
    /** The signed-in admin: marked on its row, never added to the selection by bulk operations. */
    void setSelfId(const QString &id);
    const QString &selfId() const { return m_selfId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** The header text of @p column, also for views that name columns before they have a list. */
    static QString columnTitle(int column);

    /** Drops every user (a new full load), keeping roles and registration until replaced. */
    void clear();
    /**
     * Makes room for @p users rows ahead of a load that is known to bring that many, so the
     * table and its id index do not grow (and rehash 100,000 ids) in the middle of it.
     */
    void reserve(int users);
    /** A page of a full load: inserted at the end in one step. Users already present are updated. */
    void appendUsers(const QList<DirectoryUser> &users);
    /** A delta round: changed or new users, and users that were deleted. */
    void applyDelta(const QList<DirectoryUser> &changed, const QStringList &removedIds);
    /**
     * Users a server-side search found while the full load is under way. Only users the list does
     * not have yet are added: a loaded row is fresher than the search index, which lags writes
     * (advanced queries are only eventually consistent). They stay unconfirmed until their page of
     * the load arrives and updates them in place. Returns how many were added.
     */
    int addSearchMatches(const QList<DirectoryUser> &users);
    bool isUnconfirmed(const QString &id) const { return m_unconfirmed.contains(id); }
    /** After a complete full load: removes the users only a search reported (the index lags deletions too). */
    void dropUnconfirmed();
    /**
     * Who holds which role (UserDirectoryLoader: direct and through role-assignable groups);
     * replaces all roles and group memberships.
     */
    void setRoleHolders(const RoleHolders &holders);
    /** As setRoleHolders() with roles only: nobody a member of a role-assignable group. */
    void setRoles(const QHash<QString, QStringList> &roleTemplateIdsByUser);
    bool rolesKnown() const { return m_rolesKnown; }
    /** Names of the role-assignable groups (holding a role) @p userId is a member of. */
    QStringList roleGroupsOf(const QString &userId) const { return m_roleGroups.value(userId); }
    /** Role-assignable groups whose members could not be read: some roles are missing. */
    int unreadRoleGroups() const { return m_unreadRoleGroups; }
    /** isSsprRegistered per user id from userRegistrationDetails; users not listed stay unknown. */
    void setRegistration(const QHash<QString, bool> &registeredByUser);
    /** The tenant does not allow the report (no licence, no permission): the column says so. */
    void setRegistrationUnavailable();
    RegistrationReport registrationReport() const { return m_registrationReport; }
    /** After a complete full load: drops selected ids of users that no longer exist. */
    void dropMissingFromSelection();
    /**
     * What ResetDesk set for @p id, for the rows of pages that do not say (passwordProfile not
     * returned); Graph's own value always wins.
     */
    void setMustChangeAtNextSignIn(const QString &id, bool mustChange);
    /**
     * Passwords ResetDesk set and Graph confirmed, shown in place at once (must change at next
     * sign-in as the reset asked, last password change @p when), so the list needs no reload and
     * keeps its selection. Users not listed are left alone: their page is Graph's own answer.
     */
    void recordPasswordsSet(const QStringList &ids, bool mustChange, const QDateTime &when);
    /** passwordPolicies Graph confirmed, per user id, shown in place as recordPasswordsSet() does. */
    void recordPasswordPolicies(const QHash<QString, ::PasswordPolicies> &policiesById);

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    /** Only valid for 0 <= row < rowCount(). */
    const DirectoryUser &userAt(int row) const { return m_users.at(row); }
    const QList<DirectoryUser> &users() const { return m_users; }
    /** The search keys of the rows, in row order. */
    const UserSearchKeys &searchKeys() const { return m_searchKeys; }
    bool isSelf(int row) const { return !m_selfId.isEmpty() && m_users.at(row).id() == m_selfId; }
    /**
     * While dataChanged is being emitted over a range of rows: the rows in it that really
     * changed, ascending; empty when every row of the range did, and between signals. A
     * night's delta touches a few users spread over the whole list: one signal for them keeps
     * the view to one update, and this keeps a sorted view from re-placing every row between.
     */
    const QList<int> &rowsInChange() const { return m_rowsInChange; }

    /** Localised names of the roles held, e.g. "Global Administrator". */
    static QStringList roleNames(const DirectoryUser &user);
    static QString roleName(const QString &templateId);

private:
    QVariant displayValue(const DirectoryUser &user, int column, bool self) const;
    QVariant sortValue(const DirectoryUser &user, int column) const;
    QVariant toolTip(const DirectoryUser &user, int column, bool self) const;
    /**
     * Carries the facts that do not come with the user object over to @p user: from the row it
     * replaces (@p previous), else from what was stored by id before its page arrived.
     */
    void decorate(DirectoryUser &user, const DirectoryUser *previous);
    /** Inserts new users at the end and updates known ones in place. */
    void upsert(const QList<DirectoryUser> &users);
    void emitColumnChanged(int column, const QList<int> &roles);
    /** One dataChanged over the span of @p rows (nothing when empty) and the columns given; see rowsInChange(). */
    void emitRowsChanged(QList<int> rows, int leftColumn, int rightColumn, const QList<int> &roles = {});
    void onSelectionChanged();

    QList<DirectoryUser> m_users;
    /** See rowsInChange(). */
    QList<int> m_rowsInChange;
    UserSearchKeys m_searchKeys;
    QHash<QString, int> m_rowById;
    QHash<QString, quint32> m_roleMasks;
    /** Only members of role-assignable groups: a few entries in any tenant. */
    QHash<QString, QStringList> m_roleGroups;
    int m_unreadRoleGroups = 0;
    /** Registration of users whose page has not arrived yet; applied and dropped on arrival. */
    QHash<QString, bool> m_pendingRegistration;
    QHash<QString, bool> m_mustChange;
    /** Ids added by addSearchMatches() whose page of the load has not arrived. */
    QSet<QString> m_unconfirmed;
    QPointer<UserSelection> m_selection;
    QString m_selfId;
    bool m_rolesKnown = false;
    RegistrationReport m_registrationReport = RegistrationReport::NotLoaded;
};
