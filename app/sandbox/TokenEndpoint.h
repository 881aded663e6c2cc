// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

class AuthorizationCodes;
class DeviceCodes;
struct SandboxApp;
struct SandboxContext;

/**
 * POST /{tenant}/oauth2/v2.0/token for a public client: the authorization_code (PKCE),
 * refresh_token (rotating) and device_code grants, answering the identity platform's token
 * response (token_type, scope, expires_in, access, refresh and id tokens) or its error body.
 */
class TokenEndpoint final
{
public:
    TokenEndpoint(SandboxContext &context, AuthorizationCodes &codes, DeviceCodes &devices);

    /** @p consumersTenant: the request came in under /consumers/ (work and school apps only here). */
    SandboxResponse handle(const SandboxRequest &request, const QUrlQuery &form, bool consumersTenant);

    /** Form fields of an application/x-www-form-urlencoded body ('+' is a space). */
    static QUrlQuery formFields(const QByteArray &body);
    /** An identity-platform JSON error with the no-store headers of the token endpoints. */
    static SandboxResponse error(int status, const QString &error, int aadstsCode, const QString &description);
    /** AADSTS9002346 for an app used through /consumers. */
    static SandboxResponse consumersRejected(const SandboxApp &app);
    /** AADSTS700016 for a client id the tenant does not know. */
    static QString unknownClientDescription(const QString &clientId, const QString &tenantName);

private:
    SandboxResponse authorizationCode(const SandboxRequest &request, const QUrlQuery &form, const QString &clientId);
    SandboxResponse refreshToken(const SandboxRequest &request, const QUrlQuery &form, const SandboxApp &app);
    SandboxResponse deviceCode(const SandboxRequest &request, const QUrlQuery &form, const QString &clientId);
    SandboxResponse tokens(const SandboxRequest &request, const QString &userId, const QString &clientId,
                           const QSet<QString> &scopes, const QString &nonce);

    SandboxContext &m_context;
    AuthorizationCodes &m_codes;
    DeviceCodes &m_devices;
};
