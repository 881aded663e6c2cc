// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkPreflight.h"

#include <QAbstractTableModel>

/**
 * The pre-flight grid of a bulk reset: one row per target with its classification and what
 * will happen to it. Filter by category with a QSortFilterProxyModel on CategoryRole (every
 * column answers it); sort on SortValueRole.
 */
class BulkPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkPlanModel)
public:
    enum Column { DisplayName, UserPrincipalName, Classification, Action, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /** Raw value for sorting: QString for the names, the category (int), included (int 0/1). */
        SortValueRole = Qt::UserRole + 1,
        /** The row's BulkPreflight::Category as an int, on every column. */
        CategoryRole,
        UserIdRole,
        /** Whether the row will be reset (bool). */
        IncludedRole,
    };

    explicit BulkPlanModel(QObject *parent = nullptr);
    ~BulkPlanModel() override;

    void setPlan(const BulkPreflight::Plan &plan);
    const BulkPreflight::Plan &plan() const { return m_plan; }
    /** The admin's choice for sign-in blocked users, applied to the rows already shown. */
    void setSignInBlockedIncluded(bool include);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** Which rows are included changed (new plan or the sign-in blocked choice): counts to refresh. */
    void includedChanged();

private:
    BulkPreflight::Plan m_plan;
};
