// SPDX-License-Identifier: MIT
// The device code flow of the sandbox's sign-in endpoints.
#include "CatchQt.h"
#include "SandboxIdentityRequests.h"

using namespace Qt::Literals::StringLiterals;
using namespace SandboxIdentityRequests;

TEST_CASE("IdentityEndpoints: device code polling goes pending then slow_down then signs in", "[sandbox][identity]")
{
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.timeScale = 0.01; // the 5 s slow_down penalty becomes 50 ms
    options.clock = &clock;
    SandboxFixture fixture(options);
    fixture.context().signIn.devicePendingPolls = 1;
    fixture.context().signIn.deviceIntervalSeconds = 1;

    const HttpResult started = startDeviceCode(fixture);
    REQUIRE(started.status == 200);
    const QJsonObject device = started.json();
    const QString userCode = device[u"user_code"_s].toString();
    CHECK(userCode.size() == 9);
    CHECK(userCode == userCode.toUpper());
    CHECK(device[u"interval"_s].toInt() == 1);
    CHECK(device[u"expires_in"_s].toInt() == 900);
    const QString verificationUri = device[u"verification_uri"_s].toString();
    CHECK(verificationUri == fixture.sandbox().baseUrl().toString() + u"/devicelogin"_s);
    CHECK(device[u"message"_s].toString().contains(userCode));
    CHECK(device[u"message"_s].toString().contains(verificationUri));
    CHECK(device[u"verification_uri_complete"_s].isUndefined());
    CHECK(fixture.getUrl(QUrl(verificationUri)).status == 200);

    const QString deviceCode = device[u"device_code"_s].toString();
    const HttpResult pending = pollDeviceCode(fixture, deviceCode);
    CHECK(pending.status == 400);
    CHECK(errorName(pending) == u"authorization_pending"_s);
    checkIdentityErrorShape(pending, 70016);

    const HttpResult tooFast = pollDeviceCode(fixture, deviceCode);
    CHECK(tooFast.status == 400);
    CHECK(errorName(tooFast) == u"slow_down"_s);

    clock.advance(1100); // the 1 s interval plus the (scaled) slow_down penalty
    const HttpResult success = pollDeviceCode(fixture, deviceCode);
    REQUIRE(success.status == 200);
    CHECK(accessTokenWorks(fixture, success.json()[u"access_token"_s].toString()));
    CHECK(jwtPayload(success.json()[u"id_token"_s].toString())[u"oid"_s].toString() == fixture.adminId());

    clock.advance(1100);
    CHECK(pollDeviceCode(fixture, deviceCode).status == 400);
}

TEST_CASE("IdentityEndpoints: a declined device sign-in answers authorization_declined", "[sandbox][identity]")
{
    SandboxFixture fixture;
    fixture.context().signIn.devicePendingPolls = 0;
    fixture.context().signIn.deviceIntervalSeconds = 0;
    fixture.context().signIn.declineNext = true;
    const QString deviceCode = startDeviceCode(fixture).json()[u"device_code"_s].toString();
    const HttpResult declined = pollDeviceCode(fixture, deviceCode);
    CHECK(declined.status == 400);
    CHECK(errorName(declined) == u"authorization_declined"_s);
    CHECK_FALSE(fixture.context().signIn.declineNext);
    CHECK(errorName(pollDeviceCode(fixture, deviceCode)) == u"authorization_declined"_s);
}

TEST_CASE("IdentityEndpoints: a device code expires and an unknown one is bad_verification_code", "[sandbox][identity]")
{
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.clock = &clock;
    SandboxFixture fixture(options);
    fixture.context().signIn.deviceIntervalSeconds = 0;
    fixture.context().signIn.deviceExpiresInSeconds = 1;
    const HttpResult started = startDeviceCode(fixture);
    CHECK(started.json()[u"expires_in"_s].toInt() == 1);
    clock.advance(1000);
    const HttpResult expired = pollDeviceCode(fixture, started.json()[u"device_code"_s].toString());
    CHECK(expired.status == 400);
    CHECK(errorName(expired) == u"expired_token"_s);
    checkIdentityErrorShape(expired, 70019);

    const HttpResult unknown = pollDeviceCode(fixture, u"not-a-device-code"_s);
    CHECK(errorName(unknown) == u"bad_verification_code"_s);
    checkIdentityErrorShape(unknown, 70018);
}
