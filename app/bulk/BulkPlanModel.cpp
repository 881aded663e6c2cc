// SPDX-License-Identifier: MIT
#include "bulk/BulkPlanModel.h"

BulkPlanModel::BulkPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

BulkPlanModel::~BulkPlanModel() = default;

void BulkPlanModel::setPlan(const BulkPreflight::Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
    Q_EMIT includedChanged();
}

void BulkPlanModel::setSignInBlockedIncluded(bool include)
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_plan.rows.size(); ++row) {
        BulkPreflight::Row &planRow = m_plan.rows[row];
        if (planRow.category != BulkPreflight::Category::SignInBlocked || planRow.included == include)
            continue;
        planRow.included = include;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first < 0)
        return;
    // One signal over the span of whole rows: IncludedRole is answered on every column, and a
    // filtering proxy listens on its key column.
    Q_EMIT dataChanged(
        index(first, 0), index(last, ColumnCount - 1), {Qt::DisplayRole, SortValueRole, IncludedRole});
    Q_EMIT includedChanged();
}

int BulkPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.rows.size());
}

int BulkPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkPreflight::Row &row = m_plan.rows.at(index.row());
    const DirectoryUser &user = row.target.user;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DisplayName:
            return user.displayName();
        case UserPrincipalName:
            return user.userPrincipalName();
        case Classification:
            return BulkPreflight::classificationText(row);
        case Action:
            return BulkPreflight::actionText(row.included);
        }
        break;
    case SortValueRole:
        switch (index.column()) {
        case DisplayName:
            return user.displayName();
        case UserPrincipalName:
            return user.userPrincipalName();
        case Classification:
            return int(row.category);
        case Action:
            return int(row.included);
        }
        break;
    case CategoryRole:
        return int(row.category);
    case UserIdRole:
        return user.id();
    case IncludedRole:
        return row.included;
    }
    return {};
}

QVariant BulkPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Display name");
    case UserPrincipalName:
        return tr("User name");
    case Classification:
        return tr("Classification");
    case Action:
        //: Column heading: what happens to the user (reset or skip)
        return tr("Action");
    }
    return {};
}
