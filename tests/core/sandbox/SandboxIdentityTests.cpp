// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "SandboxIdentityRequests.h"
#include "ManualClock.h"
#include "SandboxFixture.h"

#include "sandbox/TenantGenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

using namespace SandboxIdentityRequests;

TEST_CASE("IdentityEndpoints: auth code with PKCE signs in end to end", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const Pkce pkce = makePkce();
    const HttpResult authorized = authorize(fixture, authorizeParameters(pkce));
    REQUIRE(authorized.status == 302);
    const QUrl location = QUrl::fromEncoded(authorized.header("Location"));
    CHECK(location.scheme() == u"http"_s);
    CHECK(location.host() == u"localhost"_s);
    CHECK(location.port() == 53123);
    CHECK(location.path() == u"/"_s);
    const QUrlQuery query(location);
    CHECK(value(query, u"state"_s) == u"xyz-state"_s);
    CHECK_FALSE(query.hasQueryItem(u"error"_s));

    const HttpResult token = redeem(fixture, value(query, u"code"_s), pkce);
    REQUIRE(token.status == 200);
    CHECK(token.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = token.json();
    CHECK(body[u"token_type"_s].toString() == u"Bearer"_s);
    CHECK(body[u"expires_in"_s].toInt() == 3599);
    CHECK(body[u"ext_expires_in"_s].toInt() == 3599);
    const QStringList scopes = body[u"scope"_s].toString().split(u' ');
    CHECK(scopes.contains(u"User.Read.All"_s));
    CHECK(scopes.contains(u"User-PasswordProfile.ReadWrite.All"_s));
    CHECK_FALSE(body[u"refresh_token"_s].toString().isEmpty());

    QString userId;
    CHECK(accessTokenWorks(fixture, body[u"access_token"_s].toString(), &userId));
    CHECK(userId == fixture.adminId());

    const QJsonObject idToken = jwtPayload(body[u"id_token"_s].toString());
    CHECK(idToken[u"aud"_s].toString() == TenantGenerator::sandboxClientId());
    CHECK(idToken[u"tid"_s].toString() == fixture.sandbox().tenantId());
    CHECK(idToken[u"iss"_s].toString()
          == fixture.sandbox().authorityHostUrl().toString() + u'/' + fixture.sandbox().tenantId() + u"/v2.0"_s);
    CHECK(idToken[u"oid"_s].toString() == fixture.adminId());
    CHECK(idToken[u"preferred_username"_s].toString() == TenantGenerator::adminUserPrincipalName());
    CHECK(idToken[u"name"_s].toString() == u"Karin Lindqvist (admin)"_s);
    CHECK(idToken[u"exp"_s].toInteger() > idToken[u"iat"_s].toInteger());
}

TEST_CASE("IdentityEndpoints: the state comes back exactly as sent", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const QString state = u"a b&c=d+e/f?g#h%20"_s;
    const HttpResult result = authorize(fixture, authorizeParameters(makePkce(), state));
    REQUIRE(result.status == 302);
    CHECK(value(redirectQuery(result), u"state"_s) == state);
}

TEST_CASE("IdentityEndpoints: a wrong code_verifier is invalid_grant AADSTS50148", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const Pkce pkce = makePkce();
    const QString code = signInCode(fixture, pkce);
    const HttpResult result = redeem(fixture, code, makePkce());
    CHECK(result.status == 400);
    CHECK(errorName(result) == u"invalid_grant"_s);
    checkIdentityErrorShape(result, 50148);
    CHECK_FALSE(result.json().contains(u"access_token"_s));
}

TEST_CASE("IdentityEndpoints: an authorization code works once", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const Pkce pkce = makePkce();
    const QString code = signInCode(fixture, pkce);
    REQUIRE(redeem(fixture, code, pkce).status == 200);
    const HttpResult again = redeem(fixture, code, pkce);
    CHECK(again.status == 400);
    CHECK(errorName(again) == u"invalid_grant"_s);
    checkIdentityErrorShape(again, 54005);
}

TEST_CASE("IdentityEndpoints: the redirect URI must match the one given at authorize", "[sandbox][identity]")
{
    SandboxFixture fixture;

    SECTION("another port on the same loopback URI is fine")
    {
        const Pkce pkce = makePkce();
        CHECK(redeem(fixture, signInCode(fixture, pkce), pkce, u"http://localhost:40000/"_s).status == 200);
    }
    SECTION("another path is invalid_grant")
    {
        const Pkce pkce = makePkce();
        const HttpResult result = redeem(fixture, signInCode(fixture, pkce), pkce, u"http://localhost:53123/other"_s);
        CHECK(result.status == 400);
        CHECK(errorName(result) == u"invalid_grant"_s);
        checkIdentityErrorShape(result, 500112);
    }
    SECTION("a non-loopback URI is AADSTS50011")
    {
        const Pkce pkce = makePkce();
        const HttpResult result = redeem(fixture, signInCode(fixture, pkce), pkce, u"https://evil.example/"_s);
        CHECK(result.status == 400);
        CHECK(errorName(result) == u"invalid_grant"_s);
        checkIdentityErrorShape(result, 50011);
    }
}

TEST_CASE("IdentityEndpoints: authorize shows an error page instead of redirecting to a foreign URI", "[sandbox][identity]")
{
    SandboxFixture fixture;
    for (const QString &bad : {u"https://evil.example/callback"_s, u"http://evil.example/"_s,
                               u"http://[::1]:5000/"_s, u"urn:ietf:wg:oauth:2.0:oob"_s}) {
        INFO(bad.toStdString());
        Parameters parameters = authorizeParameters(makePkce());
        setParameter(parameters, u"redirect_uri"_s, bad);
        const HttpResult result = authorize(fixture, parameters);
        CHECK(result.status == 400);
        CHECK(result.header("Location").isEmpty());
        CHECK(result.body.contains("AADSTS50011"));
    }
    Parameters loopbackIp = authorizeParameters(makePkce());
    setParameter(loopbackIp, u"redirect_uri"_s, u"http://127.0.0.1:8400/callback"_s);
    const HttpResult accepted = authorize(fixture, loopbackIp);
    CHECK(accepted.status == 302);
    CHECK(accepted.header("Location").startsWith("http://127.0.0.1:8400/callback?code="));
}

TEST_CASE("IdentityEndpoints: unknown clients and tenants get the identity platform's errors", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const QString unknownClient = u"00000000-1111-2222-3333-444444444444"_s;

    SECTION("unknown client id at authorize: error page AADSTS700016")
    {
        Parameters parameters = authorizeParameters(makePkce());
        setParameter(parameters, u"client_id"_s, unknownClient);
        const HttpResult result = authorize(fixture, parameters);
        CHECK(result.status == 400);
        CHECK(result.header("Location").isEmpty());
        CHECK(result.body.contains("AADSTS700016"));
    }
    SECTION("unknown client id at the device-code endpoint")
    {
        const HttpResult result = startDeviceCode(fixture, unknownClient);
        CHECK(result.status == 400);
        CHECK(errorName(result) == u"unauthorized_client"_s);
        checkIdentityErrorShape(result, 700016);
    }
    SECTION("unknown tenant")
    {
        const HttpResult token = fixture.postForm(identityPath(u"contoso.example"_s, u"token"_s),
                                                  {{u"client_id"_s, TenantGenerator::sandboxClientId()},
                                                   {u"grant_type"_s, u"refresh_token"_s},
                                                   {u"refresh_token"_s, u"x"_s}});
        CHECK(token.status == 400);
        CHECK(errorName(token) == u"invalid_request"_s);
        checkIdentityErrorShape(token, 90002);
        const HttpResult page = authorize(fixture, authorizeParameters(makePkce()), u"contoso.example"_s);
        CHECK(page.status == 400);
        CHECK(page.body.contains("AADSTS90002"));
    }
    SECTION("consumers is refused for a work-and-school app")
    {
        const HttpResult result = fixture.postForm(identityPath(u"consumers"_s, u"devicecode"_s),
                                                   {{u"client_id"_s, TenantGenerator::sandboxClientId()},
                                                    {u"scope"_s, signInScopes}});
        CHECK(result.status == 400);
        checkIdentityErrorShape(result, 9002346);
    }
    SECTION("tenant id, verified domain and common all work")
    {
        for (const QString &tenant : {fixture.sandbox().tenantId(), u"kvarnby.se"_s, u"common"_s}) {
            INFO(tenant.toStdString());
            CHECK(authorize(fixture, authorizeParameters(makePkce()), tenant).status == 302);
        }
        // An unverified domain is not a way into the tenant.
        CHECK(authorize(fixture, authorizeParameters(makePkce()), u"kvarnbyhus.se"_s).status == 400);
    }
}

TEST_CASE("IdentityEndpoints: an app without public client flows gets invalid_client AADSTS7000218", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const Pkce pkce = makePkce();
    Parameters parameters = authorizeParameters(pkce);
    setParameter(parameters, u"client_id"_s, TenantGenerator::confidentialClientId());
    const HttpResult authorized = authorize(fixture, parameters);
    REQUIRE(authorized.status == 302);
    const HttpResult token = redeem(fixture, value(redirectQuery(authorized), u"code"_s), pkce, redirectUri,
                                    TenantGenerator::confidentialClientId());
    CHECK(token.status == 401);
    CHECK(errorName(token) == u"invalid_client"_s);
    checkIdentityErrorShape(token, 7000218);

    const HttpResult device = startDeviceCode(fixture, TenantGenerator::confidentialClientId());
    REQUIRE(device.status == 200);
    const HttpResult poll =
        pollDeviceCode(fixture, device.json()[u"device_code"_s].toString(), TenantGenerator::confidentialClientId());
    CHECK(poll.status == 401);
    checkIdentityErrorShape(poll, 7000218);
}

TEST_CASE("IdentityEndpoints: scopes without admin consent come back as consent_required", "[sandbox][identity]")
{
    SandboxFixture fixture;
    Parameters parameters = authorizeParameters(makePkce());
    setParameter(parameters, u"scope"_s, u"openid User.Read.All Sites.FullControl.All"_s);
    const HttpResult result = authorize(fixture, parameters);
    REQUIRE(result.status == 302);
    const QUrlQuery query = redirectQuery(result);
    CHECK(value(query, u"error"_s) == u"consent_required"_s);
    CHECK(value(query, u"error_description"_s).startsWith(u"AADSTS65001: "_s));
    CHECK(value(query, u"state"_s) == u"xyz-state"_s);
    CHECK_FALSE(query.hasQueryItem(u"code"_s));
}

TEST_CASE("IdentityEndpoints: PKCE challenge methods", "[sandbox][identity]")
{
    SandboxFixture fixture;
    SECTION("an unknown method is invalid_request")
    {
        Parameters parameters = authorizeParameters(makePkce());
        setParameter(parameters, u"code_challenge_method"_s, u"S512"_s);
        const HttpResult result = authorize(fixture, parameters);
        REQUIRE(result.status == 302);
        CHECK(value(redirectQuery(result), u"error"_s) == u"invalid_request"_s);
    }
    SECTION("plain is accepted, as the identity platform allows, and checked literally")
    {
        Pkce plain = makePkce();
        plain.challenge = plain.verifier;
        Parameters parameters = authorizeParameters(plain);
        setParameter(parameters, u"code_challenge_method"_s, u"plain"_s);
        const HttpResult result = authorize(fixture, parameters);
        REQUIRE(result.status == 302);
        CHECK(redeem(fixture, value(redirectQuery(result), u"code"_s), plain).status == 200);
    }
}

TEST_CASE("IdentityEndpoints: login_hint picks the account and a declined sign-in redirects with access_denied", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const QString upn = TenantGenerator::archetypeUpn(TenantGenerator::Archetype::HelpdeskAdministrator);
    const Pkce pkce = makePkce();
    Parameters parameters = authorizeParameters(pkce);
    parameters.append({u"login_hint"_s, upn});
    parameters.append({u"prompt"_s, u"select_account"_s});
    parameters.append({u"nonce"_s, u"n-0S6_WzA2Mj"_s});
    const HttpResult hinted = authorize(fixture, parameters);
    REQUIRE(hinted.status == 302);
    const HttpResult token = redeem(fixture, value(redirectQuery(hinted), u"code"_s), pkce);
    REQUIRE(token.status == 200);
    const QJsonObject idToken = jwtPayload(token.json()[u"id_token"_s].toString());
    CHECK(idToken[u"preferred_username"_s].toString() == upn);
    CHECK(idToken[u"oid"_s].toString() == fixture.tenant().userByIdOrUpn(upn)->id);
    CHECK(idToken[u"nonce"_s].toString() == u"n-0S6_WzA2Mj"_s);

    fixture.context().signIn.declineNext = true;
    const HttpResult declined = authorize(fixture, authorizeParameters(makePkce()));
    REQUIRE(declined.status == 302);
    const QUrlQuery query = redirectQuery(declined);
    CHECK(value(query, u"error"_s) == u"access_denied"_s);
    CHECK(value(query, u"error_description"_s).startsWith(u"AADSTS65004: "_s));
    CHECK(value(query, u"state"_s) == u"xyz-state"_s);
    CHECK_FALSE(fixture.context().signIn.declineNext);
    CHECK(authorize(fixture, authorizeParameters(makePkce())).header("Location").contains("code="));
}

TEST_CASE("IdentityEndpoints: refresh_token and id_token only when offline_access and openid were asked for", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const Pkce pkce = makePkce();
    Parameters parameters = authorizeParameters(pkce);
    setParameter(parameters, u"scope"_s, u"https://graph.microsoft.com/User.Read.All"_s);
    const HttpResult authorized = authorize(fixture, parameters);
    REQUIRE(authorized.status == 302);
    const HttpResult token = redeem(fixture, value(redirectQuery(authorized), u"code"_s), pkce);
    REQUIRE(token.status == 200);
    const QJsonObject body = token.json();
    CHECK(body[u"scope"_s].toString() == u"User.Read.All"_s);
    CHECK(body[u"refresh_token"_s].isUndefined());
    CHECK(body[u"id_token"_s].isUndefined());
    CHECK_FALSE(body[u"access_token"_s].toString().isEmpty());
}

TEST_CASE("IdentityEndpoints: refresh tokens rotate and the old one stops working", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const QString first = signIn(fixture)[u"refresh_token"_s].toString();
    REQUIRE_FALSE(first.isEmpty());

    const HttpResult refreshed = refresh(fixture, first);
    REQUIRE(refreshed.status == 200);
    const QString second = refreshed.json()[u"refresh_token"_s].toString();
    CHECK_FALSE(second.isEmpty());
    CHECK(second != first);
    CHECK(refreshed.json()[u"scope"_s].toString() == u"User.Read.All"_s);
    CHECK(accessTokenWorks(fixture, refreshed.json()[u"access_token"_s].toString()));

    const HttpResult reused = refresh(fixture, first);
    CHECK(reused.status == 400);
    CHECK(errorName(reused) == u"invalid_grant"_s);
    CHECK(refresh(fixture, second).status == 200);
}

TEST_CASE("IdentityEndpoints: refresh tokens are revoked with the user's sessions", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const QString refreshToken = signIn(fixture)[u"refresh_token"_s].toString();
    fixture.context().tokens.revokeRefreshTokensOf(fixture.adminId());
    const HttpResult result = refresh(fixture, refreshToken);
    CHECK(result.status == 400);
    CHECK(errorName(result) == u"invalid_grant"_s);
    checkIdentityErrorShape(result, 50173);
}

TEST_CASE("IdentityEndpoints: malformed token requests get invalid_request and unsupported_grant_type", "[sandbox][identity]")
{
    SandboxFixture fixture;
    const QString token = identityPath(u"organizations"_s, u"token"_s);
    const HttpResult noGrant = fixture.postForm(token, {{u"client_id"_s, TenantGenerator::sandboxClientId()}});
    CHECK(noGrant.status == 400);
    CHECK(errorName(noGrant) == u"invalid_request"_s);
    checkIdentityErrorShape(noGrant, 900144);

    const HttpResult password = fixture.postForm(
        token, {{u"client_id"_s, TenantGenerator::sandboxClientId()}, {u"grant_type"_s, u"password"_s}});
    CHECK(errorName(password) == u"unsupported_grant_type"_s);

    CHECK(fixture.get(token).status == 400);
}

TEST_CASE("IdentityEndpoints: an unknown or disabled login_hint account gets an error page", "[sandbox][identity]")
{
    SandboxFixture fixture;
    Parameters unknown = authorizeParameters(makePkce());
    unknown.append({u"login_hint"_s, u"nobody@kvarnby.se"_s});
    const HttpResult missing = authorize(fixture, unknown);
    CHECK(missing.status == 400);
    CHECK(missing.body.contains("AADSTS50034"));

    Parameters disabled = authorizeParameters(makePkce());
    disabled.append({u"login_hint"_s, TenantGenerator::archetypeUpn(TenantGenerator::Archetype::DisabledUser)});
    const HttpResult refused = authorize(fixture, disabled);
    CHECK(refused.status == 400);
    CHECK(refused.body.contains("AADSTS50057"));
    CHECK(refused.header("Location").isEmpty());
}

TEST_CASE("IdentityEndpoints: the discovery document names the endpoints, and an unknown tenant is 400",
          "[sandbox][identity]")
{
    SandboxFixture fixture;
    const HttpResult known = fixture.get(u"/organizations/v2.0/.well-known/openid-configuration"_s);
    REQUIRE(known.status == 200);
    const QJsonObject document = known.json();
    CHECK(document.value(u"authorization_endpoint"_s).toString().endsWith(u"/organizations/oauth2/v2.0/authorize"_s));
    CHECK(document.value(u"token_endpoint"_s).toString().endsWith(u"/organizations/oauth2/v2.0/token"_s));
    CHECK(document.value(u"issuer"_s).toString().endsWith(u"/{tenantid}/v2.0"_s));
    CHECK(fixture.get(u"/%1/v2.0/.well-known/openid-configuration"_s.arg(fixture.sandbox().tenantId())).status == 200);

    const HttpResult unknown = fixture.get(u"/nosuchtenant.example/v2.0/.well-known/openid-configuration"_s);
    CHECK(unknown.status == 400);
    CHECK(unknown.json().value(u"error"_s).toString() == u"invalid_tenant"_s);
    CHECK(unknown.json().value(u"error_codes"_s).toArray().first().toInt() == 90002);
}
