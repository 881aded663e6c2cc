// SPDX-License-Identifier: MIT
#pragma once

#include "directory/SortedRows.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QStringList>

#include <vector>

class DirectoryUser;
class UserListModel;

/**
 * Search-as-you-type, quick filters and sorting over a UserListModel, sized for 100,000 users.
 *
 * Not a QSortFilterProxyModel: that one removes and inserts filtered rows interval by interval
 * (one vector shift and one signal per interval, so a keystroke that hides every other row of
 * 100,000 costs seconds) and sorts through data() QVariants. Here the sorted order of all rows is
 * kept, computed from typed fields, and a filter change is one linear pass over it published
 * as a layout change. Search matches every word of the text against the source's folded keys
 * (UserSearchKeys), so "asa" finds "Åsa" and "anna sv" finds "Anna Svensson".
 */
class UserFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserFilterProxyModel)
public:
    enum class QuickFilter {
        All,
        Licensed,
        Admins,
        SignInBlocked,
        Guests,
        Synced,
        PasswordNeverExpires,
        NotRegisteredForSelfServiceReset,
    };
    Q_ENUM(QuickFilter)

    explicit UserFilterProxyModel(QObject *parent = nullptr);
    ~UserFilterProxyModel() override;

    /** Must be a UserListModel; anything else is refused (no source). */
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quickFilter; }
    /** Whether the user in @p sourceRow passes the current search and quick filter. */
    bool acceptsRow(int sourceRow) const;

    /**
     * While on, rows appended to the end of a sorted source wait outside the view until
     * flushNewRows(), or any change of search, filter or sort, places them all at once: during
     * a fast load, one relayout per repaint instead of one per page. Turning it off flushes.
     */
    void setHoldNewRows(bool hold);
    void flushNewRows();
    /** Rows were appended and are held back (not shown yet). */
    bool hasHeldRows() const;

    /** Column -1 restores load order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }

    QString userIdAt(int proxyRow) const;
    /** Ids of every row shown, in view order: what "select all" selects. */
    QStringList visibleIds() const;
    /** Ids of the rows from @p fromRow to @p toRow inclusive, either direction (shift-click). */
    QStringList idsInRange(int fromRow, int toRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool passesQuickFilter(const DirectoryUser &user) const;
    /**
     * Clears the entries of @p rows (one per source row, non-zero = to test) whose user fails
     * the quick filter or the search. Testing in row order walks memory in order.
     */
    void keepAccepted(std::vector<char> &rows) const;
    using SortEntry = SortedRow;
    bool isNameSort() const;
    RowSortKey sortKey(int row) const;
    /** In the sort column and order; a name tie on the key is decided by the whole name. */
    bool lessThan(const SortEntry &left, const SortEntry &right) const;
    /** Places the source rows after the end of m_order (appended while sorted) into it. */
    void mergeNewRows();
    /** The sort value of the non-text sort columns. */
    qint64 numericSortKey(const DirectoryUser &user) const;
    /** Sorts every source row by the sort column (stable: load order breaks ties). */
    void rebuildOrder();
    /**
     * After the source rows @p rows (ascending) changed: moves those that are out of place now to
     * their new places, as rebuildOrder() would place them, in linear time. A delta that renames a
     * few dozen users spread over 100,000 rows would otherwise sort them all again. False (nothing
     * changed) when it cannot: rows held, or the rest would not stay in order.
     */
    bool moveChangedRows(const QList<int> &rows);
    /** The source rows behind a dataChanged over @p first..@p last: all, or the few the list names. */
    QList<int> changedSourceRows(int first, int last) const;
    /** The rows shown: m_order filtered. */
    void rebuildFilter();
    /**
     * Shows the rows of @p rows (in view order) that @p accepted keeps; source rows not in
     * @p rows must be hidden already.
     */
    template<typename Rows> void showAccepted(const Rows &rows, const std::vector<char> &accepted);
    void beginRelayout();
    void endRelayout(bool resort, bool refilter = true);

    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onModelAboutToBeReset();
    void onModelReset();
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();

    UserListModel *m_users = nullptr;
    QString m_searchText;
    QList<QByteArray> m_searchWords; // UserSearchKeys::wordsOf(m_searchText)
    QuickFilter m_quickFilter = QuickFilter::All;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QList<int> m_order; // every source row, sorted (empty in load order: identity)
    QList<RowSortKey> m_orderKeys; // the sort key of each row of m_order, at the same index
    QList<int> m_proxyToSource; // shown rows
    QList<int> m_sourceToProxy; // -1 where hidden

    // Between beginRelayout() and endRelayout(): the view's persistent indexes and their sources.
    QModelIndexList m_savedProxy;
    QList<QPersistentModelIndex> m_savedSource;
    bool m_appending = false;
    bool m_holdNewRows = false;
    bool m_holdingInsert = false;
};
