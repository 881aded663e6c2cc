// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

/** When a Temporary Access Pass works and how often, as the service issued it: what a slip, an email or the CSV says beside the pass. */
struct TemporaryAccessPassTerms
{
    /** UTC. */
    QDateTime start;
    int lifetimeInMinutes = 0;
    bool usableOnce = false;

    QDateTime end() const { return start.addSecs(qint64(lifetimeInMinutes) * 60); }
    bool operator==(const TemporaryAccessPassTerms &other) const = default;
};
