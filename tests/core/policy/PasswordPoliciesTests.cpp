// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "SandboxGraphClient.h"

#include "directory/PasswordPolicies.h"
#include "policy/PasswordPolicyUpdater.h"
#include "sandbox/TenantGenerator.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;

namespace {

QString idOf(SandboxFixture &fixture, Archetype archetype)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return user->id;
}

QString storedPolicies(SandboxFixture &fixture, const QString &userId)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(userId);
    REQUIRE(user);
    return user->passwordPolicies;
}

QList<PasswordPolicyUpdater::Result> runUpdate(SandboxGraphClient &graph, const QStringList &ids,
                                                const PasswordPolicyChange &change)
{
    PasswordPolicyUpdater updater(&graph.client);
    QSignalSpy finished(&updater, &PasswordPolicyUpdater::finished);
    updater.start(ids, change);
    REQUIRE(finished.wait(30000));
    return finished.first().at(0).value<QList<PasswordPolicyUpdater::Result>>();
}

} // namespace

TEST_CASE("PasswordPolicies: parses every form Graph returns", "[core][policy]")
{
    CHECK(PasswordPolicies::parse(QString()) == PasswordPolicies{});
    CHECK(PasswordPolicies::parse(u"None"_s) == PasswordPolicies{});
    const auto both = PasswordPolicies::parse(u"disablepasswordexpiration ,DisableStrongPassword"_s);
    CHECK(both.neverExpires());
    CHECK(both.weakAllowed());
    CHECK(both.toGraphValue() == u"DisablePasswordExpiration, DisableStrongPassword"_s);
    CHECK(PasswordPolicies::parse(u"DisableStrongPassword"_s).toGraphValue() == u"DisableStrongPassword"_s);
    CHECK(PasswordPolicies{}.toGraphValue() == u"None"_s);
}

TEST_CASE("PasswordPolicies: a change touches only its own flag and keeps unknown tokens", "[core][policy]")
{
    const auto current = PasswordPolicies::parse(u"DisableStrongPassword, SomeFuturePolicy"_s);
    const PasswordPolicies changed = PasswordPolicyChange{true, std::nullopt}.appliedTo(current);
    CHECK(changed.neverExpires());
    CHECK(changed.weakAllowed());
    CHECK(changed.toGraphValue() == u"DisablePasswordExpiration, DisableStrongPassword, SomeFuturePolicy"_s);
    CHECK(PasswordPolicyChange{}.isEmpty());
}

TEST_CASE("PasswordPolicyUpdater: never expires for one user keeps weak passwords allowed", "[core][policy]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    const QString erik = idOf(fixture, Archetype::WeakPasswordAllowedUser); // both flags set
    const auto results = runUpdate(graph, {erik}, PasswordPolicyChange{false, std::nullopt});
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results.first().error.isError());
    CHECK(storedPolicies(fixture, erik) == u"DisableStrongPassword"_s);
}

TEST_CASE("PasswordPolicyUpdater: a bulk change merges each user's own policies", "[core][policy]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    const QString weak = idOf(fixture, Archetype::WeakPasswordAllowedUser);  // both
    const QString never = idOf(fixture, Archetype::NeverExpiresUser);        // never expires only
    const QString plain = idOf(fixture, Archetype::PlainUser);               // none
    const QString synced = idOf(fixture, Archetype::SyncedUser);             // refused: on-premises

    const auto results = runUpdate(graph, {weak, never, plain, synced}, PasswordPolicyChange{std::nullopt, true});
    REQUIRE(results.size() == 4);
    CHECK_FALSE(results.at(0).error.isError());
    CHECK_FALSE(results.at(1).error.isError());
    CHECK_FALSE(results.at(2).error.isError());
    CHECK(results.at(3).error.isError()); // the service refuses synced users; the others went through
    CHECK(storedPolicies(fixture, weak) == u"DisablePasswordExpiration, DisableStrongPassword"_s);
    CHECK(storedPolicies(fixture, never) == u"DisablePasswordExpiration, DisableStrongPassword"_s);
    CHECK(storedPolicies(fixture, plain) == u"DisableStrongPassword"_s);
    CHECK(results.at(2).policies.weakAllowed());
}
