// SPDX-License-Identifier: MIT
// The TAP policy as the core reads it, and what a run's choices may be under it.
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"
#include "WaitUntil.h"

#include "sandbox/TenantGenerator.h"
#include "tap/TapPolicyReader.h"
#include "tap/TapSettings.h"

#include <QJsonArray>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Reads the policy as @p userId would; the policy, or nullopt when the read failed. */
std::optional<TapPolicy> readPolicy(SandboxFixture &fixture, const QString &userId)
{
    SandboxGraphClient graph(fixture, [&fixture, userId] { return fixture.tokenFor(userId, SandboxFixture::allScopes()); });
    TapPolicyReader reader(&graph.client);
    std::optional<TapPolicy> policy;
    bool failed = false;
    QObject::connect(&reader, &TapPolicyReader::loaded, [&](const TapPolicy &read) { policy = read; });
    QObject::connect(&reader, &TapPolicyReader::failed, [&] { failed = true; });
    reader.read();
    REQUIRE(waitUntil([&] { return policy || failed; }, 10000));
    return policy;
}

} // namespace

TEST_CASE("TapPolicy: reads Graph's configuration and keeps it within the documented bounds", "[core][tap]")
{
    const TapPolicy policy = TapPolicy::fromJson(
        {{u"state"_s, u"enabled"_s},
         {u"defaultLifetimeInMinutes"_s, 5},
         {u"minimumLifetimeInMinutes"_s, 1},
         {u"maximumLifetimeInMinutes"_s, 99999},
         {u"isUsableOnce"_s, true},
         {u"defaultLength"_s, 12},
         {u"includeTargets"_s, QJsonArray{QJsonObject{{u"targetType"_s, u"group"_s}, {u"id"_s, u"g1"_s}}}},
         {u"excludeTargets"_s, QJsonArray{}}});
    CHECK(policy.known);
    CHECK(policy.enabled);
    CHECK(policy.minimumLifetimeInMinutes == 10);
    CHECK(policy.maximumLifetimeInMinutes == 43200);
    CHECK(policy.defaultLifetimeInMinutes == 10);
    CHECK(policy.isUsableOnce);
    CHECK_FALSE(policy.allowsMultiUse());
    CHECK(policy.defaultLength == 12);
    CHECK(policy.includeGroupIds == QStringList{u"g1"_s});
    CHECK_FALSE(policy.includesEveryone());
    CHECK_FALSE(TapPolicy::fromJson({{u"state"_s, u"disabled"_s}}).enabled);

    const TapPolicy unknown = TapPolicy::unknown();
    CHECK_FALSE(unknown.known);
    CHECK(unknown.allowsLifetime(10));
    CHECK(unknown.allowsLifetime(43200));
    CHECK_FALSE(unknown.allowsLifetime(9));
}

TEST_CASE("TapSettings: sends only what was chosen and fits the policy's bounds", "[core][tap]")
{
    TapSettings settings;
    CHECK(settings.requestBody().isEmpty());
    settings.start = QDateTime(QDate(2026, 3, 5), QTime(7, 30), Qt::UTC);
    settings.lifetimeInMinutes = 480;
    settings.isUsableOnce = false;
    CHECK(settings.requestBody()
          == QJsonObject{{u"startDateTime"_s, u"2026-03-05T07:30:00.000Z"_s},
                         {u"lifetimeInMinutes"_s, 480},
                         {u"isUsableOnce"_s, false}});
    CHECK(TapSettings::fromJson(settings.toJson()) == settings);

    TapPolicy policy = TapPolicy::fromJson({{u"state"_s, u"enabled"_s},
                                            {u"minimumLifetimeInMinutes"_s, 60},
                                            {u"maximumLifetimeInMinutes"_s, 480}});
    CHECK(settings.fits(policy));
    settings.lifetimeInMinutes = 481;
    CHECK_FALSE(settings.fits(policy));
    settings.lifetimeInMinutes = 60;
    policy.isUsableOnce = true;
    CHECK_FALSE(settings.fits(policy));
    settings.isUsableOnce.reset();
    CHECK(settings.fits(policy));
}

TEST_CASE("TapPolicyReader: a policy reader gets the policy, an Authentication Administrator the documented bounds",
          "[core][tap][sandbox]")
{
    SandboxFixture fixture;
    fixture.context().authMethods.tapPolicy.maximumLifetimeInMinutes = 1440;
    fixture.context().authMethods.tapPolicy.isUsableOnce = true;
    const std::optional<TapPolicy> read = readPolicy(fixture, fixture.adminId());
    REQUIRE(read);
    CHECK(read->known);
    CHECK(read->maximumLifetimeInMinutes == 1440);
    CHECK(read->isUsableOnce);
    CHECK(read->includesEveryone());

    const QString authAdmin = fixture.tenant()
                                  .userByIdOrUpn(TenantGenerator::archetypeUpn(
                                      TenantGenerator::Archetype::AuthenticationAdministrator))
                                  ->id;
    const std::optional<TapPolicy> unreadable = readPolicy(fixture, authAdmin);
    REQUIRE(unreadable);
    CHECK_FALSE(unreadable->known);
    CHECK(unreadable->maximumLifetimeInMinutes == TapPolicy::absoluteMaximumLifetime);
}
