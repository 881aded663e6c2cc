// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

struct SandboxContext;

/**
 * Test-only API under /_sandbox/ that shows server-side truth (a user's password and flags, the
 * outbox, the request log, counters) and steers the sandbox (fault rules, token expiry, declined
 * sign-ins). Served only when SandboxOptions::inspection is on; needs no bearer token.
 *
 *   GET    /_sandbox/users/{id|upn}   password, history, flags, refresh-token count
 *   GET    /_sandbox/outbox           captured mail;   DELETE clears it
 *   GET    /_sandbox/log              method, path, query, status, time (never bodies or tokens); DELETE clears it and the counters
 *   GET    /_sandbox/counters         requests, writes, throttled, faults, …
 *   POST   /_sandbox/faults           {"rates":{…}, "rules":[{…}]};   DELETE removes rules and rates
 *   POST   /_sandbox/throttling       {"enabled":true, "timeScale":0.01, "reset":true}
 *   POST   /_sandbox/signin           {"declineNext", "devicePendingPolls", "deviceIntervalSeconds", "deviceExpiresInSeconds"}
 *   POST   /_sandbox/tokens/expire    every access token issued so far
 *   POST   /_sandbox/tokens           {"user": id|upn (default: the admin), "scopes": [...] (default: all consented)}
 *                                     mints an access token for scripts and tools without a sign-in
 */
class InspectionEndpoints
{
public:
    explicit InspectionEndpoints(SandboxContext &context);
    SandboxResponse handle(SandboxRequest &request);

private:
    SandboxResponse user(const QString &key) const;
    SandboxResponse outbox() const;
    SandboxResponse log() const;
    SandboxResponse counters() const;
    SandboxResponse addFaults(const SandboxRequest &request);
    SandboxResponse clearFaults();
    SandboxResponse throttling(const SandboxRequest &request);
    SandboxResponse signIn(const SandboxRequest &request);
    SandboxResponse mintToken(const SandboxRequest &request);
    static SandboxResponse problem(int status, const QString &message);

    SandboxContext &m_context;
};
