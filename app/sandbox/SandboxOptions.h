// SPDX-License-Identifier: MIT
#pragma once

#include "common/Clock.h"

#include <QString>
#include <QtGlobal>

/** Random fault rates, each a probability in [0, 1]. */
struct SandboxFaultRates
{
    // Per Graph item (a whole request, or one $batch item), answered instead of the handler.
    double throttled429 = 0.0;
    double unavailable503 = 0.0;
    double timeout504 = 0.0;
    // Per HTTP request.
    double connectionReset = 0.0;
    /** Of the connection resets: the share that happens after the request was carried out. */
    double resetAfterProcessing = 0.5;
    double slowResponse = 0.0;
    int slowResponseMs = 2000;
    double malformedBody = 0.0;
};

struct SandboxOptions
{
    quint16 port = 0;        // 0 = any free port
    int userCount = 50;
    quint32 seed = 1;
    int latencyMs = 0;       // added to every HTTP response, without serialising requests
    bool throttling = false; // Graph's identity and reports service quotas (ThrottleModel)
    /** Multiplies every throttling window and Retry-After: 0.01 runs a 150 s window in 1.5 s. */
    double timeScale = 1.0;
    /**
     * The time the sandbox's windows and expiries run on (throttling, the mail limit, device
     * codes); a test that simulates time gives it the clock the client waits on.
     */
    Clock *clock = Clock::system();
    SandboxFaultRates faults;
    /** Serves /_sandbox/… (server-side truth for tests); off unless started for tests or demo. */
    bool inspection = false;
    /** Sign-ins complete without a prompt, as the demo admin. */
    bool autoApproveSignIn = false;
    bool verbose = false;    // log every request (method, path, status; never bodies or tokens)
    int accessTokenLifetimeSeconds = 3599;
    /**
     * Observed, not documented: some tenants answer a passwordProfile PATCH of a synced user with
     * 204 (cloud password changed, not written back) instead of the "on-premises mastered" 400.
     */
    bool syncedPasswordResetSucceeds = false;
};
