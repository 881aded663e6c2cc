// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * Suite "reset", against the sandbox on its own thread over real HTTP:
 *  1. 3,000 users with 150 ms latency per request: BulkResetRunner against a sequential client
 *     that sends one PATCH per user and waits for it (a PowerShell Update-MgUser loop). The
 *     sequential client runs on a sample (--sequential N, default 200; 0 = every user) and its
 *     time per user is scaled to the whole set. Prints speedup_vs_sequential (target >= 30).
 *  2. 20,000 users with the sandbox's throttling on, time-scaled (--time-scale, default 0.02: the
 *     150 s write window lasts 3 s). The throttle-limited minimum is what the sandbox's sliding
 *     window allows: 3,000 writes at once, the next 3,000 one window later, and so on. Prints
 *     throttled_efficiency (minimum / achieved time, target >= 0.9), failures_after_retry and
 *     missing_results (targets 0), and server_mismatches (shown password != server's, target 0).
 * Only users a reset can reach are used (cloud members, not federated), as the pre-flight would.
 * Options: --speed-users N (3000), --throttle-users N (20000), --latency MS (150).
 */
namespace ResetBench {

int run(const QString &program, const QStringList &args);

} // namespace ResetBench
