// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QHash>

#include <deque>
#include <optional>

class Clock;

/**
 * The identity service's throttling, from "Microsoft Graph service-specific throttling limits":
 * per app+tenant quotas for resource units (sized by tenant user count) and writes (3,000 per
 * 150 s), the tenant-wide write quota (18,000 per 300 s), and the identity reports service's 5
 * requests per 10 s per app and tenant. Windows and
 * Retry-After scale with the time-scale knob.
 *
 * Each quota is a sliding window over the charges admitted in the last window: the same burst and
 * long-run rate as the documented token bucket, but Retry-After is the time until enough of the
 * oldest charges age out, which makes it long enough to observe in tests (a continuously refilling
 * bucket at time scale 0.01 would refill faster than any HTTP client could drain it).
 */
class ThrottleModel
{
public:
    ThrottleModel(bool enabled, double timeScale, qsizetype tenantUserCount, const Clock *clock);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale) { m_timeScale = scale > 0 ? scale : 1.0; }
    /** Only for the x-ms-throttle-scope header. */
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }
    /** Forgets every charge (inspection API, tests). */
    void reset();

    /** Charges @p request; a 429 response when a quota is used up, nullopt when admitted. */
    std::optional<SandboxResponse> admit(const SandboxRequest &request);

    /** Resource units @p request costs (base cost with $select/$expand/$top modifiers). */
    static int resourceUnits(const SandboxRequest &request);
    /** Counts against the write quotas (not $batch envelopes, mail or membership checks). */
    static bool isWrite(const SandboxRequest &request);
    /** Served by the identity reports service (5 requests per 10 s) rather than the directory. */
    static bool isReport(const SandboxRequest &request);

    /** RU quota per 10 s for a tenant of @p userCount users: S 3,500, M 5,000, L 8,000. */
    static int resourceUnitCapacity(qsizetype userCount);

private:
    struct Bucket
    {
        double capacity = 0;
        double windowSeconds = 0; // before scaling
        std::deque<std::pair<qint64, int>> charges; // (ms, cost), oldest first
        qint64 used = 0;
    };
    Bucket makeBucket(double capacity, double windowSeconds) const;
    void expire(Bucket &bucket, qint64 nowMs) const;
    /** Seconds (scaled, fractional) until @p cost fits into @p bucket. */
    double secondsUntilFits(const Bucket &bucket, int cost, qint64 nowMs) const;
    qint64 windowMs(const Bucket &bucket) const;
    SandboxResponse throttled(const SandboxRequest &request, double seconds, const QString &scope,
                              const QString &information) const;

    bool m_enabled;
    double m_timeScale;
    QString m_tenantId;
    const Clock *m_clock;
    QHash<QString, Bucket> m_readBuckets;   // per app id
    QHash<QString, Bucket> m_writeBuckets;  // per app id
    QHash<QString, Bucket> m_reportBuckets; // per app id
    Bucket m_tenantWriteBucket;
    double m_readCapacity;
};
