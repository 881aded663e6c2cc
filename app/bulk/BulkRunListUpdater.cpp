// SPDX-License-Identifier: MIT
#include "bulk/BulkRunListUpdater.h"

#include "bulk/BulkResetRunner.h"
#include "directory/UserListModel.h"

#include <QDateTime>

BulkRunListUpdater::BulkRunListUpdater(BulkResetRunner *runner, UserListModel *model)
    : QObject(runner)
    , m_runner(runner)
    , m_model(model)
{
    connect(runner, &BulkResetRunner::itemChanged, this, &BulkRunListUpdater::onItemChanged);
    // A $batch answer ends up to 20 users in one turn of the event loop: one list change for them.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &BulkRunListUpdater::flush);
}

BulkRunListUpdater::~BulkRunListUpdater()
{
    flush();
}

void BulkRunListUpdater::onItemChanged(int index)
{
    const QList<BulkItemResult> &results = m_runner->results();
    if (index < 0 || index >= results.size())
        return;
    const BulkItemResult &result = results.at(index);
    if (result.state != BulkItemResult::State::Succeeded)
        return;
    if (m_shown.size() < results.size())
        m_shown.resize(results.size());
    if (m_shown.testBit(index))
        return;
    m_shown.setBit(index);
    m_mustChange = m_runner->settings().forceChangePasswordNextSignIn;
    m_pending.append(result.userId);
    m_flushTimer.start();
}

void BulkRunListUpdater::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    if (m_model)
        m_model->recordPasswordsSet(m_pending, m_mustChange, QDateTime::currentDateTimeUtc());
    m_pending.clear();
}
