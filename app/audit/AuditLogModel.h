// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>

/** The audit log's entries as a table for the log viewer, newest first. */
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)
public:
    enum Column { Time, Admin, User, Action, Outcome, Error, RequestId, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortValueRole = Qt::UserRole + 1 };

    explicit AuditLogModel(QObject *parent = nullptr);

    /** Replaces the rows with @p entries (oldest first, as AuditLog::entries() returns them). */
    void setEntries(const QList<AuditEntry> &entries);
    /** The entries in log order (oldest first), for export. */
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AuditEntry &entryAt(int row) const { return m_entries.at(m_entries.size() - 1 - row); }

    QList<AuditEntry> m_entries;
};
