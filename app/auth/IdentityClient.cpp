// SPDX-License-Identifier: MIT
#include "auth/IdentityClient.h"

#include "auth/AuthLogging.h"
#include "auth/AuthScopes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto transferTimeout = 30s;

QByteArray formEncode(const IdentityClient::Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        // QUrlQuery would leave '+' and '&' ambiguous in values; percent-encode everything reserved.
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

AuthError transportFailure(QNetworkReply::NetworkError error)
{
    AuthError result;
    result.kind = AuthError::Kind::NetworkUnavailable;
    result.error = u"network_error"_s;
    result.description = u"Network error %1"_s.arg(int(error));
    return result;
}

} // namespace

IdentityClient::IdentityClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    setConnection(ConnectionSettings());
}

void IdentityClient::setConnection(const ConnectionSettings &settings)
{
    m_connection = settings;
    m_endpoints = settings.endpoints();
    m_authorityChecked = false;
}

QString IdentityClient::scopeParameter(const QStringList &scopes) const
{
    return AuthScopes::requestParameter(scopes, m_endpoints.cloud());
}

void IdentityClient::redeemAuthorizationCode(const QString &code, const QUrl &redirectUri,
                                             const QByteArray &codeVerifier, const QStringList &scopes,
                                             QObject *context, TokenCallback callback)
{
    const Form form{
        {u"client_id"_s, m_connection.clientId},
        {u"grant_type"_s, u"authorization_code"_s},
        {u"code"_s, code},
        {u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded)},
        {u"code_verifier"_s, QString::fromLatin1(codeVerifier)},
        {u"scope"_s, scopeParameter(scopes)},
    };
    requestTokens(form, "authorization_code", context, std::move(callback));
}

void IdentityClient::redeemRefreshToken(const QString &refreshToken, const QStringList &scopes, QObject *context,
                                        TokenCallback callback)
{
    const Form form{
        {u"client_id"_s, m_connection.clientId},
        {u"grant_type"_s, u"refresh_token"_s},
        {u"refresh_token"_s, refreshToken},
        {u"scope"_s, scopeParameter(scopes)},
    };
    requestTokens(form, "refresh_token", context, [callback = std::move(callback)](const TokenResponse &tokens, const AuthError &error) {
        AuthError mapped = error;
        // For a refresh every invalid_grant (AADSTS70008 expired, 50173 revoked, 70000 rotated
        // away) means the same thing to the admin: sign in again.
        if (mapped.error == u"invalid_grant"_s)
            mapped.kind = AuthError::Kind::SessionExpired;
        callback(tokens, mapped);
    });
}

void IdentityClient::pollDeviceCode(const QString &deviceCode, QObject *context, TokenCallback callback)
{
    const Form form{
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
        {u"client_id"_s, m_connection.clientId},
        {u"device_code"_s, deviceCode},
    };
    requestTokens(form, "device_code", context, std::move(callback));
}

void IdentityClient::requestDeviceCode(const QStringList &scopes, QObject *context, DeviceCodeCallback callback)
{
    const Form form{
        {u"client_id"_s, m_connection.clientId},
        {u"scope"_s, scopeParameter(scopes)},
    };
    const QUrl url = m_endpoints.deviceCodeUrl();
    post(url, form, context,
         [callback = std::move(callback), url](int status, const QByteArray &body, const AuthError &transportError) {
             if (transportError.isError()) {
                 callback({}, transportError);
                 return;
             }
             if (status != 200) {
                 const AuthError error = parseError(status, body, url);
                 qCInfo(lcAuth).noquote() << "devicecode request failed:" << error.error << "AADSTS" << error.aadstsCode
                                          << "correlation" << error.correlationId;
                 callback({}, error);
                 return;
             }
             const QJsonObject json = QJsonDocument::fromJson(body).object();
             DeviceCodeResponse response;
             response.deviceCode = json.value(u"device_code"_s).toString();
             response.userCode = json.value(u"user_code"_s).toString();
             response.verificationUri = QUrl(json.value(u"verification_uri"_s).toString());
             response.expiresIn = json.value(u"expires_in"_s).toVariant().toInt();
             response.interval = json.value(u"interval"_s).toVariant().toInt();
             response.message = json.value(u"message"_s).toString();
             if (!json.contains(u"interval"_s))
                 response.interval = 5; // RFC 8628 §3.2 default
             if (response.deviceCode.isEmpty() || response.userCode.isEmpty() || !response.verificationUri.isValid()
                 || response.verificationUri.isEmpty()) {
                 AuthError error;
                 error.kind = AuthError::Kind::MalformedResponse;
                 error.httpStatus = status;
                 error.description = u"The device code response lacks device_code, user_code or verification_uri."_s;
                 callback({}, error);
                 return;
             }
             callback(response, {});
         });
}

// The log lines below name only the grant type ("refresh_token", …), the OAuth error code, the
// AADSTS number and the correlation id: never the form, the body, a code or a token.
void IdentityClient::requestTokens(const Form &form, const char *grant, QObject *context, TokenCallback callback)
{
    const QUrl url = m_endpoints.tokenUrl();
    post(url, form, context,
         [callback = std::move(callback), grant, url, clock = m_clock](int status, const QByteArray &body,
                                                                 const AuthError &transportError) {
             if (transportError.isError()) {
                 qCInfo(lcAuth) << "token request" << grant << "did not reach the identity platform";
                 callback({}, transportError);
                 return;
             }
             if (status != 200) {
                 const AuthError error = parseError(status, body, url);
                 // authorization_pending is the normal answer while the admin types the code.
                 if (error.error != u"authorization_pending"_s)
                     qCInfo(lcAuth).noquote() << "token request" << grant << "failed: HTTP" << status << error.error
                                              << "AADSTS" << error.aadstsCode << "correlation" << error.correlationId;
                 callback({}, error);
                 return;
             }
             AuthError error;
             const TokenResponse tokens = parseTokenResponse(body, clock->nowUtc(), &error);
             if (error.isError()) {
                 error.httpStatus = status;
                 qCWarning(lcAuth) << "token response for" << grant << "is malformed";
             } else {
                 qCDebug(lcAuth) << "tokens received for" << grant << "expiring in" << tokens.expiresIn << "s";
             }
             callback(tokens, error);
         });
}

void IdentityClient::checkAuthority(QObject *context, std::function<void(const AuthError &error)> callback)
{
    const QUrl url = m_endpoints.discoveryUrl();
    if (m_authorityChecked || !m_endpoints.isValid() || !CloudEndpoints::isAcceptableUrl(url)) {
        // Known good already, or refused by post() with its own error when the sign-in goes on.
        QMetaObject::invokeMethod(context, [callback = std::move(callback)] { callback({}); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(std::chrono::duration_cast<std::chrono::milliseconds>(transferTimeout).count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QPointer<IdentityClient> self(this);
    deliver(m_network->get(request), context,
            [callback = std::move(callback), url, self](int status, const QByteArray &body,
                                                       const AuthError &transportError) {
                if (transportError.isError()) {
                    callback(transportError);
                    return;
                }
                const bool describesAuthority =
                    status == 200 && QJsonDocument::fromJson(body).object().contains(u"authorization_endpoint"_s);
                if (describesAuthority) {
                    // Only for the connection it was asked for: a change since resets the flag.
                    if (self && self->m_endpoints.discoveryUrl() == url)
                        self->m_authorityChecked = true;
                    callback({});
                    return;
                }
                AuthError error = parseError(status == 200 ? 404 : status, body, url);
                qCInfo(lcAuth).noquote() << "the sign-in address does not answer as an identity platform: HTTP"
                                         << status << error.error << "AADSTS" << error.aadstsCode;
                callback(error);
            });
}

void IdentityClient::post(const QUrl &url, const Form &form, QObject *context, ReplyHandler handler)
{
    if (!m_endpoints.isValid() || !CloudEndpoints::isAcceptableUrl(url)) {
        AuthError error;
        error.kind = AuthError::Kind::Other;
        error.error = u"insecure_endpoint"_s;
        error.description = u"The sign-in endpoint is not https:// (or http:// on loopback): %1"_s.arg(
            m_endpoints.validationError());
        qCWarning(lcAuth) << "refusing to post to an unacceptable identity endpoint";
        QMetaObject::invokeMethod(context, [handler = std::move(handler), error] { handler(0, {}, error); },
                                  Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(std::chrono::duration_cast<std::chrono::milliseconds>(transferTimeout).count()));
    // Tokens must never be answered from a cache or follow a redirect to another host.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    deliver(m_network->post(request, formEncode(form)), context, std::move(handler));
}

void IdentityClient::deliver(QNetworkReply *reply, QObject *context, ReplyHandler handler)
{
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QPointer<QNetworkReply> guard(reply);
    connect(context, &QObject::destroyed, reply, [guard] {
        if (guard)
            guard->abort();
    });
    connect(reply, &QNetworkReply::finished, context, [reply, handler = std::move(handler)] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            handler(0, {}, transportFailure(reply->error()));
            return;
        }
        handler(status, body, {});
    });
}

TokenResponse IdentityClient::parseTokenResponse(const QByteArray &body, const QDateTime &receivedAt,
                                                 AuthError *error)
{
    TokenResponse tokens;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = document.object();
    tokens.accessToken = json.value(u"access_token"_s).toString();
    tokens.refreshToken = json.value(u"refresh_token"_s).toString();
    tokens.idToken = json.value(u"id_token"_s).toString();
    tokens.scopes = json.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    tokens.expiresIn = json.value(u"expires_in"_s).toVariant().toInt();
    tokens.receivedAt = receivedAt;
    const QString tokenType = json.value(u"token_type"_s).toString();
    const bool valid = parseError.error == QJsonParseError::NoError && document.isObject()
                       && !tokens.accessToken.isEmpty()
                       && (tokenType.isEmpty() || tokenType.compare(u"Bearer"_s, Qt::CaseInsensitive) == 0);
    if (error) {
        *error = {};
        if (!valid) {
            error->kind = AuthError::Kind::MalformedResponse;
            error->description = u"The token response has no bearer access token."_s;
        }
    }
    if (!valid)
        return {};
    return tokens;
}

AuthError IdentityClient::parseError(int httpStatus, const QByteArray &body, const QUrl &address)
{
    AuthError result;
    result.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = document.object();
    result.error = json.value(u"error"_s).toString();
    result.description = json.value(u"error_description"_s).toString();
    result.correlationId = json.value(u"correlation_id"_s).toString();
    const QJsonArray codes = json.value(u"error_codes"_s).toArray();
    if (!codes.isEmpty())
        result.aadstsCode = codes.first().toInt();
    if (result.aadstsCode == 0)
        result.aadstsCode = aadstsCodeIn(result.description);

    if (parseError.error != QJsonParseError::NoError || !document.isObject() || result.error.isEmpty()) {
        // A proxy's HTML page, an empty 502, or a server that is no identity platform at all:
        // no OAuth error to go by.
        result.kind = httpStatus >= 500    ? AuthError::Kind::ServiceError
                      : httpStatus == 404 ? AuthError::Kind::EndpointNotFound
                                          : AuthError::Kind::MalformedResponse;
        result.address = address;
        if (result.description.isEmpty())
            result.description = u"HTTP %1 without an identity platform error body from %2."_s.arg(
                QString::number(httpStatus), address.toDisplayString());
        return result;
    }
    result.kind = kindFor(result.error, result.aadstsCode, httpStatus);
    return result;
}

AuthError::Kind IdentityClient::kindFor(const QString &error, int aadstsCode, int httpStatus)
{
    using Kind = AuthError::Kind;
    switch (aadstsCode) {
    case 7000218: return Kind::PublicClientDisabled;
    case 700016: return Kind::UnknownApplication;
    case 90002: return Kind::UnknownTenant;
    case 50011: return Kind::RedirectMismatch;
    case 65001: return Kind::ConsentRequired;
    case 65004: return Kind::Declined; // user declined to consent
    case 70019: return Kind::CodeExpired;
    case 70008: return Kind::CodeExpired; // for refresh grants the caller reads invalid_grant as SessionExpired
    case 53003: return Kind::BlockedByPolicy; // whatever the OAuth error code: the policy decided
    default: break;
    }
    if (error == u"access_denied"_s || error == u"authorization_declined"_s)
        return Kind::Declined;
    if (error == u"expired_token"_s)
        return Kind::CodeExpired;
    if (error == u"invalid_grant"_s)
        return Kind::SessionExpired;
    if (error == u"interaction_required"_s || error == u"consent_required"_s || error == u"login_required"_s)
        return Kind::InteractionRequired;
    if (error == u"invalid_scope"_s)
        return Kind::ConsentRequired;
    if (error == u"temporarily_unavailable"_s || error == u"server_error"_s || httpStatus >= 500)
        return Kind::ServiceError;
    return Kind::Other;
}

int IdentityClient::aadstsCodeIn(const QString &text)
{
    static const QRegularExpression pattern(u"AADSTS(\\d+)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}
