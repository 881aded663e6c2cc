// SPDX-License-Identifier: MIT
// `resetdesk-cli users` against the sandbox's truth: every user, the filters and the search, in
// each format.
#include "CatchQt.h"
#include "CliRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

/** The user principal names of the sandbox's users (not deleted) that pass @p keep. */
template<typename Keep>
QSet<QString> sandboxUsers(SandboxFixture &fixture, Keep keep)
{
    QSet<QString> names;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted && keep(user))
            names.insert(user.userPrincipalName);
    }
    return names;
}

QSet<QString> jsonNames(const QString &json)
{
    QSet<QString> names;
    const QJsonArray users = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &user : users)
        names.insert(user.toObject().value(u"userPrincipalName"_s).toString());
    return names;
}

} // namespace

TEST_CASE("resetdesk-cli users: lists, filters and searches the users the sandbox holds", "[cli]")
{
    CliRig rig;
    rig.signIn();

    const CliRig::Result all = rig.run({u"users"_s, u"--format"_s, u"json"_s});
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    CHECK(jsonNames(all.out) == sandboxUsers(rig.fixture(), [](const SandboxUser &) { return true; }));

    const CliRig::Result blocked = rig.run({u"users"_s, u"--filter"_s, u"blocked"_s, u"--format"_s, u"json"_s});
    REQUIRE(blocked.exitCode == 0);
    const QSet<QString> blockedInSandbox
        = sandboxUsers(rig.fixture(), [](const SandboxUser &user) { return !user.accountEnabled; });
    REQUIRE_FALSE(blockedInSandbox.isEmpty());
    CHECK(jsonNames(blocked.out) == blockedInSandbox);

    const CliRig::Result guests = rig.run({u"users"_s, u"--filter"_s, u"guests"_s, u"--format"_s, u"json"_s});
    REQUIRE(guests.exitCode == 0);
    CHECK(jsonNames(guests.out)
          == sandboxUsers(rig.fixture(), [](const SandboxUser &user) { return user.userType == u"Guest"_s; }));

    // Must change password: the sandbox's passwordProfile, set here for two users.
    SandboxUser &first = const_cast<SandboxUser &>(rig.fixture().tenant().users().at(3));
    SandboxUser &second = const_cast<SandboxUser &>(rig.fixture().tenant().users().at(7));
    first.forceChangePasswordNextSignIn = true;
    second.forceChangePasswordNextSignIn = true;
    const CliRig::Result mustChange
        = rig.run({u"users"_s, u"--filter"_s, u"must-change"_s, u"--format"_s, u"json"_s});
    REQUIRE(mustChange.exitCode == 0);
    CHECK(jsonNames(mustChange.out)
          == sandboxUsers(rig.fixture(), [](const SandboxUser &user) { return user.forceChangePasswordNextSignIn; }));

    // Search: every word must be found in the name or addresses.
    const SandboxUser &someone = rig.fixture().tenant().users().at(10);
    const CliRig::Result found = rig.run({u"users"_s, u"--search"_s, someone.userPrincipalName, u"--format"_s, u"csv"_s});
    REQUIRE(found.exitCode == 0);
    const QStringList lines = found.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(u"id,displayName,userPrincipalName,"_s));
    CHECK(lines.at(1).startsWith(someone.id + u","_s));

    const CliRig::Result table = rig.run({u"users"_s, u"--search"_s, someone.userPrincipalName});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(someone.displayName));
    CHECK(table.out.contains(u"1 user"_s));

    CHECK(rig.run({u"users"_s, u"--filter"_s, u"nobody"_s}).exitCode == 2);
    CHECK(rig.run({u"users"_s, u"--format"_s, u"xml"_s}).exitCode == 2);
}
