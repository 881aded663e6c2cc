// SPDX-License-Identifier: MIT
#include "sandbox/RequestLog.h"

void RequestLog::append(RequestLogEntry entry)
{
    entry.sequence = ++m_sequence;
    if (m_entries.size() >= m_capacity)
        m_entries.remove(0, m_entries.size() / 2);
    m_entries.append(std::move(entry));
}

void RequestLog::clear()
{
    m_entries.clear();
    m_counters.clear();
}
