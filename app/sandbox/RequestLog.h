// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

/** One HTTP request (or $batch item) as the sandbox saw it. Never a body or a token. */
struct RequestLogEntry
{
    qint64 sequence = 0;
    QDateTime time;
    QString method;
    QString path;         // without the query
    QString query;        // decoded query string
    int status = 0;
    QString requestId;
    QString clientRequestId;
    bool batchItem = false;
    QString userId;       // the caller, when authenticated
    bool hadAuthorization = false;
};

/** The sandbox's request log and counters, read by tests through the inspection API. */
class RequestLog
{
public:
    void append(RequestLogEntry entry);
    const QList<RequestLogEntry> &entries() const { return m_entries; }
    void clear();

    /** Free-form counters ("requests", "writes", "throttled", "faults.reset", …). */
    void count(const QString &counter, qint64 by = 1) { m_counters[counter] += by; }
    qint64 counter(const QString &counter) const { return m_counters.value(counter); }
    const QHash<QString, qint64> &counters() const { return m_counters; }

    /** Keeps memory bounded on long benchmark runs; counters are unaffected. */
    void setCapacity(qsizetype entries) { m_capacity = entries; }

private:
    QList<RequestLogEntry> m_entries;
    QHash<QString, qint64> m_counters;
    qint64 m_sequence = 0;
    qsizetype m_capacity = 200000;
};
