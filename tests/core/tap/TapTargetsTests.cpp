// SPDX-License-Identifier: MIT
// Who a TAP run is for besides the ticked users: a CSV list, or the members of a group.
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"
#include "SandboxTargets.h"
#include "WaitUntil.h"
#include "../directory/DirectoryTestUsers.h"

#include "sandbox/TenantGenerator.h"
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
