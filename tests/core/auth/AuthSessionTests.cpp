// SPDX-License-Identifier: MIT
// AuthSession against the sandbox tenant over real HTTP: the browser step is played by
// InProcessBrowser following the authorize redirect to the real loopback listener.
#include "AuthTestRig.h"
#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/IdentityClient.h"
#include "demo/InProcessBrowser.h"
#include "auth/InteractiveSignIn.h"
#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"
#include "IdentityGateway.h"

#include <QHttpServer>
#include <QUrlQuery>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace AuthTestRig;
using Kind = AuthError::Kind;

TEST_CASE("AuthSession: browser sign-in end to end through the loopback redirect", "[auth][session][browser]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    QSignalSpy states(&rig.session, &AuthSession::stateChanged);

    REQUIRE(rig.signIn());
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
    CHECK(states.size() == 2); // SigningIn, SignedIn
    const SandboxUser *admin = fixture.tenant().userById(fixture.adminId());
    CHECK(rig.session.account().userPrincipalName == admin->userPrincipalName);
    CHECK(rig.session.account().displayName == admin->displayName);
    CHECK(rig.session.account().objectId == admin->id);
    CHECK(rig.session.account().tenantId == fixture.sandbox().tenantId());
    CHECK(rig.session.hasScopes(AuthScopes::signIn()));
    CHECK_FALSE(rig.session.hasScopes(AuthScopes::passwordReset()));
    CHECK(rig.session.isRemembered());

    // The sandbox accepts the access token, and the refresh token went to the store.
    const HttpResult me = fixture.get(u"/v1.0/me"_s, rig.session.accessToken());
    CHECK(me.status == 200);
    const QString key = rig.session.connection().refreshTokenKey(admin->userPrincipalName);
    CHECK_FALSE(storedRefreshToken(rig.memory, key).isEmpty());
}

TEST_CASE("AuthSession: incremental consent adds scopes for the same account", "[auth][session][browser]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    QSignalSpy granted(&rig.session, &AuthSession::scopesGranted);
    QUrl opened;
    rig.session.setUrlOpener([&](const QUrl &url) {
        opened = url;
        return rig.browser.open(url);
    });

    rig.session.requestScopes(AuthScopes::passwordReset());
    REQUIRE(waitUntil([&] { return !granted.isEmpty(); }, 20000));
    CHECK(QUrlQuery(opened).queryItemValue(u"login_hint"_s, QUrl::FullyDecoded) == adminUpn(fixture));
    CHECK(rig.session.hasScopes(AuthScopes::passwordReset()));
    CHECK(rig.session.hasScopes(AuthScopes::signIn()));
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
}

TEST_CASE("AuthSession: a redirect with a foreign state is rejected and its code never redeemed", "[auth][session][browser]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);
    rig.session.setUrlOpener([&](const QUrl &url) {
        QUrlQuery query(url);
        query.removeQueryItem(u"state"_s);
        query.addQueryItem(u"state"_s, u"forged"_s);
        QUrl forged = url;
        forged.setQuery(query);
        return rig.browser.open(forged);
    });
    const qint64 tokensBefore = fixture.context().log.counter(u"identity.tokens"_s);

    rig.session.signInWithBrowser(AuthScopes::signIn());
    const AuthError error = rig.waitForFailure(failed);
    CHECK(error.kind == Kind::StateMismatch);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
    CHECK(rig.session.accessToken().isEmpty());
    QTest::qWait(200);
    CHECK(fixture.context().log.counter(u"identity.authorizations"_s) == 1);
    CHECK(fixture.context().log.counter(u"identity.tokens"_s) == tokensBefore);
}

TEST_CASE("IdentityClient: a code redeemed with the wrong PKCE verifier is refused", "[auth][identity][browser]")
{
    SandboxFixture fixture;
    QNetworkAccessManager network;
    IdentityClient identity(&network);
    identity.setConnection(sandboxConnection(fixture));
    InProcessBrowser browser(&network);
    LoopbackReceiver receiver;
    REQUIRE(receiver.start());
    QSignalSpy redirected(&receiver, &LoopbackReceiver::redirectReceived);

    const QByteArray verifier = Pkce::generateVerifier();
    const QUrl url = InteractiveSignIn::buildAuthorizeUrl(identity.endpoints().authorizeUrl(),
                                                          TenantGenerator::sandboxClientId(), receiver.redirectUri(),
                                                          identity.scopeParameter(AuthScopes::signIn()), u"s"_s,
                                                          Pkce::challengeS256(verifier), {});
    REQUIRE(browser.open(url));
    REQUIRE(redirected.wait(10000));
    const auto redirect = redirected.first().at(0).value<LoopbackRedirect>();
    REQUIRE_FALSE(redirect.code.isEmpty());

    QObject context;
    AuthError error;
    TokenResponse tokens;
    bool done = false;
    identity.redeemAuthorizationCode(redirect.code, receiver.redirectUri(), Pkce::generateVerifier(),
                                     AuthScopes::signIn(), &context, [&](const TokenResponse &t, const AuthError &e) {
                                         tokens = t;
                                         error = e;
                                         done = true;
                                     });
    REQUIRE(waitUntil([&] { return done; }, 10000));
    CHECK(tokens.accessToken.isEmpty());
    CHECK(error.error == u"invalid_grant"_s);
    CHECK(error.httpStatus == 400);
    CHECK(error.aadstsCode != 0);
    CHECK_FALSE(error.correlationId.isEmpty());
}

TEST_CASE("AuthSession: a declined browser sign-in reports Declined", "[auth][session][browser]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    fixture.context().signIn.declineNext = true;
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.signInWithBrowser(AuthScopes::signIn());
    const AuthError error = rig.waitForFailure(failed);
    CHECK(error.kind == Kind::Declined);
    CHECK(error.error == u"access_denied"_s);
    CHECK(error.aadstsCode == 65004);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}

TEST_CASE("AuthSession: a browser sign-in can be cancelled and times out", "[auth][session][browser]")
{
    SandboxFixture fixture;
    ManualClock clock;
    Rig rig(fixture, nullptr, &clock);
    rig.session.setUrlOpener([](const QUrl &) { return true; }); // a browser nobody uses
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.signInWithBrowser(AuthScopes::signIn());
    CHECK(rig.session.state() == AuthSession::State::SigningIn);
    rig.session.cancelSignIn();
    CHECK(rig.waitForFailure(failed).kind == Kind::Cancelled);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);

    failed.clear();
    rig.session.setInteractiveTimeout(1s);
    rig.session.signInWithBrowser(AuthScopes::signIn());
    CHECK(rig.waitForFailure(failed, clock).kind == Kind::TimedOut);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);

}

TEST_CASE("AuthSession: without a browser the sign-in waits for its address to be opened by hand", "[auth][session]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    QSignalSpy notOpened(&rig.session, &AuthSession::browserNotOpened);
    QSignalSpy signedIn(&rig.session, &AuthSession::signedIn);
    rig.session.setUrlOpener([](const QUrl &) { return false; });
    rig.session.signInWithBrowser(AuthScopes::signIn());
    REQUIRE(notOpened.wait(5000));
    CHECK(rig.session.state() == AuthSession::State::SigningIn);

    // The admin pastes the address into a browser: the sign-in completes as usual.
    const QUrl address = notOpened.takeFirst().at(0).toUrl();
    InProcessBrowser browser(&fixture.network());
    REQUIRE(browser.open(address));
    REQUIRE(signedIn.wait(10000));
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
}

TEST_CASE("AuthSession: refresh rotates the refresh token and the old one is rejected", "[auth][session][refresh]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    const QString key = rig.session.connection().refreshTokenKey(adminUpn(fixture));
    const QString oldRefresh = storedRefreshToken(rig.memory, key);
    const QString oldAccess = rig.session.accessToken();
    REQUIRE_FALSE(oldRefresh.isEmpty());
    const qint64 tokensBefore = fixture.context().log.counter(u"identity.tokens"_s);
    QSignalSpy refreshed(&rig.session, &AccessTokenSource::accessTokenRefreshed);

    // Three callers at once: one token request.
    rig.session.refreshAccessToken();
    rig.session.refreshAccessToken();
    rig.session.refreshAccessToken();
    REQUIRE(refreshed.wait(10000));
    QTest::qWait(200);
    CHECK(refreshed.size() == 1);
    CHECK(refreshed.first().at(0).toBool());
    CHECK(fixture.context().log.counter(u"identity.tokens"_s) == tokensBefore + 1);
    CHECK(rig.session.accessToken() != oldAccess);
    CHECK(fixture.get(u"/v1.0/me"_s, rig.session.accessToken()).status == 200);
    const QString newRefresh = storedRefreshToken(rig.memory, key);
    CHECK_FALSE(newRefresh.isEmpty());
    CHECK(newRefresh != oldRefresh);
    CHECK(rig.session.hasScopes(AuthScopes::signIn()));

    // The rotated-away token no longer redeems.
    IdentityClient identity(&rig.network);
    identity.setConnection(rig.session.connection());
    QObject context;
    AuthError error;
    bool done = false;
    identity.redeemRefreshToken(oldRefresh, AuthScopes::signIn(), &context, [&](const TokenResponse &, const AuthError &e) {
        error = e;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 10000));
    CHECK(error.kind == Kind::SessionExpired);
    CHECK(error.error == u"invalid_grant"_s);
}

TEST_CASE("AuthSession: a revoked refresh token signs out with SessionExpired", "[auth][session][refresh]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    const QString key = rig.session.connection().refreshTokenKey(adminUpn(fixture));
    fixture.context().tokens.revokeRefreshTokensOf(fixture.adminId());
    QSignalSpy refreshed(&rig.session, &AccessTokenSource::accessTokenRefreshed);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.refreshAccessToken();
    REQUIRE(refreshed.wait(10000));
    CHECK_FALSE(refreshed.first().at(0).toBool());
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().at(0).value<AuthError>().kind == Kind::SessionExpired);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
    CHECK(rig.session.accessToken().isEmpty());
    CHECK(readSecret(rig.memory, key).error == TokenStoreError::NotFound);
}

TEST_CASE("AuthSession: a refresh that cannot reach the service keeps the session", "[auth][session][refresh]")
{
    auto fixture = std::make_unique<SandboxFixture>();
    Rig rig(*fixture);
    REQUIRE(rig.signIn());
    const QString access = rig.session.accessToken();
    fixture.reset(); // the service is gone
    QSignalSpy refreshed(&rig.session, &AccessTokenSource::accessTokenRefreshed);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.refreshAccessToken();
    REQUIRE(refreshed.wait(40000));
    CHECK_FALSE(refreshed.first().at(0).toBool());
    CHECK(failed.isEmpty());
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
    CHECK(rig.session.accessToken() == access);
}

TEST_CASE("AuthSession: an access token expiring mid-run is refreshed once and the call replayed", "[auth][session][graph]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    GraphClient client(&rig.network, &rig.session);
    REQUIRE(client.setGraphRoot(fixture.sandbox().graphUrl()));
    const QString before = rig.session.accessToken();
    fixture.context().tokens.expireAllAccessTokens();
    const qint64 tokensBefore = fixture.context().log.counter(u"identity.tokens"_s);

    const GraphResponse response = runGraph(client, GraphRequest::get(u"/me"_s));
    CHECK(response.ok());
    CHECK(response.status == 200);
    CHECK(response.attempts == 2);
    CHECK(fixture.context().log.counter(u"identity.tokens"_s) == tokensBefore + 1);
    CHECK(rig.session.accessToken() != before);
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
}

TEST_CASE("AuthSession: scopes the organisation never consented to come back as ConsentRequired", "[auth][session][browser]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.signInWithBrowser(AuthScopes::signIn() + QStringList{u"Directory.ReadWrite.All"_s});
    const AuthError error = rig.waitForFailure(failed);
    CHECK(error.kind == Kind::ConsentRequired);
    CHECK(error.error == u"consent_required"_s);
    CHECK(error.aadstsCode == 65001);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}

TEST_CASE("AuthSession: a refresh answered 503 keeps the session and the old token", "[auth][session][refresh]")
{
    SandboxFixture fixture;
    IdentityGateway gateway(fixture.sandbox().authorityHostUrl());
    Rig rig(fixture);
    ConnectionSettings connection = rig.session.connection();
    connection.customAuthorityHost = gateway.url();
    rig.session.setConnection(connection);
    REQUIRE(rig.signIn());
    const QString access = rig.session.accessToken();
    const QString key = connection.refreshTokenKey(adminUpn(fixture));
    const QString refresh = storedRefreshToken(rig.memory, key);

    gateway.failing = true;
    QSignalSpy refreshed(&rig.session, &AccessTokenSource::accessTokenRefreshed);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);
    rig.session.refreshAccessToken();
    REQUIRE(refreshed.wait(10000));
    CHECK_FALSE(refreshed.first().at(0).toBool());
    CHECK(gateway.failedRequests == 1);
    CHECK(failed.isEmpty());
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
    CHECK(rig.session.accessToken() == access);
    CHECK(storedRefreshToken(rig.memory, key) == refresh);

    // The outage ends: the same refresh token still works.
    gateway.failing = false;
    refreshed.clear();
    rig.session.refreshAccessToken();
    REQUIRE(refreshed.wait(10000));
    CHECK(refreshed.first().at(0).toBool());
    CHECK(rig.session.accessToken() != access);
}

namespace {

/** Starts a browser sign-in expected to fail; @p browsersOpened counts the browsers it asked for. */
AuthError failedBrowserSignIn(Rig &rig, int &browsersOpened)
{
    rig.session.setUrlOpener([&browsersOpened](const QUrl &) {
        ++browsersOpened;
        return true;
    });
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);
    rig.session.signInWithBrowser(AuthScopes::signIn());
    return rig.waitForFailure(failed);
}

} // namespace

TEST_CASE("AuthSession: a browser sign-in to an unknown organization fails at once, before a browser opens",
          "[auth][session][browser]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    ConnectionSettings settings = sandboxConnection(fixture);
    settings.tenant = u"nosuchtenant.example"_s;
    rig.session.setConnection(settings);
    int browsersOpened = 0;
    const AuthError error = failedBrowserSignIn(rig, browsersOpened);
    CHECK(error.kind == Kind::UnknownTenant);
    CHECK(error.aadstsCode == 90002);
    CHECK(browsersOpened == 0);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}

TEST_CASE("AuthSession: a browser sign-in to an address that is no identity platform names the address",
          "[auth][session][browser]")
{
    SandboxFixture fixture;
    QHttpServer notIdentity; // answers 404 to everything, as a web server that is not Entra
    const quint16 port = notIdentity.listen(QHostAddress::LocalHost, 0);
    REQUIRE(port != 0);
    Rig rig(fixture);
    ConnectionSettings settings = sandboxConnection(fixture);
    settings.customAuthorityHost = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    rig.session.setConnection(settings);
    int browsersOpened = 0;
    const AuthError error = failedBrowserSignIn(rig, browsersOpened);
    CHECK(error.kind == Kind::EndpointNotFound);
    CHECK(error.address.port() == port);
    CHECK(error.address.path().endsWith(u"/.well-known/openid-configuration"_s));
    CHECK(browsersOpened == 0);
}
