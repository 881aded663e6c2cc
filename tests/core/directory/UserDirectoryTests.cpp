// SPDX-License-Identifier: MIT
// UserDirectory: one console's list and its readers, wired to each other and to one GraphClient,
// without any view.
#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxGraphClient.h"

#include "directory/UserDetailsLoader.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "directory/UserServerSearch.h"
#include "sandbox/SandboxTenant.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

TEST_CASE(
    "UserDirectory: fills its own list and reads details through one client", "[core][directory][sandbox]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    UserDirectory directory(&graph.client);
    QAbstractItemModelTester tester(directory.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(directory.client() == &graph.client);
    for (QObject *part : std::initializer_list<QObject *> {
             directory.model(), directory.loader(), directory.detailsLoader(), directory.search()})
        CHECK(part->parent() == &directory);

    // The search only asks while the directory's own loader reads every user.
    CHECK_FALSE(directory.search()->search(u"anna"_s));

    QSignalSpy finished(directory.loader(), &UserDirectoryLoader::finished);
    directory.loader()->load();
    REQUIRE(waitUntil([&] { return !finished.isEmpty() && !directory.loader()->isBusy(); }, 30000));
    REQUIRE_FALSE(directory.loader()->deltaLink().isEmpty()); // completed
    CHECK(directory.model()->rowCount() == fixture.tenant().liveUserCount());

    QSignalSpy details(directory.detailsLoader(), &UserDetailsLoader::loaded);
    directory.detailsLoader()->load(fixture.adminId());
    REQUIRE(waitUntil([&] { return !details.isEmpty(); }, 10000));
    CHECK(details.first().first().value<UserContactDetails>().id == fixture.adminId());
}
