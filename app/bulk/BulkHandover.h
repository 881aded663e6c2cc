// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/HandoverLedger.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class BulkResetRunner;
class UserListModel;
struct BulkItemResult;

/**
 * The hand-over of one bulk run, and with it the life of the run's journal. Every user whose
 * password the server holds or may hold (confirmed, or sent with the answer lost) is held in a
 * HandoverLedger; the views record each channel that carried passwords (slips, PDF, email, the
 * results CSV, the screen). The journal may go once every held password left through a lasting
 * channel and no password is still unconfirmed (Retry needs the journal to confirm it, and a
 * resume after a restart sends it again). Until then the journal stays, and pending() names who
 * is still missing.
 */
class BulkHandover final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkHandover)
public:
    /** Follows @p runner's results (which must outlive this object's use). */
    explicit BulkHandover(BulkResetRunner *runner, QObject *parent = nullptr);

    /** Whether @p result carries a password to hand over: confirmed, or possibly set. */
    static bool carriesPassword(const BulkItemResult &result);

    /** Why a user was not reset, in the admin's language (the view words typed errors). */
    using ReasonText = std::function<QString(const BulkItemResult &result)>;
    /**
     * The run's users as every hand-over carries them, in run order: a password the server holds
     * (Reset) or may hold (Unconfirmed) with its exact bytes, the others with @p reason and no password.
     */
    static QList<HandoverItem> items(const QList<BulkItemResult> &results, const ReasonText &reason);
    /** The users of @p items that carry a password. */
    static QStringList carriedIds(const QList<HandoverItem> &items);
    /**
     * Adds from @p users what slips and mail need of each listed user: the own mailbox (which must
     * never receive the password just reset), the alternate addresses the password may go to
     * instead, and the language of slip and mail.
     */
    static void addDirectoryDetails(QList<HandoverItem> &items, const UserListModel &users);

    /** @p channel carried the passwords of @p userIds (users without one are ignored). */
    void record(HandoverLedger::Channel channel, const QStringList &userIds);

    const HandoverLedger &ledger() const { return m_ledger; }
    /** Users holding a password that went out through no lasting channel, in run order. */
    QStringList pending() const { return m_ledger.pending(); }
    /** Some lasting channel carried some password of this run. */
    bool anyHandedOver() const { return m_anyLasting; }
    /** Every held password left through a lasting channel. */
    bool isComplete() const { return m_ledger.isComplete(); }
    /** Users whose password may be set but is not confirmed. */
    int unconfirmedCount() const;
    /** Nothing of the run needs the journal any more: all handed over and confirmed, run over. */
    bool journalCanGo() const;

Q_SIGNALS:
    /** A channel was recorded, or the run ended with the passwords it holds now. */
    void changed();
    /** The journal is no longer needed (emitted once, when journalCanGo() becomes true). */
    void journalNoLongerNeeded();

private:
    void holdFrom(int index);
    void check();

    BulkResetRunner *m_runner;
    HandoverLedger m_ledger;
    bool m_anyLasting = false;
    bool m_released = false;
};
