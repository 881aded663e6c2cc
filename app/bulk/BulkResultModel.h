// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetItem.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include <functional>

class BulkResetRunner;

/**
 * The results table of a bulk run: one row per user of BulkResetRunner::results(),
 * updated row by row as the runner reports each user (itemChanged), so a run of 20,000 users
 * repaints only what changed.
 *
 * The temporary password shows as dots until the admin reveals it (per row, or all at once), and
 * only for users whose reset went through (or may have: Uncertain). The reason column's text
 * comes from the UI layer (setReasonText): the core never words errors itself.
 */
class BulkResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultModel)
public:
    enum Column { DisplayName, UserPrincipalName, Outcome, Reason, Password, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /** Raw value for sorting: names, the State as an int, the reason text. */
        SortValueRole = Qt::UserRole + 1,
        UserIdRole,
        /** BulkItemResult::State as an int. */
        StateRole,
        /** "true" for users that need attention (failed, uncertain, cancelled), for the "failed only" filter. */
        NeedsAttentionRole,
    };

    /** Words a user's reason: empty for a plain success. */
    using ReasonText = std::function<QString(const BulkItemResult &result)>;

    explicit BulkResultModel(const BulkResetRunner *runner, QObject *parent = nullptr);
    ~BulkResultModel() override;

    void setReasonText(ReasonText reasonText);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Shows (or hides again) the password of @p row. */
    void setRevealed(int row, bool revealed);
    bool isRevealed(int row) const;
    /** "Reveal all": every password shown; false hides them all again (rows revealed one by one too). */
    void setAllRevealed(bool revealed);
    bool allRevealed() const { return m_allRevealed; }

    /** Whether @p result holds a password that is (or may be) set on the server now. */
    static bool hasUsablePassword(const BulkItemResult &result);
    static bool needsAttention(const BulkItemResult &result);
    /** The short translated word for a user's state, e.g. "Reset", "Failed", "Waiting (throttled)". */
    static QString outcomeText(const BulkItemResult &result);

    /** Rereads the runner's results (after start(), resume() or a language change). */
    void reload();
    /** Texts changed (language): headers, outcomes and reasons repaint. */
    void retranslate();

    /** The dots shown in place of a hidden password (always the same length: it tells nothing). */
    static QString hiddenPassword();

private:
    void onItemChanged(int index);
    QVariant displayValue(const BulkItemResult &result, int row, int column) const;

    QPointer<const BulkResetRunner> m_runner;
    ReasonText m_reasonText;
    /** The row count last announced to views; the runner's list may grow before we hear of it. */
    int m_rowCount = 0;
    QSet<int> m_revealed;
    bool m_allRevealed = false;
};
