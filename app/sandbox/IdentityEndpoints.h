// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

struct SandboxContext;

/**
 * The Microsoft identity platform under /{tenant}/oauth2/v2.0/: authorize (auth code + PKCE S256,
 * state, loopback redirect), token (authorization_code, refresh_token with rotation, device_code)
 * and devicecode, with the identity platform's error bodies (graph-api.md §14).
 */
class IdentityEndpoints
{
public:
    explicit IdentityEndpoints(SandboxContext &context);

    /** True for paths this class serves (segments: {tenant}, "oauth2", "v2.0", …). */
    bool handles(const SandboxRequest &request) const;
    SandboxResponse handle(SandboxRequest &request);

private:
    SandboxContext &m_context;
};
