// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QElapsedTimer>
#include <QHash>

#include <optional>

/**
 * The identity service's throttling (graph-api.md §12.2): token buckets per app+tenant for
 * resource units (sized by tenant user count) and writes (3,000 per 150 s), and the tenant-wide
 * write bucket (18,000 per 300 s). Windows and Retry-After scale with the time-scale knob.
 */
class ThrottleModel
{
public:
    ThrottleModel(bool enabled, double timeScale, qsizetype tenantUserCount);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    double timeScale() const { return m_timeScale; }
    void setTimeScale(double scale) { m_timeScale = scale; }

    /** Charges @p request; a 429 response when a bucket is empty, nullopt when admitted. */
    std::optional<SandboxResponse> admit(const SandboxRequest &request);

    /** Resource units @p request costs (base cost with $select/$expand/$top modifiers). */
    static int resourceUnits(const SandboxRequest &request);
    static bool isWrite(const SandboxRequest &request);

private:
    struct Bucket
    {
        double capacity = 0;
        double windowSeconds = 0; // refills capacity per window
        double level = 0;
        qint64 lastNs = 0;
    };
    void refill(Bucket &bucket, qint64 nowNs) const;
    int retryAfterSeconds(const Bucket &bucket, double cost) const;

    bool m_enabled;
    double m_timeScale;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_readBuckets;  // per app id
    QHash<QString, Bucket> m_writeBuckets; // per app id
    Bucket m_tenantWriteBucket;
    double m_readCapacity;
};
