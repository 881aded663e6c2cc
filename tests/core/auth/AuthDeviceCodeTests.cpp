// SPDX-License-Identifier: MIT
// The device code flow against the sandbox over real HTTP.
#include "AuthTestRig.h"
#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"
#include "IdentityGateway.h"
#include "SandboxFixture.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/IdentityClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace AuthTestRig;
using Kind = AuthError::Kind;

TEST_CASE("AuthSession: device code sign-in shows the code and signs in after pending polls", "[auth][session][device]")
{
    SandboxFixture fixture;
    fixture.context().signIn.deviceIntervalSeconds = 0;
    fixture.context().signIn.devicePendingPolls = 2;
    Rig rig(fixture);
    QSignalSpy prompts(&rig.session, &AuthSession::deviceCodeReady);
    QSignalSpy signedIn(&rig.session, &AuthSession::signedIn);

    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }, 20000));
    REQUIRE(prompts.size() == 1);
    const auto prompt = prompts.first().at(0).value<DeviceCodePrompt>();
    CHECK(prompt.userCode.size() == 9);
    CHECK(prompt.verificationUri.path() == u"/devicelogin"_s);
    CHECK(prompt.expiresInSeconds == 900);
    CHECK(prompt.message.contains(prompt.userCode));
    CHECK(rig.session.account().userPrincipalName == adminUpn(fixture));
    CHECK(fixture.get(u"/v1.0/me"_s, rig.session.accessToken()).status == 200);
}

TEST_CASE("DeviceCodeSignIn: slow_down adds to the interval and polling goes on to success", "[auth][device]")
{
    // The client polls and the sandbox times the polls on the same clock.
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.timeScale = 0.1; // the sandbox's slow_down penalty: 0.5 s
    options.clock = &clock;
    SandboxFixture fixture(options);
    fixture.context().signIn.deviceIntervalSeconds = 1;
    fixture.context().signIn.devicePendingPolls = 1;
    QNetworkAccessManager network;
    IdentityClient identity(&network);
    identity.setClock(&clock);
    clock.watchNetwork(&network);
    identity.setConnection(sandboxConnection(fixture));
    DeviceCodeSignIn flow(&identity);
    flow.setInitialIntervalOverride(0ms); // poll too fast on purpose
    flow.setSlowDownIncrement(1600ms);
    QSignalSpy succeeded(&flow, &DeviceCodeSignIn::succeeded);
    QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);

    flow.start(AuthScopes::signIn());
    REQUIRE(waitUntil([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, clock, 30000));
    REQUIRE(succeeded.size() == 1);
    // 1st poll pending, 2nd (at once) slow_down, then the slower interval: approved.
    CHECK(flow.interval() == 1600ms);
    CHECK(flow.pollCount() == 3);
    CHECK_FALSE(succeeded.first().at(0).value<TokenResponse>().accessToken.isEmpty());
}

TEST_CASE("AuthSession: a declined device code reports Declined", "[auth][session][device]")
{
    SandboxFixture fixture;
    fixture.context().signIn.deviceIntervalSeconds = 0;
    fixture.context().signIn.devicePendingPolls = 1;
    fixture.context().signIn.declineNext = true;
    Rig rig(fixture);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    const AuthError error = rig.waitForFailure(failed);
    CHECK(error.kind == Kind::Declined);
    CHECK(error.error == u"authorization_declined"_s);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}

TEST_CASE("AuthSession: an expired device code reports CodeExpired", "[auth][session][device]")
{
    // The code expires on the sandbox while the session polls, both on the same clock.
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.clock = &clock;
    SandboxFixture fixture(options);
    fixture.context().signIn.deviceIntervalSeconds = 1;
    fixture.context().signIn.devicePendingPolls = 1000;
    fixture.context().signIn.deviceExpiresInSeconds = 2;
    Rig rig(fixture, nullptr, &clock);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    const AuthError error = rig.waitForFailure(failed, clock);
    CHECK(error.kind == Kind::CodeExpired);
    CHECK(error.error == u"expired_token"_s);
    CHECK(error.aadstsCode == 70019);
}

TEST_CASE("AuthSession: a device code sign-in can be cancelled", "[auth][session][device]")
{
    SandboxFixture fixture;
    fixture.context().signIn.deviceIntervalSeconds = 1;
    fixture.context().signIn.devicePendingPolls = 1000;
    Rig rig(fixture);
    QSignalSpy prompts(&rig.session, &AuthSession::deviceCodeReady);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);
    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    REQUIRE(prompts.wait(10000));
    rig.session.cancelSignIn();
    CHECK(rig.waitForFailure(failed).kind == Kind::Cancelled);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}

TEST_CASE("AuthSession: an app without public client flows gets PublicClientDisabled", "[auth][session][device]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    ConnectionSettings connection = rig.session.connection();
    connection.clientId = TenantGenerator::confidentialClientId();
    rig.session.setConnection(connection);
    fixture.context().signIn.deviceIntervalSeconds = 0;
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    const AuthError error = rig.waitForFailure(failed);
    CHECK(error.kind == Kind::PublicClientDisabled);
    CHECK(error.httpStatus == 401);
    CHECK(error.aadstsCode == 7000218);
}

TEST_CASE("AuthSession: an unknown client id gets UnknownApplication", "[auth][session][device]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    ConnectionSettings connection = rig.session.connection();
    connection.clientId = u"31359c7f-bd7e-475c-86db-fdb8c937548e"_s; // the deleted PnP Management Shell
    rig.session.setConnection(connection);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);

    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    const AuthError error = rig.waitForFailure(failed);
    CHECK(error.kind == Kind::UnknownApplication);
    CHECK(error.aadstsCode == 700016);
}

TEST_CASE("DeviceCodeSignIn: a short outage while polling does not cost the sign-in", "[auth][device]")
{
    // Polling at the service's own 5 s interval, in simulated time on both sides.
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.clock = &clock;
    SandboxFixture fixture(options);
    fixture.context().signIn.deviceIntervalSeconds = 5;
    fixture.context().signIn.devicePendingPolls = 1;
    IdentityGateway gateway(fixture.sandbox().authorityHostUrl());
    ConnectionSettings connection = sandboxConnection(fixture);
    connection.customAuthorityHost = gateway.url();
    QNetworkAccessManager network;
    IdentityClient identity(&network);
    identity.setClock(&clock);
    clock.watchNetwork(&network);
    identity.setConnection(connection);
    DeviceCodeSignIn flow(&identity);
    QSignalSpy prompt(&flow, &DeviceCodeSignIn::codeReady);
    QSignalSpy succeeded(&flow, &DeviceCodeSignIn::succeeded);
    QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);

    flow.start(AuthScopes::signIn());
    REQUIRE(prompt.wait(5000));
    gateway.failing = true; // the identity platform answers 503 to the next polls
    REQUIRE(waitUntil([&] { return gateway.failedRequests >= 2; }, clock, 5000));
    gateway.failing = false;
    REQUIRE(waitUntil([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, clock, 10000));
    CHECK(failed.isEmpty());
    CHECK(succeeded.size() == 1);
}

TEST_CASE("DeviceCodeSignIn: a lasting outage ends the sign-in with a service error", "[auth][device]")
{
    SandboxFixture fixture;
    IdentityGateway gateway(fixture.sandbox().authorityHostUrl());
    ConnectionSettings connection = sandboxConnection(fixture);
    connection.customAuthorityHost = gateway.url();
    QNetworkAccessManager network;
    IdentityClient identity(&network);
    identity.setConnection(connection);
    DeviceCodeSignIn flow(&identity);
    flow.setInitialIntervalOverride(50ms);
    QSignalSpy prompt(&flow, &DeviceCodeSignIn::codeReady);
    QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);

    flow.start(AuthScopes::signIn());
    REQUIRE(prompt.wait(5000));
    gateway.failing = true;
    REQUIRE(failed.wait(10000));
    CHECK(failed.first().at(0).value<AuthError>().kind == Kind::ServiceError);
}
