// SPDX-License-Identifier: MIT
#include "audit/AuditLogModel.h"

#include "audit/AuditTexts.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = entryAt(index.row());
    if (role == SortValueRole) {
        if (index.column() == Time)
            return entry.time.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && index.column() == Error)
        return entry.errorCode;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case Admin:
        return entry.adminUserPrincipalName;
    case User:
        return entry.targetUserPrincipalName;
    case Action:
        return AuditTexts::actionText(entry.action);
    case Outcome:
        return AuditTexts::outcomeText(entry.outcome);
    case Error:
        return entry.errorCode.isEmpty() ? entry.errorKind : entry.errorCode;
    case RequestId:
        return entry.requestId;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Admin:
        return tr("Admin");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Outcome:
        return tr("Outcome");
    case Error:
        return tr("Error");
    case RequestId:
        return tr("Request ID");
    case ColumnCount:
        break;
    }
    return {};
}
