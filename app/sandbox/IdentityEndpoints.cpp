// SPDX-License-Identifier: MIT
#include "sandbox/IdentityEndpoints.h"

#include "sandbox/IdentityScopes.h"
#include "sandbox/LoopbackRedirectUri.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * What the identity platform shows in the browser when it cannot trust the redirect URI (or the
 * app): an error page, never a redirect.
 */
SandboxResponse errorPage(int aadstsCode, const QString &description)
{
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString html = u"<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>"
                         u"<h1>Sign in</h1><p>Sorry, but we're having trouble signing you in.</p>"
                         u"<p id=\"error\">AADSTS%1: %2</p>"
                         u"<p>Correlation ID: %3<br>Timestamp: %4</p></body></html>"_s.arg(
                             QString::number(aadstsCode), description.toHtmlEscaped(), correlationId, timestamp);
    SandboxResponse response = SandboxResponse::text(400, html.toUtf8(), "text/html");
    response.setHeader("x-ms-error-code", "AADSTS" + QByteArray::number(aadstsCode));
    return response;
}

/** Back to the app's redirect URI with the given parameters appended to its query. */
SandboxResponse redirectTo(const QUrl &redirectUri, const QList<QPair<QString, QString>> &parameters)
{
    QString query = redirectUri.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += u'&';
        query += name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    QUrl location = redirectUri;
    // A loopback redirect URI without a path comes back with a trailing '/', as the real one does.
    if (location.path().isEmpty())
        location.setPath(u"/"_s);
    location.setQuery(query, QUrl::StrictMode);
    SandboxResponse response = SandboxResponse::redirect(location);
    response.setHeader("Cache-Control", "no-store, no-cache");
    return response;
}

SandboxResponse redirectError(const QUrl &redirectUri, const QString &state, const QString &error, int aadstsCode,
                              const QString &description)
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    QList<QPair<QString, QString>> parameters{
        {u"error"_s, error},
        {u"error_description"_s, u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
                                      QString::number(aadstsCode), description, traceId, correlationId, timestamp)},
    };
    if (!state.isEmpty())
        parameters.append({u"state"_s, state});
    return redirectTo(redirectUri, parameters);
}

QString missingParameter(const QString &name)
{
    return u"The request body must contain the following parameter: '%1'."_s.arg(name);
}

} // namespace

IdentityEndpoints::IdentityEndpoints(SandboxContext &context)
    : m_context(context)
    , m_devices(context.options.clock)
    , m_token(context, m_codes, m_devices)
{
}

bool IdentityEndpoints::isDiscovery(const SandboxRequest &request)
{
    return request.segments.size() == 4 && request.segments.at(1).compare(u"v2.0"_s, Qt::CaseInsensitive) == 0
           && request.segments.at(2) == u".well-known"_s && request.segments.at(3) == u"openid-configuration"_s;
}

bool IdentityEndpoints::handles(const SandboxRequest &request) const
{
    if (isDiscovery(request))
        return true;
    if (request.segments.size() == 1)
        return request.segments.at(0).compare(u"devicelogin"_s, Qt::CaseInsensitive) == 0;
    return request.segments.size() >= 3 && request.segments.at(1).compare(u"oauth2"_s, Qt::CaseInsensitive) == 0;
}

IdentityEndpoints::TenantMatch IdentityEndpoints::matchTenant(const QString &segment) const
{
    const QString tenant = segment.toLower();
    if (tenant == u"organizations"_s || tenant == u"common"_s || tenant == m_context.tenant.tenantId.toLower())
        return TenantMatch::Known;
    if (tenant == u"consumers"_s)
        return TenantMatch::Consumers;
    for (const SandboxDomain &domain : m_context.tenant.domains) {
        if (domain.isVerified && domain.id.compare(tenant, Qt::CaseInsensitive) == 0)
            return TenantMatch::Known;
    }
    return TenantMatch::Unknown;
}

SandboxResponse IdentityEndpoints::handle(SandboxRequest &request)
{
    if (request.segments.size() == 1)
        return deviceLoginPage(request);
    if (isDiscovery(request))
        return discovery(request);

    const QString leaf = request.segments.size() == 4 ? request.segments.at(3).toLower() : QString();
    const bool known = request.segments.at(2).compare(u"v2.0"_s, Qt::CaseInsensitive) == 0
        && (leaf == u"authorize"_s || leaf == u"token"_s || leaf == u"devicecode"_s);
    if (!known)
        return SandboxResponse::text(404, "Not found");

    const TenantMatch tenant = matchTenant(request.segments.at(0));
    if (tenant == TenantMatch::Unknown) {
        const QString description =
            u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the correct "
            u"cloud. Check with your subscription administrator, this may happen if there are no active subscriptions "
            u"for the tenant."_s.arg(request.segments.at(0));
        if (leaf == u"authorize"_s)
            return errorPage(90002, description);
        return TokenEndpoint::error(400, u"invalid_request"_s, 90002, description);
    }
    const bool consumers = tenant == TenantMatch::Consumers;

    if (leaf == u"authorize"_s) {
        if (request.method != "GET")
            return errorPage(900561, u"The endpoint only accepts GET requests. Received a %1 request."_s.arg(
                                         QString::fromLatin1(request.method)));
        return authorize(request, consumers);
    }
    if (request.method != "POST") {
        return TokenEndpoint::error(400, u"invalid_request"_s, 900561,
                                    u"The endpoint only accepts POST, OPTIONS requests. Received a %1 request."_s.arg(
                                        QString::fromLatin1(request.method)));
    }
    const QUrlQuery form = TokenEndpoint::formFields(request.body);
    if (leaf == u"token"_s)
        return m_token.handle(request, form, consumers);
    return startDeviceCode(request, form, consumers);
}

SandboxResponse IdentityEndpoints::authorize(const SandboxRequest &request, bool consumersTenant)
{
    const QString clientId = request.queryValue(u"client_id"_s);
    if (clientId.isEmpty())
        return errorPage(900144, missingParameter(u"client_id"_s));
    const SandboxApp *app = m_context.tenant.app(clientId);
    if (!app)
        return errorPage(700016, TokenEndpoint::unknownClientDescription(clientId, m_context.tenant.displayName));
    if (consumersTenant) {
        return errorPage(9002346, u"Application '%1'(%2) is configured for use by Azure Active Directory users only. "
                                  u"Please do not use the /consumers endpoint to serve this request."_s.arg(
                                      app->clientId, app->displayName));
    }
    const QString redirectParameter = request.queryValue(u"redirect_uri"_s);
    const QUrl redirectUri(redirectParameter, QUrl::StrictMode);
    if (redirectParameter.isEmpty() || !LoopbackRedirectUri::isAllowed(redirectUri)) {
        return errorPage(50011,
                         u"The redirect URI '%1' specified in the request does not match the redirect URIs configured "
                         u"for the application '%2'. Make sure the redirect URI sent in the request matches one added to "
                         u"your application in the Azure portal. Navigate to https://aka.ms/redirectUriMismatchError to "
                         u"learn more about how to fix this."_s.arg(redirectParameter, app->clientId));
    }

    // The redirect URI is trusted from here on: further errors go back to the app.
    const QString state = request.queryValue(u"state"_s);
    const QString responseType = request.queryValue(u"response_type"_s);
    if (responseType.isEmpty())
        return redirectError(redirectUri, state, u"invalid_request"_s, 900144, missingParameter(u"response_type"_s));
    if (responseType != u"code"_s) {
        return redirectError(redirectUri, state, u"unsupported_response_type"_s, 700054,
                             u"response_type '%1' is not enabled for the application."_s.arg(responseType));
    }
    const QString responseMode = request.queryValue(u"response_mode"_s);
    if (!responseMode.isEmpty() && responseMode != u"query"_s) {
        return redirectError(redirectUri, state, u"invalid_request"_s, 9002313,
                             u"Invalid request. The sandbox answers with response_mode=query only, not '%1'."_s.arg(
                                 responseMode));
    }

    const ScopeResolution scopes = IdentityScopes::resolve(request.queryValue(u"scope"_s), *app);
    if (scopes.missing)
        return redirectError(redirectUri, state, u"invalid_request"_s, 900144, missingParameter(u"scope"_s));
    if (!scopes.unconsented.isEmpty()) {
        return redirectError(redirectUri, state, u"consent_required"_s, 65001,
                             u"The user or administrator has not consented to use the application with ID '%1' named "
                             u"'%2'. Send an interactive authorization request for this user and resource. Not "
                             u"consented: %3."_s.arg(app->clientId, app->displayName, scopes.unconsented.join(u' ')));
    }

    // PKCE is optional for public clients; when used, S256 (recommended) or plain, as Entra accepts.
    const QString challenge = request.queryValue(u"code_challenge"_s);
    QString method = request.queryValue(u"code_challenge_method"_s);
    if (!challenge.isEmpty() && method.isEmpty())
        method = u"plain"_s;
    if (!method.isEmpty() && method != u"S256"_s && method != u"plain"_s) {
        return redirectError(redirectUri, state, u"invalid_request"_s, 501478,
                             u"Invalid code_challenge_method '%1'. Supported values are 'S256' and 'plain'."_s.arg(
                                 method));
    }
    if (challenge.isEmpty() && request.hasQuery(u"code_challenge_method"_s))
        return redirectError(redirectUri, state, u"invalid_request"_s, 900144, missingParameter(u"code_challenge"_s));
    if (!challenge.isEmpty() && (challenge.size() < 43 || challenge.size() > 128)) {
        return redirectError(redirectUri, state, u"invalid_request"_s, 501491,
                             u"Invalid size of Code_Challenge parameter."_s);
    }

    // No sign-in UI: the account is the one the test chose to pick, the login_hint, or the demo
    // admin. A login_hint only prefills the account picker; another account may still sign in.
    const QString loginHint = request.queryValue(u"login_hint"_s);
    const QString pickedUserId = std::exchange(m_context.signIn.approveAsUserId, QString());
    const SandboxUser *user = !pickedUserId.isEmpty() ? m_context.tenant.userById(pickedUserId)
                              : loginHint.isEmpty()   ? m_context.tenant.userById(m_context.tenant.adminUserId)
                                                      : m_context.tenant.userByIdOrUpn(loginHint);
    if (!user) {
        return errorPage(50034, u"The user account %1 does not exist in the '%2' directory. To sign into this "
                                u"application, the account must be added to the directory."_s.arg(
                                    loginHint, m_context.tenant.tenantId));
    }
    if (!user->accountEnabled)
        return errorPage(50057, u"The user account is disabled."_s);

    if (m_context.signIn.declineNext) {
        m_context.signIn.declineNext = false;
        return redirectError(redirectUri, state, u"access_denied"_s, 65004,
                             u"User declined to consent to access the app."_s);
    }

    AuthorizationGrant grant;
    grant.userId = user->id;
    grant.clientId = app->clientId;
    grant.redirectUri = redirectUri;
    grant.codeChallenge = challenge;
    grant.codeChallengeMethod = method;
    grant.scopes = scopes.granted;
    grant.nonce = request.queryValue(u"nonce"_s);
    const QString code = m_codes.issue(grant);
    m_context.log.count(u"identity.authorizations"_s);

    QList<QPair<QString, QString>> parameters{{u"code"_s, code}};
    if (request.hasQuery(u"state"_s))
        parameters.append({u"state"_s, state});
    parameters.append({u"session_state"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)});
    return redirectTo(redirectUri, parameters);
}

SandboxResponse IdentityEndpoints::startDeviceCode(const SandboxRequest &request, const QUrlQuery &form,
                                                   bool consumersTenant)
{
    const QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return TokenEndpoint::error(400, u"invalid_request"_s, 900144, missingParameter(u"client_id"_s));
    const SandboxApp *app = m_context.tenant.app(clientId);
    if (!app) {
        return TokenEndpoint::error(400, u"unauthorized_client"_s, 700016,
                                    TokenEndpoint::unknownClientDescription(clientId, m_context.tenant.displayName));
    }
    if (consumersTenant)
        return TokenEndpoint::consumersRejected(*app);
    const ScopeResolution scopes = IdentityScopes::resolve(form.queryItemValue(u"scope"_s, QUrl::FullyDecoded), *app);
    if (scopes.missing)
        return TokenEndpoint::error(400, u"invalid_request"_s, 900144, missingParameter(u"scope"_s));
    if (!scopes.unconsented.isEmpty()) {
        return TokenEndpoint::error(400, u"consent_required"_s, 65001,
                                    u"The user or administrator has not consented to use the application with ID '%1' "
                                    u"named '%2'. Send an interactive authorization request for this user and "
                                    u"resource."_s.arg(app->clientId, app->displayName));
    }

    // A public-client-off app gets its AADSTS7000218 when it polls the token endpoint.
    const DeviceAuthorization authorization = m_devices.start(app->clientId, m_context.tenant.adminUserId,
                                                              scopes.granted, m_context.signIn,
                                                              m_context.options.timeScale);
    const QString verificationUri = request.baseUrl.toString(QUrl::StripTrailingSlash) + u"/devicelogin"_s;
    const QJsonObject body{
        {u"user_code"_s, authorization.userCode},
        {u"device_code"_s, authorization.deviceCode},
        {u"verification_uri"_s, verificationUri},
        {u"expires_in"_s, authorization.expiresInSeconds},
        {u"interval"_s, authorization.intervalSeconds},
        {u"message"_s, u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s.arg(
                           verificationUri, authorization.userCode)},
    };
    SandboxResponse response = SandboxResponse::json(200, body);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("Cache-Control", "no-store, no-cache");
    return response;
}

SandboxResponse IdentityEndpoints::discovery(const SandboxRequest &request) const
{
    const QString tenantSegment = request.segments.at(0);
    if (matchTenant(tenantSegment) == TenantMatch::Unknown) {
        return TokenEndpoint::error(
            400, u"invalid_tenant"_s, 90002,
            u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the "
            u"correct cloud."_s.arg(tenantSegment));
    }
    const QString base = request.baseUrl.toString(QUrl::StripTrailingSlash) + u'/' + tenantSegment;
    const QString issuerTenant = tenantSegment.compare(u"organizations"_s, Qt::CaseInsensitive) == 0
                                         || tenantSegment.compare(u"common"_s, Qt::CaseInsensitive) == 0
                                     ? u"{tenantid}"_s
                                     : m_context.tenant.tenantId;
    const QJsonObject body{
        {u"issuer"_s, QString(request.baseUrl.toString(QUrl::StripTrailingSlash) + u'/' + issuerTenant + u"/v2.0"_s)},
        {u"authorization_endpoint"_s, QString(base + u"/oauth2/v2.0/authorize"_s)},
        {u"token_endpoint"_s, QString(base + u"/oauth2/v2.0/token"_s)},
        {u"device_authorization_endpoint"_s, QString(base + u"/oauth2/v2.0/devicecode"_s)},
        {u"response_types_supported"_s, QJsonArray{u"code"_s, u"id_token"_s, u"code id_token"_s}},
        {u"scopes_supported"_s, QJsonArray{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}},
        {u"tenant_region_scope"_s, u"EU"_s},
    };
    return SandboxResponse::json(200, body);
}

SandboxResponse IdentityEndpoints::deviceLoginPage(const SandboxRequest &) const
{
    const QString html = u"<!DOCTYPE html><html><head><title>Enter code</title></head><body><h1>Enter code</h1>"
                         u"<p>This is the ResetDesk sandbox tenant (%1). It approves device sign-ins by itself: go "
                         u"back to the application, it will be signed in shortly.</p></body></html>"_s.arg(
                             m_context.tenant.displayName.toHtmlEscaped());
    return SandboxResponse::text(200, html.toUtf8(), "text/html");
}
