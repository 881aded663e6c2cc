// SPDX-License-Identifier: MIT
#include "HandoverLedger.h"

void HandoverLedger::hold(const QString &userId)
{
    if (m_channels.contains(userId))
        return;
    m_order.append(userId);
    m_channels.insert(userId, {});
}

void HandoverLedger::record(Channel channel, const QStringList &userIds)
{
    for (const QString &id : userIds) {
        const auto it = m_channels.find(id);
        if (it != m_channels.end())
            *it |= channel;
    }
}

QStringList HandoverLedger::pending() const
{
    QStringList missing;
    for (const QString &id : m_order) {
        if (!(m_channels.value(id) & lasting()))
            missing.append(id);
    }
    return missing;
}

bool HandoverLedger::isComplete() const
{
    return !m_channels.isEmpty() && pending().isEmpty();
}
