// SPDX-License-Identifier: MIT
#include "audit/AuditLogModel.h"

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
        return actionText(entry.action);
    case Outcome:
        return outcomeText(entry.outcome);
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

QString AuditLogModel::actionText(const QString &action)
{
    if (action == u"reset"_s)
        return tr("Reset password");
    if (action == u"resend"_s)
        return tr("Resend password");
    if (action == u"writebackReset"_s)
        return tr("Reset with writeback");
    if (action == u"bulkReset"_s)
        return tr("Bulk reset");
    if (action == u"passwordPolicyChange"_s)
        //: "Password never expires" or "Allow weak passwords" was changed for a user
        return tr("Change password policies");
    if (action == u"domainExpiryChange"_s)
        //: The organization's password expiry was changed for a domain
        return tr("Change password expiry");
    if (action == u"contactDetailsChange"_s)
        //: The signed-in admin changed their own alternate email addresses or mobile phone
        return tr("Change own contact details");
    if (action == u"ownPasswordChange"_s)
        //: The signed-in admin changed their own password
        return tr("Change own password");
    if (action == u"passwordEmailed"_s)
        //: A user's temporary password was sent by email
        return tr("Email password");
    if (action == u"journalPurged"_s)
        //: A bulk run's encrypted record of temporary passwords was deleted from this computer
        return tr("Delete saved reset records");
    if (action == u"runStopped"_s)
        //: A bulk reset stopped before every user was answered
        return tr("Bulk reset stopped");
    return action;
}

QString AuditLogModel::outcomeText(const QString &outcome)
{
    if (outcome == u"succeeded"_s)
        return tr("Succeeded");
    if (outcome == u"failed"_s)
        return tr("Failed");
    if (outcome == u"succeededSignOutFailed"_s)
        //: The password was reset but signing the user out failed
        return tr("Succeeded, sign-out failed");
    if (outcome == u"cancelled"_s)
        return tr("Cancelled");
    if (outcome == u"uncertain"_s)
        //: No answer came: the password may or may not have been set
        return tr("Not confirmed");
    if (outcome == u"stopped"_s)
        //: A bulk reset that ended early
        return tr("Stopped");
    return outcome;
}
