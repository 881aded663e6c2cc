// SPDX-License-Identifier: MIT
// Parsing and mapping without a server; the wire itself is covered by AuthSessionTests.
#include "CatchQt.h"
#include "WaitUntil.h"

#include "auth/AuthScopes.h"
#include "auth/IdTokenClaims.h"
#include "auth/IdentityClient.h"
#include "auth/InteractiveSignIn.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using Kind = AuthError::Kind;

namespace {

QByteArray errorBody(const QString &error, int code)
{
    const QJsonObject body{
        {u"error"_s, error},
        {u"error_description"_s, u"AADSTS%1: Something.\r\nTrace ID: t\r\nCorrelation ID: c-1\r\nTimestamp: x"_s.arg(code)},
        {u"error_codes"_s, QJsonArray{code}},
        {u"correlation_id"_s, u"c-1"_s},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

TEST_CASE("IdentityClient: parses the token response of section 14.4", "[auth][identity]")
{
    const QByteArray body = R"({"token_type":"Bearer","scope":"User.Read.All User-PasswordProfile.ReadWrite.All",
        "expires_in":3599,"ext_expires_in":3599,"access_token":"at-1","refresh_token":"rt-1","id_token":"a.b.c"})";
    AuthError error;
    const QDateTime receivedAt(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const TokenResponse tokens = IdentityClient::parseTokenResponse(body, receivedAt, &error);
    CHECK_FALSE(error.isError());
    CHECK(tokens.accessToken == u"at-1"_s);
    CHECK(tokens.refreshToken == u"rt-1"_s);
    CHECK(tokens.idToken == u"a.b.c"_s);
    CHECK(tokens.expiresIn == 3599);
    CHECK(tokens.scopes == QStringList{u"User.Read.All"_s, u"User-PasswordProfile.ReadWrite.All"_s});
    CHECK(tokens.receivedAt == receivedAt);
}

TEST_CASE("IdentityClient: a token response without an access token is malformed", "[auth][identity]")
{
    AuthError error;
    CHECK(IdentityClient::parseTokenResponse(R"({"token_type":"Bearer"})", {}, &error).accessToken.isEmpty());
    CHECK(error.kind == Kind::MalformedResponse);
    IdentityClient::parseTokenResponse("<html>", {}, &error);
    CHECK(error.kind == Kind::MalformedResponse);
    IdentityClient::parseTokenResponse(R"({"token_type":"pop","access_token":"x"})", {}, &error);
    CHECK(error.kind == Kind::MalformedResponse);
}

TEST_CASE("IdentityClient: error bodies keep error code AADSTS number and correlation id", "[auth][identity]")
{
    const AuthError error = IdentityClient::parseError(400, errorBody(u"invalid_grant"_s, 50173));
    CHECK(error.kind == Kind::SessionExpired);
    CHECK(error.error == u"invalid_grant"_s);
    CHECK(error.aadstsCode == 50173);
    CHECK(error.correlationId == u"c-1"_s);
    CHECK(error.httpStatus == 400);
    CHECK(error.description.startsWith(u"AADSTS50173:"_s));
}

TEST_CASE("IdentityClient: maps AADSTS codes and OAuth errors to kinds", "[auth][identity]")
{
    struct Case { QString error; int code; int status; Kind kind; };
    const Case cases[] = {
        {u"invalid_client"_s, 7000218, 401, Kind::PublicClientDisabled},
        {u"unauthorized_client"_s, 700016, 400, Kind::UnknownApplication},
        {u"invalid_request"_s, 90002, 400, Kind::UnknownTenant},
        {u"invalid_request"_s, 50011, 400, Kind::RedirectMismatch},
        {u"invalid_grant"_s, 65001, 400, Kind::ConsentRequired},
        {u"invalid_scope"_s, 70011, 400, Kind::ConsentRequired},
        {u"expired_token"_s, 70019, 400, Kind::CodeExpired},
        {u"invalid_grant"_s, 70008, 400, Kind::CodeExpired},
        {u"authorization_declined"_s, 70016, 400, Kind::Declined},
        {u"access_denied"_s, 0, 0, Kind::Declined},
        {u"interaction_required"_s, 50076, 400, Kind::InteractionRequired},
        {u"consent_required"_s, 0, 400, Kind::InteractionRequired},
        {u"temporarily_unavailable"_s, 0, 503, Kind::ServiceError},
        {u"invalid_grant"_s, 50173, 400, Kind::SessionExpired},
        {u"bad_verification_code"_s, 70018, 400, Kind::Other},
    };
    for (const Case &c : cases) {
        INFO(c.error.toStdString() << " " << c.code);
        CHECK(IdentityClient::kindFor(c.error, c.code, c.status) == c.kind);
    }
}

TEST_CASE("IdentityClient: bodies that are not identity errors map by HTTP status", "[auth][identity]")
{
    CHECK(IdentityClient::parseError(502, "<html>Bad gateway</html>").kind == Kind::ServiceError);
    CHECK(IdentityClient::parseError(400, "").kind == Kind::MalformedResponse);
    CHECK(IdentityClient::aadstsCodeIn(u"AADSTS65004: User declined to consent"_s) == 65004);
    CHECK(IdentityClient::aadstsCodeIn(u"no code here"_s) == 0);
}

TEST_CASE("IdentityClient: refuses to post to http off loopback", "[auth][identity]")
{
    QNetworkAccessManager network;
    IdentityClient client(&network);
    ConnectionSettings settings;
    settings.cloud = Cloud::Custom;
    settings.customAuthorityHost = QUrl(u"http://login.example.com"_s);
    settings.customGraphRoot = QUrl(u"https://graph.example.com/v1.0"_s);
    client.setConnection(settings);
    QObject context;
    AuthError seen;
    bool called = false;
    client.redeemRefreshToken(u"rt"_s, AuthScopes::signIn(), &context, [&](const TokenResponse &, const AuthError &error) {
        called = true;
        seen = error;
    });
    REQUIRE(waitUntil([&] { return called; }, 5000));
    CHECK(seen.kind == Kind::Other);
    CHECK(seen.error == u"insecure_endpoint"_s);
}

TEST_CASE("IdTokenClaims: reads preferred_username name tid and oid from the payload", "[auth][identity]")
{
    const QJsonObject payload{{u"preferred_username"_s, u"admin@contoso.onmicrosoft.com"_s},
                              {u"name"_s, u"Åsa Admin"_s},
                              {u"tid"_s, u"tenant-1"_s},
                              {u"oid"_s, u"object-1"_s}};
    const QString token = base64Url(R"({"alg":"RS256","typ":"JWT"})") + u'.'
                          + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + u".sig"_s;
    const auto claims = IdTokenClaims::decode(token);
    REQUIRE(claims.has_value());
    CHECK(claims->preferredUsername == u"admin@contoso.onmicrosoft.com"_s);
    CHECK(claims->name == u"Åsa Admin"_s);
    CHECK(claims->tenantId == u"tenant-1"_s);
    CHECK(claims->objectId == u"object-1"_s);

    CHECK_FALSE(IdTokenClaims::decode(u"not-a-jwt"_s).has_value());
    CHECK_FALSE(IdTokenClaims::decode(u"a.!!!.c"_s).has_value());
    CHECK_FALSE(IdTokenClaims::decode(u"a."_s + base64Url("[1]") + u".c"_s).has_value());
}

TEST_CASE("AuthScopes: feature sets and the base are what each feature needs", "[auth][scopes]")
{
    CHECK(AuthScopes::signIn() == QStringList{u"openid"_s, u"profile"_s, u"offline_access"_s, u"User.Read"_s,
                                              u"User.Read.All"_s, u"RoleManagement.Read.Directory"_s,
                                              u"GroupMember.Read.All"_s});
    CHECK(AuthScopes::passwordReset() == QStringList{u"User-PasswordProfile.ReadWrite.All"_s});
    CHECK(AuthScopes::mail() == QStringList{u"Mail.Send"_s});
    CHECK(AuthScopes::domains() == QStringList{u"Domain.ReadWrite.All"_s});
    CHECK(AuthScopes::authenticationMethods() == QStringList{u"UserAuthenticationMethod.ReadWrite.All"_s});
    CHECK(AuthScopes::reports() == QStringList{u"AuditLog.Read.All"_s});
    CHECK(AuthScopes::withBase({u"Mail.Send"_s, u"mail.send"_s, u"openid"_s})
          == QStringList{u"openid"_s, u"profile"_s, u"offline_access"_s, u"Mail.Send"_s});
}

TEST_CASE("AuthScopes: Graph scopes are prefixed only where the authority's Graph is not the default", "[auth][scopes]")
{
    CHECK(AuthScopes::requestParameter({u"User.Read.All"_s}, Cloud::Global)
          == u"openid profile offline_access User.Read.All"_s);
    CHECK(AuthScopes::requestParameter({u"User.Read.All"_s}, Cloud::UsGovernment)
          == u"openid profile offline_access User.Read.All"_s);
    CHECK(AuthScopes::requestParameter({u"User.Read.All"_s}, Cloud::UsGovernmentDoD)
          == u"openid profile offline_access https://dod-graph.microsoft.us/User.Read.All"_s);
    CHECK(AuthScopes::covers({u"https://dod-graph.microsoft.us/User.Read.All"_s, u"openid"_s}, {u"user.read.all"_s}));
    CHECK_FALSE(AuthScopes::covers({u"User.Read.All"_s}, {u"Mail.Send"_s}));
}

TEST_CASE("InteractiveSignIn: the authorize URL carries every section 14.3 parameter", "[auth][identity]")
{
    const QUrl url = InteractiveSignIn::buildAuthorizeUrl(
        QUrl(u"https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize"_s), u"client-1"_s,
        QUrl(u"http://localhost:53123/"_s), u"openid offline_access User.Read.All"_s, u"st+ate"_s, "challenge",
        u"admin@contoso.com"_s);
    const QUrlQuery query(url);
    CHECK(url.host() == u"login.microsoftonline.com"_s);
    CHECK(query.queryItemValue(u"client_id"_s) == u"client-1"_s);
    CHECK(query.queryItemValue(u"response_type"_s) == u"code"_s);
    CHECK(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded) == u"http://localhost:53123/"_s);
    CHECK(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded) == u"openid offline_access User.Read.All"_s);
    CHECK(query.queryItemValue(u"state"_s, QUrl::FullyDecoded) == u"st+ate"_s);
    CHECK(url.query(QUrl::FullyEncoded).contains(u"state=st%2Bate"_s));
    CHECK(query.queryItemValue(u"code_challenge"_s) == u"challenge"_s);
    CHECK(query.queryItemValue(u"code_challenge_method"_s) == u"S256"_s);
    CHECK(query.queryItemValue(u"prompt"_s) == u"select_account"_s);
    CHECK(query.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded) == u"admin@contoso.com"_s);
}

TEST_CASE("IdentityClient: a sign-in address that is not found is named", "[auth][identity]")
{
    // A web server that is not an identity platform, as when the Graph host is typed as the
    // sign-in address: it answers 404 with no OAuth error body.
    QHttpServer notIdentity;
    const quint16 port = notIdentity.listen(QHostAddress::LocalHost, 0);
    REQUIRE(port != 0);
    QNetworkAccessManager network;
    IdentityClient client(&network);
    ConnectionSettings settings;
    settings.cloud = Cloud::Custom;
    settings.customAuthorityHost = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    settings.customGraphRoot = QUrl(u"http://127.0.0.1:%1/v1.0"_s.arg(port));
    client.setConnection(settings);
    QObject context;
    AuthError seen;
    bool called = false;
    client.requestDeviceCode(AuthScopes::signIn(), &context, [&](const DeviceCodeResponse &, const AuthError &error) {
        called = true;
        seen = error;
    });
    REQUIRE(waitUntil([&] { return called; }, 5000));
    CHECK(seen.kind == Kind::EndpointNotFound);
    CHECK(seen.httpStatus == 404);
    CHECK(seen.address == client.endpoints().deviceCodeUrl());
}
