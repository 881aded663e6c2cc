// SPDX-License-Identifier: MIT
// `resetdesk-cli policy` and `expiry` against the sandbox's truth: what the command says is what
// the directory now holds.
#include "CatchQt.h"
#include "CliRig.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("resetdesk-cli policy: sets never-expires and weak passwords as the directory then holds them", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 2);
    const CliRig::Result on = rig.run({u"policy"_s, users.at(0)->userPrincipalName, users.at(1)->id,
                                       u"--never-expires"_s, u"on"_s, u"--weak-passwords"_s, u"on"_s});
    INFO(on.err.toStdString());
    REQUIRE(on.exitCode == 0);
    for (const SandboxUser *user : users) {
        CHECK(user->passwordPolicies.contains(u"DisablePasswordExpiration"_s));
        CHECK(user->passwordPolicies.contains(u"DisableStrongPassword"_s));
    }
    CHECK(on.out.contains(users.at(0)->userPrincipalName + u"\tnever-expires=on\tweak-passwords=on"_s));

    const CliRig::Result off = rig.run({u"policy"_s, users.at(0)->userPrincipalName, u"--weak-passwords"_s, u"off"_s});
    REQUIRE(off.exitCode == 0);
    CHECK(users.at(0)->passwordPolicies.contains(u"DisablePasswordExpiration"_s));
    CHECK_FALSE(users.at(0)->passwordPolicies.contains(u"DisableStrongPassword"_s));
    CHECK(off.out.contains(u"\tnever-expires=on\tweak-passwords=off"_s));

    CHECK(rig.run({u"policy"_s, users.at(0)->userPrincipalName}).exitCode == 2);
    CHECK(rig.run({u"policy"_s, users.at(0)->userPrincipalName, u"--never-expires"_s, u"maybe"_s}).exitCode == 2);
    CHECK(rig.run({u"policy"_s, u"nobody@nowhere.example"_s, u"--never-expires"_s, u"on"_s}).exitCode == 2);
}

TEST_CASE("resetdesk-cli expiry: shows and sets the domain's password expiry", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QString domain = rig.fixture().tenant().defaultDomain()->id;
    const CliRig::Result days = rig.run({u"expiry"_s, domain, u"--days"_s, u"60"_s});
    INFO(days.err.toStdString());
    REQUIRE(days.exitCode == 0);
    CHECK(rig.fixture().tenant().defaultDomain()->passwordValidityPeriodInDays == 60);
    CHECK(days.out == domain + u": passwords expire after 60 days\n"_s);

    const CliRig::Result never = rig.run({u"expiry"_s, domain, u"--never"_s});
    REQUIRE(never.exitCode == 0);
    CHECK(rig.fixture().tenant().defaultDomain()->passwordValidityPeriodInDays == 2147483647);
    const CliRig::Result shown = rig.run({u"expiry"_s});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(domain + u": passwords never expire\n"_s));

    CHECK(rig.run({u"expiry"_s, domain, u"--days"_s, u"5"_s}).exitCode == 2);
    CHECK(rig.run({u"expiry"_s, u"nowhere.example"_s, u"--never"_s}).exitCode == 2);
}
