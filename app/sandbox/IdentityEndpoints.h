// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/AuthorizationCodes.h"
#include "sandbox/DeviceCodes.h"
#include "sandbox/SandboxTypes.h"
#include "sandbox/TokenEndpoint.h"

struct SandboxContext;

/**
 * The Microsoft identity platform under /{tenant}/oauth2/v2.0/: authorize (auth code + PKCE,
 * state, loopback redirect), token (authorization_code, refresh_token with rotation, device_code)
 * and devicecode, with the identity platform's error bodies. Also serves
 * /{tenant}/v2.0/.well-known/openid-configuration (the OpenID Connect discovery document, 400
 * invalid_tenant for an unknown tenant) and /devicelogin, the verification page its device
 * codes point to.
 *
 * {tenant} is the tenant id, a verified domain, "organizations" or "common"; "consumers" is
 * refused as for a work-and-school-only app. There is no sign-in UI: the "user" approves at once
 * (as the demo admin, or as the login_hint user), unless SandboxSignInControl::declineNext asks
 * for one refusal.
 */
class IdentityEndpoints
{
public:
    explicit IdentityEndpoints(SandboxContext &context);

    /**
     * True for paths this class serves (segments: {tenant}, "oauth2", "v2.0", …; {tenant}, "v2.0",
     * ".well-known", "openid-configuration"; or "devicelogin").
     */
    bool handles(const SandboxRequest &request) const;
    SandboxResponse handle(SandboxRequest &request);

private:
    enum class TenantMatch { Known, Consumers, Unknown };
    TenantMatch matchTenant(const QString &segment) const;

    SandboxResponse authorize(const SandboxRequest &request, bool consumersTenant);
    SandboxResponse startDeviceCode(const SandboxRequest &request, const QUrlQuery &form, bool consumersTenant);
    SandboxResponse deviceLoginPage(const SandboxRequest &request) const;
    SandboxResponse discovery(const SandboxRequest &request) const;
    static bool isDiscovery(const SandboxRequest &request);

    SandboxContext &m_context;
    AuthorizationCodes m_codes;
    DeviceCodes m_devices;
    TokenEndpoint m_token;
};
