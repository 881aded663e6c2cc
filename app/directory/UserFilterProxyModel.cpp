// SPDX-License-Identifier: MIT
#include "directory/UserFilterProxyModel.h"

#include "directory/RowSortKey.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"

#include <algorithm>
#include <numeric>
#include <ranges>

namespace {

template<typename T> int compareValues(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

/** True when every word the user typed before is part of a word typed now: rows can only go. */
bool narrows(const QList<QByteArray> &before, const QList<QByteArray> &now)
{
    for (const QByteArray &old : before) {
        const bool kept = std::any_of(
            now.cbegin(), now.cend(), [&old](const QByteArray &word) { return word.contains(old); });
        if (!kept)
            return false;
    }
    return true;
}

} // namespace

UserFilterProxyModel::UserFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

UserFilterProxyModel::~UserFilterProxyModel() = default;

void UserFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = qobject_cast<UserListModel *>(sourceModel);
    QAbstractProxyModel::setSourceModel(m_users);
    if (m_users) {
        connect(m_users, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &UserFilterProxyModel::onRowsAboutToBeInserted);
        connect(m_users, &QAbstractItemModel::rowsInserted, this, &UserFilterProxyModel::onRowsInserted);
        connect(m_users, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &UserFilterProxyModel::onRowsAboutToBeRemoved);
        connect(m_users, &QAbstractItemModel::rowsRemoved, this, &UserFilterProxyModel::onRowsRemoved);
        connect(m_users, &QAbstractItemModel::dataChanged, this, &UserFilterProxyModel::onDataChanged);
        connect(m_users, &QAbstractItemModel::modelAboutToBeReset, this,
            &UserFilterProxyModel::onModelAboutToBeReset);
        connect(m_users, &QAbstractItemModel::modelReset, this, &UserFilterProxyModel::onModelReset);
        connect(m_users, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &UserFilterProxyModel::onLayoutAboutToBeChanged);
        connect(m_users, &QAbstractItemModel::layoutChanged, this, &UserFilterProxyModel::onLayoutChanged);
        connect(
            m_users, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(m_users, &QObject::destroyed, this, [this] { setSourceModel(nullptr); });
    }
    rebuildOrder();
    rebuildFilter();
    endResetModel();
}

void UserFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QList<QByteArray> words = UserSearchKeys::wordsOf(text);
    if (words == m_searchWords)
        return;
    const bool onlyFewer = narrows(m_searchWords, words);
    beginRelayout();
    m_searchWords = words;
    if (onlyFewer) {
        // Typing on: only rows shown now can still match, and they are already in order. They
        // are tested in memory order (see rebuildFilter), then kept in view order.
        std::vector<char> accepted(m_sourceToProxy.size(), 0);
        for (int row = 0; row < m_sourceToProxy.size(); ++row)
            accepted[std::size_t(row)] = m_sourceToProxy.at(row) >= 0;
        keepAccepted(accepted);
        const QList<int> shown = std::move(m_proxyToSource);
        showAccepted(shown, accepted);
        endRelayout(false, false);
        return;
    }
    endRelayout(false);
}

void UserFilterProxyModel::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quickFilter)
        return;
    beginRelayout();
    m_quickFilter = filter;
    endRelayout(false);
}

bool UserFilterProxyModel::acceptsRow(int sourceRow) const
{
    return passesQuickFilter(m_users->userAt(sourceRow))
        && m_users->searchKeys().containsAll(sourceRow, m_searchWords);
}

void UserFilterProxyModel::keepAccepted(std::vector<char> &rows) const
{
    if (m_quickFilter != QuickFilter::All) {
        for (std::size_t row = 0; row < rows.size(); ++row) {
            if (rows[row] && !passesQuickFilter(m_users->userAt(int(row))))
                rows[row] = 0;
        }
    }
    m_users->searchKeys().keepContainingAll(m_searchWords, rows);
}

bool UserFilterProxyModel::passesQuickFilter(const DirectoryUser &user) const
{
    switch (m_quickFilter) {
    case QuickFilter::All:
        break;
    case QuickFilter::Licensed:
        if (!user.isLicensed())
            return false;
        break;
    case QuickFilter::Admins:
        if (!user.isAdmin())
            return false;
        break;
    case QuickFilter::SignInBlocked:
        if (user.isAccountEnabled())
            return false;
        break;
    case QuickFilter::Guests:
        if (!user.isGuest())
            return false;
        break;
    case QuickFilter::Synced:
        if (!user.isSynced())
            return false;
        break;
    case QuickFilter::PasswordNeverExpires:
        if (!user.passwordNeverExpires())
            return false;
        break;
    case QuickFilter::NotRegisteredForSelfServiceReset:
        if (user.selfServiceRegistered() != DirectoryUser::TriState::No)
            return false;
        break;
    }
    return true;
}

void UserFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= UserListModel::ColumnCount)
        column = -1;
    beginRelayout();
    m_sortColumn = column;
    m_sortOrder = order;
    endRelayout(true);
}

QString UserFilterProxyModel::userIdAt(int proxyRow) const
{
    if (proxyRow < 0 || proxyRow >= m_proxyToSource.size())
        return {};
    return m_users->userAt(m_proxyToSource.at(proxyRow)).id();
}

QStringList UserFilterProxyModel::visibleIds() const
{
    QStringList ids;
    ids.reserve(m_proxyToSource.size());
    for (const int row : m_proxyToSource)
        ids.append(m_users->userAt(row).id());
    return ids;
}

QStringList UserFilterProxyModel::idsInRange(int fromRow, int toRow) const
{
    if (m_proxyToSource.isEmpty())
        return {};
    const int last = int(m_proxyToSource.size()) - 1;
    const int first = std::clamp(qMin(fromRow, toRow), 0, last);
    const int end = std::clamp(qMax(fromRow, toRow), 0, last);
    QStringList ids;
    ids.reserve(end - first + 1);
    for (int row = first; row <= end; ++row)
        ids.append(m_users->userAt(m_proxyToSource.at(row)).id());
    return ids;
}

QModelIndex UserFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UserFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex UserFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int UserFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int UserFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_users) ? 0 : int(UserListModel::ColumnCount);
}

bool UserFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant UserFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && m_users)
        return m_users->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex UserFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_users || !proxyIndex.isValid() || proxyIndex.row() >= m_proxyToSource.size())
        return {};
    return m_users->index(m_proxyToSource.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex UserFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_users || !sourceIndex.isValid() || sourceIndex.model() != m_users
        || sourceIndex.row() >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

bool UserFilterProxyModel::isNameSort() const
{
    return m_sortColumn == UserListModel::DisplayName || m_sortColumn == UserListModel::UserPrincipalName;
}

RowSortKey UserFilterProxyModel::sortKey(int row) const
{
    const DirectoryUser &user = m_users->userAt(row);
    switch (m_sortColumn) {
    case UserListModel::DisplayName:
        return RowSortKey::forName(user.displayName());
    case UserListModel::UserPrincipalName:
        return RowSortKey::forName(user.userPrincipalName());
    default:
        return RowSortKey::forNumber(numericSortKey(user));
    }
}

bool UserFilterProxyModel::lessThan(const SortEntry &left, const SortEntry &right) const
{
    int c = left.key < right.key ? -1 : (right.key < left.key ? 1 : 0);
    if (c == 0 && isNameSort()) {
        // Case-insensitive code-point order: close to Swedish collation (Ä, Å, Ö after Z) at a
        // fraction of QCollator's cost per comparison.
        const DirectoryUser &a = m_users->userAt(left.row);
        const DirectoryUser &b = m_users->userAt(right.row);
        c = m_sortColumn == UserListModel::DisplayName ? compareNames(a.displayName(), b.displayName())
                                                       : compareNames(a.userPrincipalName(), b.userPrincipalName());
    }
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void UserFilterProxyModel::rebuildOrder()
{
    m_order.clear();
    m_orderKeys.clear();
    if (!m_users || m_sortColumn < 0)
        return;
    const int count = m_users->rowCount();
    QList<SortEntry> entries(count);
    for (int row = 0; row < count; ++row)
        entries[row] = {sortKey(row), row};
    // Stable, and descending compares the other way round: ties keep load order either way.
    std::stable_sort(entries.begin(), entries.end(),
        [this](const SortEntry &l, const SortEntry &r) { return lessThan(l, r); });
    m_order.resize(count);
    m_orderKeys.resize(count);
    for (int i = 0; i < count; ++i) {
        m_order[i] = entries.at(i).row;
        m_orderKeys[i] = entries.at(i).key;
    }
}

QList<int> UserFilterProxyModel::changedSourceRows(int first, int last) const
{
    const QList<int> &named = m_users->rowsInChange();
    if (!named.isEmpty() && named.first() == first && named.last() == last)
        return named;
    QList<int> rows(last - first + 1);
    std::iota(rows.begin(), rows.end(), first);
    return rows;
}

bool UserFilterProxyModel::moveChangedRows(const QList<int> &rows)
{
    const int count = m_users ? m_users->rowCount() : 0;
    if (m_sortColumn < 0 || m_order.size() != count || rows.isEmpty() || rows.first() < 0 || rows.last() >= count)
        return false;
    // Ties in load order, as rebuildOrder()'s stable sort leaves them.
    const auto less = [this](const SortEntry &l, const SortEntry &r) {
        return lessThan(l, r) || (!lessThan(r, l) && l.row < r.row);
    };
    return SortedRows::moveChanged(m_order, m_orderKeys, rows, [this](int row) { return sortKey(row); }, less);
}

qint64 UserFilterProxyModel::numericSortKey(const DirectoryUser &user) const
{
    switch (m_sortColumn) {
    case UserListModel::Selected: {
        const UserSelection *selection = m_users->selection();
        return selection && selection->isSelected(user.id()) ? 1 : 0;
    }
    case UserListModel::Licensed:
        return user.isLicensed();
    case UserListModel::SignInAllowed:
        return user.isAccountEnabled();
    case UserListModel::AdminRoles:
        return user.roleCount();
    case UserListModel::Synced:
        return user.isSynced();
    case UserListModel::PasswordPolicies:
        return user.flags() & (DirectoryUser::PasswordNeverExpires | DirectoryUser::WeakPasswordAllowed);
    case UserListModel::LastPasswordChange:
        return user.lastPasswordChangeMSecs();
    case UserListModel::MustChange:
        return int(user.mustChangeAtNextSignIn());
    case UserListModel::AlternateEmail:
        return user.hasAlternateEmail();
    case UserListModel::SelfServiceRegistered:
        return int(user.selfServiceRegistered());
    default:
        return 0;
    }
}

void UserFilterProxyModel::rebuildFilter()
{
    const int count = m_users ? m_users->rowCount() : 0;
    m_sourceToProxy.resize(count);
    // Test users in memory order (sorted order jumps around the heap and misses the cache on
    // every row), then walk the sorted order over the results.
    std::vector<char> accepted(std::size_t(count), 1);
    if (count > 0 && (m_quickFilter != QuickFilter::All || !m_searchWords.isEmpty()))
        keepAccepted(accepted);
    if (m_sortColumn >= 0 && m_order.size() == count)
        showAccepted(m_order, accepted);
    else
        showAccepted(std::views::iota(0, count), accepted);
}

template<typename Rows> void UserFilterProxyModel::showAccepted(const Rows &rows, const std::vector<char> &accepted)
{
    // Without branches: whether a row is shown is as good as random, and a mispredicted branch
    // per row costs more than writing every row.
    QList<int> shown(qsizetype(std::ranges::size(rows)));
    int *out = shown.data();
    int *toProxy = m_sourceToProxy.data();
    int kept = 0;
    for (const int row : rows) {
        const int keep = accepted[std::size_t(row)] != 0;
        out[kept] = row;
        toProxy[row] = keep ? kept : -1;
        kept += keep;
    }
    shown.resize(kept);
    m_proxyToSource = std::move(shown);
}

void UserFilterProxyModel::beginRelayout()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex &index : std::as_const(m_savedProxy))
        m_savedSource.append(QPersistentModelIndex(mapToSource(index)));
}

void UserFilterProxyModel::endRelayout(bool resort, bool refilter)
{
    if (resort) {
        rebuildOrder();
    } else if (hasHeldRows()) {
        mergeNewRows(); // a search, filter or flush also brings in the held rows
        refilter = true;
    }
    if (refilter)
        rebuildFilter();
    QModelIndexList to;
    to.reserve(m_savedSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_savedSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserFilterProxyModel::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int)
{
    if (parent.isValid())
        return;
    const bool atEnd = first == m_users->rowCount();
    m_appending = m_sortColumn < 0 && atEnd;
    // Held rows wait outside the order (and the view) until flushNewRows().
    m_holdingInsert = m_holdNewRows && m_sortColumn >= 0 && atEnd && !m_appending;
    if (!m_appending && !m_holdingInsert)
        beginRelayout();
}

void UserFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (m_appending) {
        // Load order, rows added at the end: the cheap path every page of a load takes.
        m_appending = false;
        m_sourceToProxy.resize(m_users->rowCount(), -1);
        QList<int> shown;
        for (int row = first; row <= last; ++row) {
            if (acceptsRow(row))
                shown.append(row);
        }
        if (shown.isEmpty())
            return;
        const int firstProxy = int(m_proxyToSource.size());
        beginInsertRows({}, firstProxy, firstProxy + int(shown.size()) - 1);
        for (const int row : std::as_const(shown)) {
            m_sourceToProxy[row] = int(m_proxyToSource.size());
            m_proxyToSource.append(row);
        }
        endInsertRows();
        return;
    }
    if (m_holdingInsert) {
        m_holdingInsert = false;
        m_sourceToProxy.resize(m_users->rowCount(), -1);
        return;
    }
    // Rows appended while sorted are merged in by endRelayout(); anything else sorts again.
    const bool appended = m_sortColumn >= 0 && first == m_users->rowCount() - count;
    endRelayout(m_sortColumn >= 0 && !appended);
}

void UserFilterProxyModel::setHoldNewRows(bool hold)
{
    m_holdNewRows = hold;
    if (!hold)
        flushNewRows();
}

bool UserFilterProxyModel::hasHeldRows() const
{
    return m_sortColumn >= 0 && m_users && m_order.size() < m_users->rowCount();
}

void UserFilterProxyModel::flushNewRows()
{
    if (!hasHeldRows())
        return;
    beginRelayout();
    endRelayout(false);
}

void UserFilterProxyModel::mergeNewRows()
{
    const int count = int(m_users->rowCount() - m_order.size());
    if (m_sortColumn < 0 || count <= 0)
        return;
    const int first = int(m_order.size());
    // Sort the new rows, find each one's place by binary search over the keys, then splice
    // (k log n comparisons and one copy, however many pages were held).
    QList<SortEntry> added(count);
    for (int i = 0; i < count; ++i)
        added[i] = {sortKey(first + i), first + i};
    const auto less = [this](const SortEntry &l, const SortEntry &r) { return lessThan(l, r); };
    std::stable_sort(added.begin(), added.end(), less);
    // An equal existing row was loaded earlier and stays in front.
    SortedRows::splice(m_order, m_orderKeys, added, less);
}

void UserFilterProxyModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int, int)
{
    if (parent.isValid())
        return;
    beginRelayout();
    if (hasHeldRows())
        mergeNewRows(); // the order must cover every row before rows shift
}

void UserFilterProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (!m_order.isEmpty()) {
        QList<int> kept;
        QList<RowSortKey> keptKeys;
        kept.reserve(m_order.size());
        keptKeys.reserve(m_order.size());
        for (qsizetype i = 0; i < m_order.size(); ++i) {
            const int row = m_order.at(i);
            if (row >= first && row <= last)
                continue;
            kept.append(row < first ? row : row - count);
            keptKeys.append(m_orderKeys.at(i));
        }
        m_order = std::move(kept);
        m_orderKeys = std::move(keptKeys);
    }
    endRelayout(false);
}

void UserFilterProxyModel::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int left = topLeft.column();
    const int right = bottomRight.column();
    const bool affectsSort = m_sortColumn >= left && m_sortColumn <= right;
    const bool filtered = m_quickFilter != QuickFilter::All || !m_searchWords.isEmpty();
    // Ticking a checkbox must not move rows under the mouse, even when sorted by that column.
    const bool selectionOnly = left == UserListModel::Selected && right == UserListModel::Selected;
    if (!selectionOnly && (affectsSort || filtered)) {
        beginRelayout();
        const bool moved = affectsSort && !hasHeldRows()
            && moveChangedRows(changedSourceRows(topLeft.row(), bottomRight.row()));
        endRelayout(affectsSort && !moved);
    }
    if (rowCount() == 0)
        return;
    // Rows map anywhere; a view repaints only what it shows, so one signal over the range is cheapest.
    if (topLeft.row() == bottomRight.row()) {
        const QModelIndex first = mapFromSource(topLeft);
        if (!first.isValid())
            return;
        Q_EMIT dataChanged(index(first.row(), left), index(first.row(), right), roles);
        return;
    }
    Q_EMIT dataChanged(index(0, left), index(rowCount() - 1, right), roles);
}

void UserFilterProxyModel::onModelAboutToBeReset()
{
    beginResetModel();
}

void UserFilterProxyModel::onModelReset()
{
    rebuildOrder();
    rebuildFilter();
    endResetModel();
}

void UserFilterProxyModel::onLayoutAboutToBeChanged()
{
    beginRelayout();
}

void UserFilterProxyModel::onLayoutChanged()
{
    endRelayout(true);
}
