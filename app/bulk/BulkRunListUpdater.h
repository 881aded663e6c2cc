// SPDX-License-Identifier: MIT
#pragma once

#include <QBitArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class BulkResetRunner;
class UserListModel;

/**
 * Shows a bulk run's resets in the user list as Graph confirms them, not when the run window
 * closes: each user's row gets "must change at next sign-in" as the run asked and today's
 * password change (UserListModel::recordPasswordsSet), in place, without a reload. The users a
 * $batch answer confirms go to the list together, so a sorted or filtered list moves once per
 * answer rather than once per user. Lives as long as the runner it follows.
 */
class BulkRunListUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunListUpdater)
public:
    /** Follows @p runner as its child; @p model may go away first. */
    BulkRunListUpdater(BulkResetRunner *runner, UserListModel *model);
    ~BulkRunListUpdater() override;

private:
    void onItemChanged(int index);
    void flush();

    BulkResetRunner *m_runner;
    QPointer<UserListModel> m_model;
    /** Results already shown: a succeeded user changes again when its sign-out answers. */
    QBitArray m_shown;
    QStringList m_pending;
    /** The run's choice, read while the runner is alive (the last flush runs as it is destroyed). */
    bool m_mustChange = true;
    QTimer m_flushTimer;
};
