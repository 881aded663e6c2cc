// SPDX-License-Identifier: MIT
#include "sandbox/TokenEndpoint.h"

#include "sandbox/AuthorizationCodes.h"
#include "sandbox/DeviceCodes.h"
#include "sandbox/GraphErrors.h"
#include "sandbox/IdTokenBuilder.h"
#include "sandbox/IdentityScopes.h"
#include "sandbox/SandboxContext.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QString authorizationCodeGrant = u"authorization_code"_s;
const QString refreshTokenGrant = u"refresh_token"_s;
const QString deviceCodeGrant = u"urn:ietf:params:oauth:grant-type:device_code"_s;

QString missingParameter(const QString &name)
{
    return u"The request body must contain the following parameter: '%1'."_s.arg(name);
}

SandboxResponse invalidGrant(int aadstsCode, const QString &description)
{
    return TokenEndpoint::error(400, u"invalid_grant"_s, aadstsCode, description);
}

} // namespace

TokenEndpoint::TokenEndpoint(SandboxContext &context, AuthorizationCodes &codes, DeviceCodes &devices)
    : m_context(context)
    , m_codes(codes)
    , m_devices(devices)
{
}

QUrlQuery TokenEndpoint::formFields(const QByteArray &body)
{
    QByteArray plusAsSpace = body;
    plusAsSpace.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(plusAsSpace));
}

SandboxResponse TokenEndpoint::error(int status, const QString &error, int aadstsCode, const QString &description)
{
    SandboxResponse response = GraphErrors::identityError(status, error, aadstsCode, description);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    return response;
}

SandboxResponse TokenEndpoint::consumersRejected(const SandboxApp &app)
{
    return error(400, u"invalid_request"_s, 9002346,
                 u"Application '%1'(%2) is configured for use by Azure Active Directory users only. Please do not use "
                 u"the /consumers endpoint to serve this request."_s.arg(app.clientId, app.displayName));
}

QString TokenEndpoint::unknownClientDescription(const QString &clientId, const QString &tenantName)
{
    return u"Application with identifier '%1' was not found in the directory '%2'. This can happen if the application "
           u"has not been installed by the administrator of the tenant or consented to by any user in the tenant. You "
           u"may have sent your authentication request to the wrong tenant."_s.arg(clientId, tenantName);
}

SandboxResponse TokenEndpoint::handle(const SandboxRequest &request, const QUrlQuery &form, bool consumersTenant)
{
    const QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QString grantType = form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grantType.isEmpty())
        return error(400, u"invalid_request"_s, 900144, missingParameter(u"grant_type"_s));
    if (clientId.isEmpty())
        return error(400, u"invalid_request"_s, 900144, missingParameter(u"client_id"_s));
    const SandboxApp *app = m_context.tenant.app(clientId);
    if (!app)
        return error(400, u"unauthorized_client"_s, 700016, unknownClientDescription(clientId, m_context.tenant.displayName));
    if (consumersTenant)
        return consumersRejected(*app);
    if (grantType != authorizationCodeGrant && grantType != refreshTokenGrant && grantType != deviceCodeGrant) {
        return error(400, u"unsupported_grant_type"_s, 70003,
                     u"The app requested an unsupported grant type '%1'."_s.arg(grantType));
    }
    // A registration without "Allow public client flows" is confidential: it must authenticate.
    if (!app->publicClientFlowsAllowed) {
        return error(401, u"invalid_client"_s, 7000218,
                     u"The request body must contain the following parameter: 'client_assertion' or 'client_secret'."_s);
    }
    if (grantType == authorizationCodeGrant)
        return authorizationCode(request, form, app->clientId);
    if (grantType == refreshTokenGrant)
        return refreshToken(request, form, *app);
    return deviceCode(request, form, app->clientId);
}

SandboxResponse TokenEndpoint::authorizationCode(const SandboxRequest &request, const QUrlQuery &form,
                                                 const QString &clientId)
{
    const QString code = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty())
        return error(400, u"invalid_request"_s, 900144, missingParameter(u"code"_s));
    const QString redirect = form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    if (redirect.isEmpty())
        return error(400, u"invalid_request"_s, 900144, missingParameter(u"redirect_uri"_s));
    const QUrl redirectUri(redirect, QUrl::StrictMode);
    const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);

    const AuthorizationCodes::Redemption redemption = m_codes.redeem(code, clientId, redirectUri, verifier);
    switch (redemption.failure) {
    case CodeFailure::None:
        break;
    case CodeFailure::Unknown:
    case CodeFailure::WrongClient:
        return invalidGrant(9002313, u"Invalid request. Request is malformed or invalid."_s);
    case CodeFailure::Expired:
        return invalidGrant(70008,
                            u"The provided authorization code or refresh token has expired due to inactivity. Send a new "
                            u"interactive authorization request for this user and resource."_s);
    case CodeFailure::AlreadyRedeemed:
        return invalidGrant(54005,
                            u"OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an "
                            u"existing refresh token."_s);
    case CodeFailure::RedirectNotAllowed:
        return invalidGrant(50011,
                            u"The redirect URI '%1' specified in the request does not match the redirect URIs configured "
                            u"for the application '%2'. Make sure the redirect URI sent in the request matches one added "
                            u"to your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError "
                            u"to learn more about how to fix this."_s.arg(redirect, clientId));
    case CodeFailure::RedirectMismatch:
        return invalidGrant(500112,
                            u"The reply address '%1' does not match the reply address provided when requesting "
                            u"Authorization code."_s.arg(redirect));
    case CodeFailure::VerifierMismatch:
        return invalidGrant(50148,
                            u"The code_verifier does not match the code_challenge supplied in the authorization request "
                            u"for PKCE."_s);
    }
    const AuthorizationGrant &grant = redemption.grant;
    return tokens(request, grant.userId, grant.clientId, grant.scopes, grant.nonce);
}

SandboxResponse TokenEndpoint::refreshToken(const SandboxRequest &request, const QUrlQuery &form, const SandboxApp &app)
{
    const QString refreshToken = form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded);
    if (refreshToken.isEmpty())
        return error(400, u"invalid_request"_s, 900144, missingParameter(u"refresh_token"_s));

    // Check the requested scopes before the refresh token is spent on a request that cannot succeed.
    std::optional<ScopeResolution> requested;
    const QString scopeParameter = form.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
    if (!scopeParameter.trimmed().isEmpty()) {
        requested = IdentityScopes::resolve(scopeParameter, app);
        if (!requested->unconsented.isEmpty()) {
            return error(400, u"invalid_grant"_s, 65001,
                         u"The user or administrator has not consented to use the application with ID '%1' named '%2'. "
                         u"Send an interactive authorization request for this user and resource."_s.arg(
                             app.clientId, app.displayName));
        }
    }

    RefreshFailure failure = RefreshFailure::None;
    const auto grant = m_context.tokens.redeemRefreshToken(refreshToken, app.clientId, &failure);
    if (!grant) {
        switch (failure) {
        case RefreshFailure::Revoked: {
            const QString validFrom = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
            return invalidGrant(50173,
                                u"The provided grant has expired due to it being revoked, a fresh auth token is needed. "
                                u"The user might have changed or reset their password. The grant was issued on "
                                u"'%1' and the TokensValidFrom date (before which tokens are not valid) for this user "
                                u"is '%1'."_s.arg(validFrom));
        }
        case RefreshFailure::WrongClient:
            return invalidGrant(70000, u"Provided grant is invalid or malformed."_s);
        case RefreshFailure::Unknown:
        case RefreshFailure::None:
            break;
        }
        return invalidGrant(9002313, u"Invalid request. Request is malformed or invalid."_s);
    }

    QSet<QString> scopes = grant->scopes;
    if (requested) {
        scopes = requested->granted;
        // Having a refresh token means offline_access was granted; the new token keeps it.
        if (grant->scopes.contains(u"offline_access"_s))
            scopes.insert(u"offline_access"_s);
    }
    return tokens(request, grant->userId, grant->appId, scopes, QString());
}

SandboxResponse TokenEndpoint::deviceCode(const SandboxRequest &request, const QUrlQuery &form, const QString &clientId)
{
    const QString deviceCode = form.queryItemValue(u"device_code"_s, QUrl::FullyDecoded);
    if (deviceCode.isEmpty())
        return error(400, u"invalid_request"_s, 900144, missingParameter(u"device_code"_s));

    const DeviceCodes::PollResult poll = m_devices.poll(deviceCode, clientId, m_context.signIn);
    switch (poll.outcome) {
    case DevicePoll::Approved:
        break;
    case DevicePoll::Pending:
        return error(400, u"authorization_pending"_s, 70016,
                     u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
    case DevicePoll::SlowDown:
        return error(400, u"slow_down"_s, 70016,
                     u"OAuth 2.0 device flow error. Polling faster than the interval; add 5 seconds to it."_s);
    case DevicePoll::Declined:
        return error(400, u"authorization_declined"_s, 70016,
                     u"OAuth 2.0 device flow error. The user declined the authorization request."_s);
    case DevicePoll::Expired:
        return error(400, u"expired_token"_s, 70019, u"Verification code expired."_s);
    case DevicePoll::AlreadyRedeemed:
        return invalidGrant(54005,
                            u"OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an "
                            u"existing refresh token."_s);
    case DevicePoll::BlockedByPolicy:
        // What Entra answers when a Conditional Access policy's "authentication flows" condition
        // blocks the device code flow: no token, and the user was shown the same message.
        return error(400, u"invalid_grant"_s, 53003,
                     u"Access has been blocked by Conditional Access policies. The access policy does not allow "
                     u"token issuance."_s);
    case DevicePoll::Unknown:
    case DevicePoll::WrongClient:
        return error(400, u"bad_verification_code"_s, 70018, u"Invalid verification code entered."_s);
    }
    const DeviceAuthorization &authorization = poll.authorization;
    return tokens(request, authorization.userId, authorization.clientId, authorization.scopes, QString());
}

SandboxResponse TokenEndpoint::tokens(const SandboxRequest &request, const QString &userId, const QString &clientId,
                                      const QSet<QString> &scopes, const QString &nonce)
{
    const SandboxUser *user = m_context.tenant.userById(userId);
    if (!user) {
        return invalidGrant(50034, u"The user account does not exist in the '%1' directory. To sign into this "
                                   u"application, the account must be added to the directory."_s.arg(
                                       m_context.tenant.tenantId));
    }
    if (!user->accountEnabled)
        return invalidGrant(50057, u"The user account is disabled."_s);

    const bool offline = scopes.contains(u"offline_access"_s);
    const IssuedTokens issued = m_context.tokens.issue(userId, clientId, scopes, offline);
    QJsonObject body{
        {u"token_type"_s, u"Bearer"_s},
        {u"scope"_s, IdentityScopes::responseScope(scopes)},
        {u"expires_in"_s, issued.expiresIn},
        {u"ext_expires_in"_s, issued.expiresIn},
        {u"access_token"_s, issued.accessToken},
    };
    if (offline)
        body.insert(u"refresh_token"_s, issued.refreshToken);
    if (scopes.contains(u"openid"_s)) {
        IdTokenBuilder::Claims claims;
        claims.authorityHost = request.baseUrl;
        claims.tenantId = m_context.tenant.tenantId;
        claims.clientId = clientId;
        claims.nonce = nonce;
        claims.issuedAt = QDateTime::currentDateTimeUtc();
        claims.lifetimeSeconds = 3600;
        body.insert(u"id_token"_s, IdTokenBuilder::build(*user, claims));
    }
    m_context.log.count(u"identity.tokens"_s);
    SandboxResponse response = SandboxResponse::json(200, body);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    response.setHeader("Pragma", "no-cache");
    return response;
}
