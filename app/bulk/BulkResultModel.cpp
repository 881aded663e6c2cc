// SPDX-License-Identifier: MIT
#include "bulk/BulkResultModel.h"

#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"

using namespace Qt::Literals::StringLiterals;

BulkResultModel::BulkResultModel(const BulkResetRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    if (!m_runner)
        return;
    connect(m_runner, &BulkResetRunner::itemChanged, this, &BulkResultModel::onItemChanged);
    // start(), resume() and retryFailed() may replace the list before any item changes.
    connect(m_runner, &BulkResetRunner::phaseChanged, this, [this] {
        if (m_runner && m_runner->results().size() != m_rowCount)
            reload();
    });
    m_rowCount = int(m_runner->results().size());
}

BulkResultModel::~BulkResultModel() = default;

void BulkResultModel::setReasonText(ReasonText reasonText)
{
    m_reasonText = std::move(reasonText);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, Reason), index(m_rowCount - 1, Reason));
}

int BulkResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int BulkResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BulkResultModel::hasUsablePassword(const BulkItemResult &result)
{
    return BulkHandover::carriesPassword(result);
}

bool BulkResultModel::needsAttention(const BulkItemResult &result)
{
    switch (result.state) {
    case BulkItemResult::State::Failed:
    case BulkItemResult::State::Uncertain:
    case BulkItemResult::State::Cancelled:
        return true;
    case BulkItemResult::State::Succeeded:
        // The password stands, but the sessions the admin wanted ended may still be open.
        return result.signOutError.isError();
    case BulkItemResult::State::Queued:
    case BulkItemResult::State::Sending:
    case BulkItemResult::State::Waiting:
        return false;
    }
    return false;
}

QString BulkResultModel::outcomeText(const BulkItemResult &result)
{
    switch (result.state) {
    case BulkItemResult::State::Queued:
        //: Outcome column of the bulk results: not sent yet
        return tr("Queued");
    case BulkItemResult::State::Sending:
        //: Outcome column of the bulk results
        return tr("Sending…");
    case BulkItemResult::State::Waiting:
        //: Outcome column of the bulk results: throttled or a transient failure, goes out again
        return tr("Waiting (throttled)");
    case BulkItemResult::State::Succeeded:
        if (result.signOutError.isError())
            return tr("Reset, sign-out failed");
        if (result.signOutRequested && !result.signedOut)
            return tr("Reset, signing out…");
        //: Outcome column of the bulk results: the password was set
        return tr("Reset");
    case BulkItemResult::State::Failed:
        // An earlier answer was lost: the password shown may be set, whatever this one said.
        if (result.mayBeSet)
            return tr("Not confirmed");
        //: Outcome column of the bulk results
        return tr("Failed");
    case BulkItemResult::State::Uncertain:
        //: Outcome column of the bulk results: no answer came, the password may or may not be set
        return tr("Not confirmed");
    case BulkItemResult::State::Cancelled:
        //: Outcome column of the bulk results: the run was cancelled before this user was sent
        return tr("Not sent");
    }
    return {};
}

QString BulkResultModel::hiddenPassword()
{
    return QString(10, QChar(0x2022));
}

QVariant BulkResultModel::displayValue(const BulkItemResult &result, int row, int column) const
{
    switch (column) {
    case DisplayName:
        return result.displayName;
    case UserPrincipalName:
        return result.userPrincipalName;
    case Outcome:
        return outcomeText(result);
    case Reason:
        return m_reasonText ? m_reasonText(result) : QString();
    case Password:
        if (!hasUsablePassword(result))
            return QString();
        return isRevealed(row) ? result.password.reveal() : hiddenPassword();
    default:
        return {};
    }
}

QVariant BulkResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_runner)
        return {};
    const QList<BulkItemResult> &results = m_runner->results();
    const int row = index.row();
    if (row >= results.size())
        return {};
    const BulkItemResult &result = results.at(row);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(result, row, column);
    case Qt::ToolTipRole:
        // Reasons can be long sentences: the whole text on hover, whatever the column width.
        if (column == Reason)
            return displayValue(result, row, column);
        return {};
    case Qt::AccessibleTextRole:
        // A screen reader must not spell out the dots.
        if (column == Password && hasUsablePassword(result) && !isRevealed(row))
            return tr("Hidden password");
        return displayValue(result, row, column);
    case SortValueRole:
        switch (column) {
        case Outcome:
            return int(result.state);
        case Password:
            // Sorting by a password would leak its order; sort by whether there is one.
            return hasUsablePassword(result) ? 1 : 0;
        default:
            return displayValue(result, row, column);
        }
    case UserIdRole:
        return result.userId;
    case StateRole:
        return int(result.state);
    case NeedsAttentionRole:
        return needsAttention(result) ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

QVariant BulkResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName:
        return tr("Display name");
    case UserPrincipalName:
        return tr("User name");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Password:
        return tr("Temporary password");
    default:
        return {};
    }
}

bool BulkResultModel::isRevealed(int row) const
{
    return m_allRevealed || m_revealed.contains(row);
}

void BulkResultModel::setRevealed(int row, bool revealed)
{
    if (row < 0 || row >= m_rowCount)
        return;
    if (revealed)
        m_revealed.insert(row);
    else
        m_revealed.remove(row);
    const QModelIndex cell = index(row, Password);
    Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void BulkResultModel::setAllRevealed(bool revealed)
{
    m_allRevealed = revealed;
    if (!revealed)
        m_revealed.clear();
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, Password), index(m_rowCount - 1, Password), {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void BulkResultModel::onItemChanged(int row)
{
    if (!m_runner)
        return;
    if (row >= m_rowCount || m_runner->results().size() != m_rowCount) {
        reload();
        return;
    }
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkResultModel::reload()
{
    beginResetModel();
    m_rowCount = m_runner ? int(m_runner->results().size()) : 0;
    m_revealed.clear();
    endResetModel();
}

void BulkResultModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, Outcome), index(m_rowCount - 1, Reason));
}
