// SPDX-License-Identifier: MIT
// A first load in parts side by side (PartitionedUserListReader inside UserDirectoryLoader) against
// the sandbox over real HTTP: proven complete, or read again in one chain that ends with exactly
// the directory.
#include "DirectoryLoadRig.h"

#include "directory/PartitionedUserListReader.h"
#include "sandbox/SandboxTenant.h"

#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PageSize = 50;

SandboxOptions options(int users, int latencyMs = 0)
{
    SandboxOptions result = SandboxFixture::defaultOptions();
    result.userCount = users;
    result.latencyMs = latencyMs;
    return result;
}

QString addUser(SandboxFixture &fixture, const QString &upn, bool guest = false)
{
    SandboxUser user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.displayName = u"Odd "_s + upn.section(u'@', 0, 0);
    user.userPrincipalName = upn;
    user.mail = upn;
    if (guest) {
        user.userType = u"Guest"_s;
        user.creationType = u"Invitation"_s;
    }
    fixture.tenant().addUser(user);
    return user.id;
}

QSet<QString> liveIds(SandboxFixture &fixture)
{
    QSet<QString> ids;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted)
            ids.insert(user.id);
    }
    return ids;
}

QSet<QString> modelIds(const UserListModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.userAt(row).id());
    return ids;
}

/** The GET /users requests (not /users/…), in the order the sandbox took them. */
QList<RequestLogEntry> listRequests(SandboxFixture &fixture)
{
    QList<RequestLogEntry> entries;
    for (const RequestLogEntry &entry : fixture.context().log.entries()) {
        if (entry.method == u"GET"_s && entry.path.endsWith(u"/users"_s))
            entries.append(entry);
    }
    return entries;
}

bool isPart(const RequestLogEntry &entry)
{
    return QUrlQuery(entry.query).queryItemValue(u"$filter"_s, QUrl::FullyDecoded).startsWith(u"startswith("_s);
}

/** The sandbox answers GETs of @p path with @p status and @p code, after letting @p after through. */
void refuseGet(SandboxFixture &fixture, const QString &path, int after, int remaining, int status, const QString &code)
{
    SandboxFaultRule refuse;
    refuse.method = "GET";
    refuse.path = QRegularExpression(path);
    refuse.after = after;
    refuse.remaining = remaining;
    refuse.status = status;
    refuse.code = code;
    refuse.message = u"Refused by the test."_s;
    fixture.context().faults.addRule(refuse);
}

} // namespace

TEST_CASE("UserDirectoryLoader: a first load reads the list in parts side by side and proves it complete",
    "[core][directory][sandbox]")
{
    constexpr int LatencyMs = 80;
    SandboxFixture fixture(options(1200, LatencyMs));
    for (const QString &upn : {u"7seven@kvarnby.se"_s, u"'quote@kvarnby.se"_s, u".dot@kvarnby.se"_s,
             u"-dash@kvarnby.se"_s, u"_under@kvarnby.se"_s, u"!bang@kvarnby.se"_s, u"#hash@kvarnby.se"_s,
             u"^caret@kvarnby.se"_s, u"~tilde@kvarnby.se"_s, u"$dollar@kvarnby.se"_s, u"ZED.UPPER@kvarnby.se"_s})
        addUser(fixture, upn);
    addUser(fixture, u"9lives_example.org#EXT#@kvarnby.onmicrosoft.com"_s, true);
    LoaderRig rig(fixture, PageSize);
    QList<int> rowsAtPage;
    QList<int> progress;
    QObject::connect(&rig.loader, &UserDirectoryLoader::usersReceived,
        [&](const QList<DirectoryUser> &) { rowsAtPage.append(rig.model.rowCount()); });
    QObject::connect(&rig.loader, &UserDirectoryLoader::progress, [&](int received) { progress.append(received); });

    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(rig.finishes.size() == 1);

    const QSet<QString> expected = liveIds(fixture);
    CHECK(rig.model.rowCount() == expected.size());
    CHECK(modelIds(rig.model) == expected);
    CHECK(rig.proxySorted());
    // Rows appear as the parts' pages arrive, not at the end.
    REQUIRE(rowsAtPage.size() > 1);
    CHECK(rowsAtPage.first() < rig.model.rowCount());
    CHECK(progress.last() == rig.model.rowCount());
    CHECK(rig.loader.receivedCount() == rig.model.rowCount());
    CHECK_FALSE(rig.loader.deltaLink().isEmpty());

    // Every list request was a part; each prefix was asked for once, then followed by nextLinks.
    const QList<RequestLogEntry> requests = listRequests(fixture);
    QStringList firstPages;
    for (const RequestLogEntry &entry : requests) {
        INFO(entry.query.toStdString());
        CHECK(isPart(entry));
        CHECK(entry.status == 200);
        const QUrlQuery query(entry.query);
        CHECK(query.queryItemValue(u"$top"_s) == QString::number(PageSize));
        if (!query.hasQueryItem(u"$skiptoken"_s))
            firstPages.append(query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded));
    }
    QStringList expectedFilters;
    for (const QString &prefix : PartitionedUserListReader::prefixes())
        expectedFilters.append(PartitionedUserListReader::partFilter(prefix));
    firstPages.sort();
    expectedFilters.sort();
    CHECK(firstPages == expectedFilters);
    CHECK(rig.requestsTo(u"/users/$count"_s) == 1);
    CHECK(rig.requestsTo(u"/users/delta"_s) == 1);

    // A part asks for its next page only once the last one came back, so list requests the sandbox
    // took within one latency of each other were all waiting at once: never more than the bound.
    int mostAtOnce = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        int together = 0;
        for (qsizetype j = i; j < requests.size(); ++j)
            together += requests.at(i).time.msecsTo(requests.at(j).time) < LatencyMs - 10 ? 1 : 0;
        mostAtOnce = std::max(mostAtOnce, together);
    }
    CHECK(mostAtOnce <= PartitionedUserListReader::ChainsInFlight);
    CHECK(mostAtOnce > 1);
}

TEST_CASE("UserDirectoryLoader: users the parts cannot see make the count differ, and one chain ends with "
          "exactly the directory",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(1000));
    // Outside the characters Microsoft documents for a user principal name: no part asks for them.
    addUser(fixture, u"+plus@kvarnby.se"_s);
    addUser(fixture, u"&amp_example.org#EXT#@kvarnby.onmicrosoft.com"_s, true);
    LoaderRig rig(fixture, PageSize);
    // A user the parts already brought is deleted meanwhile: the chain must take the row away.
    QString deletedId;
    QObject::connect(&rig.loader, &UserDirectoryLoader::usersReceived, [&](const QList<DirectoryUser> &users) {
        if (!deletedId.isEmpty())
            return;
        for (const DirectoryUser &user : users) {
            if (user.id() != fixture.adminId()) {
                deletedId = user.id();
                fixture.tenant().deleteUser(deletedId, true);
                return;
            }
        }
    });

    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(rig.finishes.size() == 1);
    REQUIRE_FALSE(deletedId.isEmpty());

    const QSet<QString> expected = liveIds(fixture);
    CHECK(rig.model.rowCount() == expected.size());
    CHECK(modelIds(rig.model) == expected);
    CHECK(rig.model.rowOf(deletedId) < 0);
    CHECK(rig.model.rowOf(fixture.tenant().userByIdOrUpn(u"+plus@kvarnby.se"_s)->id) >= 0);
    CHECK(rig.loader.receivedCount() == expected.size());
    CHECK_FALSE(rig.loader.deltaLink().isEmpty());

    // All the parts first, then the plain chain once.
    const QList<RequestLogEntry> requests = listRequests(fixture);
    const auto firstChain = std::find_if(requests.cbegin(), requests.cend(), [](const auto &e) { return !isPart(e); });
    REQUIRE(firstChain != requests.cend());
    CHECK(std::none_of(firstChain, requests.cend(), isPart));
    CHECK(std::count_if(requests.cbegin(), requests.cend(), [](const auto &e) { return !isPart(e); })
        == (expected.size() + PageSize - 1) / PageSize);
}

TEST_CASE("UserDirectoryLoader: a part the service refuses makes the load read one chain",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(800));
    // The fourth list request: a part, since six start at once.
    refuseGet(fixture, u"^/users$"_s, 3, 1, 400, u"Request_UnsupportedQuery"_s);
    LoaderRig rig(fixture, PageSize);

    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(modelIds(rig.model) == liveIds(fixture));
    CHECK(rig.model.rowCount() == fixture.tenant().liveUserCount());

    const QList<RequestLogEntry> requests = listRequests(fixture);
    const auto refused = std::find_if(requests.cbegin(), requests.cend(), [](const auto &e) { return e.status == 400; });
    REQUIRE(refused != requests.cend());
    CHECK(isPart(*refused));
    CHECK_FALSE(isPart(requests.last()));
}

TEST_CASE("UserDirectoryLoader: without the count a first load reads one chain", "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(800));
    refuseGet(fixture, u"^/users/\\$count$"_s, 0, -1, 403, u"Authorization_RequestDenied"_s);
    LoaderRig rig(fixture, PageSize);

    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(modelIds(rig.model) == liveIds(fixture));
    const QList<RequestLogEntry> requests = listRequests(fixture);
    CHECK(std::none_of(requests.cbegin(), requests.cend(), isPart));
}

TEST_CASE("UserDirectoryLoader: cancel stops every part of a first load", "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(1500, 40));
    LoaderRig rig(fixture, PageSize);
    rig.cancelOnFirstPage();
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE(rig.finishes.size() == 1);
    CHECK(rig.finishes.last().kind == GraphError::Kind::Cancelled);
    CHECK(rig.loader.deltaLink().isEmpty());
    const int rows = rig.model.rowCount();
    CHECK(rows > 0);
    CHECK(rows <= PageSize); // one page of one part
    const qsizetype requests = listRequests(fixture).size();
    CHECK(requests <= PartitionedUserListReader::ChainsInFlight);
    QTest::qWait(300);
    CHECK(rig.model.rowCount() == rows);
    CHECK(listRequests(fixture).size() == requests);
    CHECK(rig.finishes.size() == 1);

    rig.runToEnd([&] { rig.loader.load(); });
    CHECK_FALSE(rig.finishes.last().isError());
    CHECK(modelIds(rig.model) == liveIds(fixture));
}
