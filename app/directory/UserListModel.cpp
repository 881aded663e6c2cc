// SPDX-License-Identifier: MIT
#include "directory/UserListModel.h"

#include "directory/RoleNames.h"
#include "directory/RoleTemplates.h"
#include "directory/UserSelection.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/** checkIndex() without its warnings: views and the model tester ask about invalid indexes. */
bool isRowIndexOf(const QAbstractItemModel *model, const QModelIndex &index, qsizetype rows)
{
    return index.isValid() && index.model() == model && index.row() < rows
        && index.column() < UserListModel::ColumnCount;
}

} // namespace

UserListModel::UserListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

UserListModel::~UserListModel() = default;

void UserListModel::setSelection(UserSelection *selection)
{
    if (m_selection == selection)
        return;
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection) {
        m_selection->setSelfId(m_selfId);
        connect(m_selection, &UserSelection::changed, this, &UserListModel::onSelectionChanged);
    }
    onSelectionChanged();
}

void UserListModel::setSelfId(const QString &id)
{
    if (m_selfId == id)
        return;
    const int oldRow = rowOf(m_selfId);
    m_selfId = id;
    if (m_selection)
        m_selection->setSelfId(id);
    for (const int row : {oldRow, rowOf(id)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndexOf(this, index, m_users.size()))
        return {};
    const DirectoryUser &user = m_users.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(user, column, isSelf(index.row()));
    case Qt::CheckStateRole:
        if (column == Selected)
            return (m_selection && m_selection->isSelected(user.id())) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return toolTip(user, column, isSelf(index.row()));
    case Qt::AccessibleTextRole:
        // The tick box shows no text; a screen reader says whom it selects.
        if (column == Selected)
            //: Name of a user's tick box in the user list, read by screen readers
            return tr("Select %1").arg(user.displayName());
        return {};
    case SortValueRole:
        return sortValue(user, column);
    case UserIdRole:
        return user.id();
    case IsSelfRole:
        return isSelf(index.row());
    default:
        return {};
    }
}

bool UserListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isRowIndexOf(this, index, m_users.size()))
        return false;
    if (index.column() != Selected || role != Qt::CheckStateRole || !m_selection)
        return false;
    // The selection's changed() signal repaints the column.
    m_selection->setSelected(m_users.at(index.row()).id(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags UserListModel::flags(const QModelIndex &index) const
{
    if (!isRowIndexOf(this, index, m_users.size()))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Selected && m_selection)
        result |= Qt::ItemIsUserCheckable;
    return result;
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::AccessibleTextRole && section == Selected)
        //: Name of the user list's tick-box column, read by screen readers
        return tr("Selected");
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Selected:
            return tr("Tick users for a bulk action");
        case Synced:
            return tr("Synchronised from on-premises Active Directory");
        case MustChange:
            return tr("The user must choose a new password at the next sign-in");
        case SelfServiceRegistered:
            return tr("Registered for self-service password reset");
        default:
            return {};
        }
    }
    return {};
}

QString UserListModel::columnTitle(int column)
{
    switch (column) {
    case Selected:
        return QString();
    case DisplayName:
        return tr("Display name");
    //: Column header: the user principal name (sign-in name)
    case UserPrincipalName:
        return tr("User name");
    case Licensed:
        return tr("Licensed");
    case SignInAllowed:
        return tr("Sign-in allowed");
    case AdminRoles:
        return tr("Admin roles");
    //: Column header: synchronised from on-premises Active Directory
    case Synced:
        return tr("Synced");
    case PasswordPolicies:
        return tr("Password policies");
    case LastPasswordChange:
        return tr("Last password change");
    case MustChange:
        return tr("Must change password");
    case AlternateEmail:
        return tr("Alternate email");
    case SelfServiceRegistered:
        return tr("Self-service reset registered");
    }
    return {};
}

QVariant UserListModel::displayValue(const DirectoryUser &user, int column, bool self) const
{
    const auto yesNo = [](bool value) { return value ? tr("Yes") : tr("No"); };
    const auto triState = [](DirectoryUser::TriState state) {
        switch (state) {
        case DirectoryUser::TriState::Yes:
            return tr("Yes");
        case DirectoryUser::TriState::No:
            return tr("No");
        case DirectoryUser::TriState::Unknown:
            break;
        }
        return QString();
    };
    switch (column) {
    case Selected:
        return {};
    case DisplayName:
        //: Marks the signed-in admin's own row in the user list; %1 is the display name
        return self ? tr("%1 (you)").arg(user.displayName()) : user.displayName();
    case UserPrincipalName:
        return user.userPrincipalName();
    case Licensed:
        return yesNo(user.isLicensed());
    case SignInAllowed:
        return yesNo(user.isAccountEnabled());
    case AdminRoles:
        return m_rolesKnown ? QLocale().createSeparatedList(roleNames(user)) : QString();
    case Synced:
        return yesNo(user.isSynced());
    case PasswordPolicies: {
        QStringList policies;
        if (user.passwordNeverExpires())
            policies.append(tr("Never expires"));
        if (user.weakPasswordAllowed())
            policies.append(tr("Weak allowed"));
        return QLocale().createSeparatedList(policies);
    }
    case LastPasswordChange:
        return user.lastPasswordChangeMSecs() == 0
            ? QString()
            : QLocale().toString(user.lastPasswordChange().toLocalTime().date(), QLocale::ShortFormat);
    case MustChange:
        return triState(user.mustChangeAtNextSignIn());
    case AlternateEmail:
        return yesNo(user.hasAlternateEmail());
    case SelfServiceRegistered:
        if (m_registrationReport == RegistrationReport::Unavailable)
            //: The tenant does not allow the registration report (licence or permission)
            return tr("Unavailable");
        return triState(user.selfServiceRegistered());
    }
    return {};
}

QVariant UserListModel::sortValue(const DirectoryUser &user, int column) const
{
    switch (column) {
    case Selected:
        return bool(m_selection && m_selection->isSelected(user.id()));
    case DisplayName:
        return user.displayName();
    case UserPrincipalName:
        return user.userPrincipalName();
    case Licensed:
        return user.isLicensed();
    case SignInAllowed:
        return user.isAccountEnabled();
    case AdminRoles:
        return user.roleCount();
    case Synced:
        return user.isSynced();
    case PasswordPolicies:
        return (user.passwordNeverExpires() ? 1 : 0) + (user.weakPasswordAllowed() ? 2 : 0);
    case LastPasswordChange:
        return user.lastPasswordChangeMSecs();
    case MustChange:
        return int(user.mustChangeAtNextSignIn());
    case AlternateEmail:
        return user.hasAlternateEmail();
    case SelfServiceRegistered:
        return int(user.selfServiceRegistered());
    }
    return {};
}

QVariant UserListModel::toolTip(const DirectoryUser &user, int column, bool self) const
{
    if (self && (column == DisplayName || column == Selected))
        return tr("This is you: the account ResetDesk is signed in with. Select all never includes it.");
    if (column == DisplayName || column == UserPrincipalName)
        return user.mail().isEmpty() ? user.userPrincipalName() : user.mail();
    if (column == AdminRoles && user.isAdmin()) {
        QStringList lines = roleNames(user);
        const QStringList groups = roleGroupsOf(user.id());
        if (!groups.isEmpty())
            lines.append(tr("Member of the role-assignable group %1", nullptr, int(groups.size()))
                             .arg(QLocale().createSeparatedList(groups)));
        return lines.join(u'\n');
    }
    if (column == LastPasswordChange && user.lastPasswordChangeMSecs() != 0)
        return QLocale().toString(user.lastPasswordChange().toLocalTime(), QLocale::LongFormat);
    return {};
}

QStringList UserListModel::roleNames(const DirectoryUser &user)
{
    QStringList names;
    for (const QString &id : user.roleTemplateIds())
        names.append(roleName(id));
    if (user.hasOtherRole())
        names.append(tr("Other role"));
    return names;
}

QString UserListModel::roleName(const QString &templateId)
{
    const QString name = RoleNames::name(templateId);
    return name.isEmpty() ? tr("Other role") : name;
}

void UserListModel::clear()
{
    m_unconfirmed.clear();
    if (m_users.isEmpty())
        return;
    beginResetModel();
    m_users.clear();
    m_rowById.clear();
    m_searchKeys.clear();
    endResetModel();
}

void UserListModel::decorate(DirectoryUser &user, const DirectoryUser *previous)
{
    user.setRoleMask(m_roleMasks.value(user.id(), 0));
    if (previous) {
        user.setSelfServiceRegistered(previous->selfServiceRegistered());
    } else if (!m_pendingRegistration.isEmpty()) {
        const auto it = m_pendingRegistration.constFind(user.id());
        if (it != m_pendingRegistration.constEnd()) {
            user.setSelfServiceRegistered(
                it.value() ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No);
            m_pendingRegistration.erase(it);
        }
    }
    // Graph's passwordProfile decides; only a page without it keeps what was known before.
    if (user.mustChangeAtNextSignIn() != DirectoryUser::TriState::Unknown)
        return;
    if (previous) {
        user.setMustChangeAtNextSignIn(previous->mustChangeAtNextSignIn());
    } else if (!m_mustChange.isEmpty()) {
        const auto it = m_mustChange.constFind(user.id());
        if (it != m_mustChange.constEnd())
            user.setMustChangeAtNextSignIn(
                it.value() ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No);
    }
}

void UserListModel::reserve(int users)
{
    if (users <= m_users.size())
        return;
    m_users.reserve(users);
    m_rowById.reserve(users);
    m_searchKeys.reserve(users);
}

void UserListModel::upsert(const QList<DirectoryUser> &users)
{
    const int firstNew = int(m_users.size());
    QList<DirectoryUser> fresh;
    fresh.reserve(users.size());
    QList<int> changedRows;
    m_rowById.reserve(m_users.size() + users.size());
    for (const DirectoryUser &incoming : users) {
        if (!incoming.isValid())
            continue;
        if (!m_unconfirmed.isEmpty())
            m_unconfirmed.remove(incoming.id());
        const int row = m_rowById.value(incoming.id(), -1);
        if (row >= 0 && row < firstNew) {
            DirectoryUser user = incoming;
            decorate(user, &m_users.at(row));
            m_searchKeys.replace(row, user);
            m_users[row] = std::move(user);
            changedRows.append(row);
        } else if (row >= firstNew) {
            // The same id twice in one batch: the later copy wins.
            DirectoryUser user = incoming;
            decorate(user, &fresh.at(row - firstNew));
            fresh[row - firstNew] = std::move(user);
        } else {
            m_rowById.insert(incoming.id(), firstNew + int(fresh.size()));
            fresh.append(incoming);
            decorate(fresh.last(), nullptr);
        }
    }
    emitRowsChanged(std::move(changedRows), 0, ColumnCount - 1);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, firstNew, firstNew + int(fresh.size()) - 1);
    for (const DirectoryUser &user : std::as_const(fresh))
        m_searchKeys.append(user);
    m_users.append(std::move(fresh));
    endInsertRows();
}

void UserListModel::appendUsers(const QList<DirectoryUser> &users)
{
    upsert(users);
}

void UserListModel::applyDelta(const QList<DirectoryUser> &changed, const QStringList &removedIds)
{
    QList<int> rows;
    rows.reserve(removedIds.size());
    for (const QString &id : removedIds) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (!rows.isEmpty()) {
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        // Contiguous runs from the bottom up, so the rows above stay where they are.
        qsizetype i = 0;
        while (i < rows.size()) {
            const int last = rows.at(i);
            int first = last;
            while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
                ++i;
                --first;
            }
            ++i;
            beginRemoveRows({}, first, last);
            for (int row = first; row <= last; ++row)
                m_rowById.remove(m_users.at(row).id());
            m_users.remove(first, last - first + 1);
            m_searchKeys.remove(first, last - first + 1);
            endRemoveRows();
        }
        for (int row = rows.last(); row < m_users.size(); ++row)
            m_rowById.insert(m_users.at(row).id(), row);
    }
    if (m_selection && !removedIds.isEmpty())
        m_selection->remove(removedIds);
    if (!m_unconfirmed.isEmpty()) {
        for (const QString &id : removedIds)
            m_unconfirmed.remove(id);
    }
    upsert(changed);
}

int UserListModel::addSearchMatches(const QList<DirectoryUser> &users)
{
    QList<DirectoryUser> fresh;
    QSet<QString> freshIds;
    for (const DirectoryUser &user : users) {
        if (user.isValid() && !m_rowById.contains(user.id()) && !freshIds.contains(user.id())) {
            freshIds.insert(user.id());
            fresh.append(user);
        }
    }
    upsert(fresh);
    m_unconfirmed.unite(freshIds);
    return int(fresh.size());
}

void UserListModel::dropUnconfirmed()
{
    if (m_unconfirmed.isEmpty())
        return;
    const QStringList ids(m_unconfirmed.cbegin(), m_unconfirmed.cend());
    applyDelta({}, ids);
    m_unconfirmed.clear();
}

void UserListModel::setRoles(const QHash<QString, QStringList> &roleTemplateIdsByUser)
{
    RoleHolders holders;
    holders.roleTemplateIdsByUser = roleTemplateIdsByUser;
    setRoleHolders(holders);
}

void UserListModel::setRoleHolders(const RoleHolders &holders)
{
    m_roleMasks.clear();
    for (auto it = holders.roleTemplateIdsByUser.cbegin(); it != holders.roleTemplateIdsByUser.cend(); ++it) {
        const quint32 mask = DirectoryUser::roleMask(it.value());
        if (mask != 0)
            m_roleMasks.insert(it.key(), mask);
    }
    m_roleGroups = holders.roleGroupsByUser;
    for (auto it = m_roleGroups.cbegin(); it != m_roleGroups.cend(); ++it)
        m_roleMasks[it.key()] |= DirectoryUser::RoleGroupMemberBit;
    m_unreadRoleGroups = holders.unreadGroups;
    m_rolesKnown = true;
    for (DirectoryUser &user : m_users)
        user.setRoleMask(m_roleMasks.value(user.id(), 0));
    emitColumnChanged(AdminRoles, {Qt::DisplayRole, Qt::ToolTipRole, SortValueRole});
}

void UserListModel::setRegistration(const QHash<QString, bool> &registeredByUser)
{
    m_registrationReport = RegistrationReport::Loaded;
    m_pendingRegistration.clear();
    for (DirectoryUser &user : m_users)
        user.setSelfServiceRegistered(DirectoryUser::TriState::Unknown);
    for (auto it = registeredByUser.cbegin(); it != registeredByUser.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0) {
            m_pendingRegistration.insert(it.key(), it.value());
            continue;
        }
        m_users[row].setSelfServiceRegistered(
            it.value() ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No);
    }
    emitColumnChanged(SelfServiceRegistered, {Qt::DisplayRole, SortValueRole});
}

void UserListModel::setRegistrationUnavailable()
{
    m_registrationReport = RegistrationReport::Unavailable;
    m_pendingRegistration.clear();
    for (DirectoryUser &user : m_users)
        user.setSelfServiceRegistered(DirectoryUser::TriState::Unknown);
    emitColumnChanged(SelfServiceRegistered, {Qt::DisplayRole, SortValueRole});
}

void UserListModel::dropMissingFromSelection()
{
    if (!m_selection)
        return;
    QStringList missing;
    for (const QString &id : m_selection->ids()) {
        if (!m_rowById.contains(id))
            missing.append(id);
    }
    m_selection->remove(missing);
}

void UserListModel::setMustChangeAtNextSignIn(const QString &id, bool mustChange)
{
    m_mustChange.insert(id, mustChange);
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_users[row].setMustChangeAtNextSignIn(
        mustChange ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No);
    Q_EMIT dataChanged(index(row, MustChange), index(row, MustChange), {Qt::DisplayRole, SortValueRole});
}

void UserListModel::recordPasswordsSet(const QStringList &ids, bool mustChange, const QDateTime &when)
{
    const DirectoryUser::TriState state = mustChange ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No;
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        DirectoryUser &user = m_users[row];
        user.setMustChangeAtNextSignIn(state);
        user.setLastPasswordChange(when);
        rows.append(row);
    }
    // One signal for a whole $batch answer: the proxy re-sorts or re-filters once, not per user.
    emitRowsChanged(std::move(rows), LastPasswordChange, MustChange, {Qt::DisplayRole, Qt::ToolTipRole, SortValueRole});
}

void UserListModel::recordPasswordPolicies(const QHash<QString, ::PasswordPolicies> &policiesById)
{
    QList<int> rows;
    for (auto it = policiesById.cbegin(); it != policiesById.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0)
            continue;
        DirectoryUser &user = m_users[row];
        user.setFlag(DirectoryUser::PasswordNeverExpires, it.value().neverExpires());
        user.setFlag(DirectoryUser::WeakPasswordAllowed, it.value().weakAllowed());
        rows.append(row);
    }
    emitRowsChanged(std::move(rows), PasswordPolicies, PasswordPolicies, {Qt::DisplayRole, SortValueRole});
}

void UserListModel::emitRowsChanged(QList<int> rows, int leftColumn, int rightColumn, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int first = rows.first();
    const int last = rows.last();
    // Restored afterwards: a slot of this signal may change rows of its own.
    QList<int> outer = std::exchange(m_rowsInChange, rows.size() < last - first + 1 ? std::move(rows) : QList<int>());
    Q_EMIT dataChanged(index(first, leftColumn), index(last, rightColumn), roles);
    m_rowsInChange = std::move(outer);
}

void UserListModel::emitColumnChanged(int column, const QList<int> &roles)
{
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_users.size()) - 1, column), roles);
}

void UserListModel::onSelectionChanged()
{
    emitColumnChanged(Selected, {Qt::CheckStateRole, SortValueRole});
}
