// SPDX-License-Identifier: MIT
#include "BulkHandover.h"

#include "bulk/BulkResetRunner.h"
#include "directory/UserListModel.h"

BulkHandover::BulkHandover(BulkResetRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    // A resumed run starts with confirmed users already in its results.
    for (int i = 0; i < m_runner->results().size(); ++i)
        holdFrom(i);
    // Holding is counted per answer; views hear of it once the run (or a retry) ends, because
    // what they show of the hand-over is worded from every user at once.
    connect(m_runner, &BulkResetRunner::itemChanged, this, &BulkHandover::holdFrom);
    connect(m_runner, &BulkResetRunner::finished, this, [this] {
        Q_EMIT changed();
        check();
    });
}

bool BulkHandover::carriesPassword(const BulkItemResult &result)
{
    if (result.password.isEmpty())
        return false;
    return result.state == BulkItemResult::State::Succeeded || result.state == BulkItemResult::State::Uncertain
        || result.mayBeSet;
}

void BulkHandover::holdFrom(int index)
{
    const BulkItemResult &result = m_runner->results().at(index);
    if (carriesPassword(result))
        m_ledger.hold(result.userId);
}

void BulkHandover::record(HandoverLedger::Channel channel, const QStringList &userIds)
{
    m_ledger.record(channel, userIds);
    if (HandoverLedger::lasting().testFlag(channel)) {
        for (const QString &id : userIds)
            m_anyLasting = m_anyLasting || m_ledger.holds(id);
    }
    Q_EMIT changed();
    check();
}

int BulkHandover::unconfirmedCount() const
{
    int count = 0;
    for (const BulkItemResult &result : m_runner->results())
        count += carriesPassword(result) && result.state != BulkItemResult::State::Succeeded ? 1 : 0;
    return count;
}

bool BulkHandover::journalCanGo() const
{
    return !m_runner->isRunning() && m_ledger.isComplete() && unconfirmedCount() == 0;
}

void BulkHandover::check()
{
    if (m_released || !journalCanGo())
        return;
    m_released = true;
    Q_EMIT journalNoLongerNeeded();
}

QList<HandoverItem> BulkHandover::items(const QList<BulkItemResult> &results, const ReasonText &reason)
{
    QList<HandoverItem> items;
    items.reserve(results.size());
    for (const BulkItemResult &result : results) {
        HandoverItem item;
        item.userId = result.userId;
        item.displayName = result.displayName;
        item.userPrincipalName = result.userPrincipalName;
        // A password the server holds or may hold goes into every hand-over (an unconfirmed one
        // marked as such); the others say why not. A refused retry of a request whose answer was
        // lost is held too: the lost one may have set the password.
        if (result.state == BulkItemResult::State::Succeeded)
            item.outcome = HandoverItem::Outcome::Reset;
        else if (carriesPassword(result))
            item.outcome = HandoverItem::Outcome::Unconfirmed;
        if (item.outcome != HandoverItem::Outcome::NotReset)
            item.password = result.password;
        item.reason = reason(result);
        items.append(item);
    }
    return items;
}

QStringList BulkHandover::carriedIds(const QList<HandoverItem> &items)
{
    QStringList ids;
    for (const HandoverItem &item : items) {
        if (item.carriesPassword())
            ids.append(item.userId);
    }
    return ids;
}

void BulkHandover::addDirectoryDetails(QList<HandoverItem> &items, const UserListModel &users)
{
    for (HandoverItem &item : items) {
        const int row = users.rowOf(item.userId);
        if (row < 0)
            continue;
        const DirectoryUser &user = users.userAt(row);
        item.mail = user.mail();
        item.alternateEmails = user.alternateEmails();
        item.preferredLanguage = user.preferredLanguage();
    }
}
