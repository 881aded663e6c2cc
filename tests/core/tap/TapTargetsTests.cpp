// SPDX-License-Identifier: MIT
// Who a TAP run is for besides the ticked users: a CSV list, or the members of a group.
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"
#include "SandboxTargets.h"
#include "WaitUntil.h"
#include "../directory/DirectoryTestUsers.h"

#include "sandbox/TenantGenerator.h"
#include "tap/TapGroupSearch.h"
#include "tap/TapTargets.h"

using namespace Qt::Literals::StringLiterals;

TEST_CASE("TapTargets: a CSV list names users by UPN or id; unknown users and passwords are problems",
          "[core][tap]")
{
    const QList<DirectoryUser> directory = DirectoryTestUsers::numbered(1, 5);
    const TapTargets::CsvResult result = TapTargets::fromCsv("userPrincipalName\r\n"
                                                             "user2@contoso.com\r\n"
                                                             "u4\r\n"
                                                             "nobody@contoso.com\r\n"
                                                             "user5@contoso.com,Kx7#mPq4tRw\r\n",
                                                             directory);
    REQUIRE(result.users.size() == 2);
    CHECK(result.users.at(0).id() == u"u2"_s);
    CHECK(result.users.at(1).id() == u"u4"_s);
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems.at(0).kind == BulkCsvImport::ProblemKind::UnknownUser);
    CHECK(result.problems.at(1).kind == BulkCsvImport::ProblemKind::BadPassword);
    CHECK(result.problems.at(1).line == 5);
}

TEST_CASE("TapGroupMembers: a group's members, found in the user list", "[core][tap][sandbox]")
{
    SandboxFixture fixture;
    QList<DirectoryUser> directory;
    for (const SandboxUser &user : fixture.tenant().users())
        directory.append(bulkTargetFor(user).user);
    const SandboxGroup &group = fixture.tenant().groups.front();
    REQUIRE_FALSE(group.memberIds.isEmpty());

    SandboxGraphClient graph(fixture);
    TapGroupMembers members(&graph.client, directory);
    QStringList found;
    bool done = false;
    QObject::connect(&members, &TapGroupMembers::finished,
                     [&](const QList<DirectoryUser> &users, const QStringList &notListed) {
                         for (const DirectoryUser &user : users)
                             found.append(user.id());
                         CHECK(notListed.isEmpty());
                         done = true;
                     });
    members.read(group.id);
    REQUIRE(waitUntil([&] { return done; }, 10000));
    CHECK(found == group.memberIds);
}

TEST_CASE("TapGroupSearch: lists the groups whose name starts with what was typed, quotes included",
          "[core][tap][sandbox]")
{
    SandboxFixture fixture;
    for (const QString &name : {u"New starters"_s, u"new hires O'Neill"_s, u"Sales"_s}) {
        SandboxGroup group;
        group.id = u"7b0c0000-0000-4000-8000-%1"_s.arg(int(fixture.tenant().groups.size()), 12, 10, QLatin1Char('0'));
        group.displayName = name;
        fixture.tenant().groups.push_back(group);
    }
    SandboxGraphClient graph(fixture);
    TapGroupSearch search(&graph.client);
    QStringList names;
    QString answeredPrefix;
    bool done = false;
    QObject::connect(&search, &TapGroupSearch::found,
                     [&](const QString &prefix, const QList<TapGroupSearch::Group> &groups, bool more) {
                         answeredPrefix = prefix;
                         names.clear();
                         for (const TapGroupSearch::Group &group : groups) {
                             CHECK_FALSE(group.id.isEmpty());
                             names.append(group.displayName);
                         }
                         CHECK_FALSE(more);
                         done = true;
                     });
    search.find(u"NEW"_s);
    REQUIRE(waitUntil([&] { return done; }, 10000));
    CHECK(answeredPrefix == u"NEW"_s);
    CHECK(names == QStringList{u"New starters"_s, u"new hires O'Neill"_s});

    done = false;
    search.find(u"new hires O'"_s);
    REQUIRE(waitUntil([&] { return done; }, 10000));
    CHECK(names == QStringList{u"new hires O'Neill"_s});
}
