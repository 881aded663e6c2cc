// SPDX-License-Identifier: MIT
// GET /groups as "List groups" (Graph v1.0) documents it: startswith on displayName without
// ConsistencyLevel, case-insensitive, $select, $top and paging, and the read permission.
#include "CatchQt.h"
#include "SandboxFixture.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

void addGroups(SandboxFixture &fixture, const QStringList &names)
{
    int next = 0;
    for (const QString &name : names) {
        SandboxGroup group;
        group.id = u"6a1f0000-0000-4000-8000-%1"_s.arg(++next, 12, 10, QLatin1Char('0'));
        group.displayName = name;
        fixture.tenant().groups.push_back(group);
    }
}

QStringList names(const HttpResult &result)
{
    QStringList found;
    for (const QJsonValue &group : result.json()[u"value"_s].toArray())
        found.append(group[u"displayName"_s].toString());
    return found;
}

} // namespace

TEST_CASE("GroupList: startswith on displayName finds groups whatever the case, with only the fields selected",
          "[sandbox][groups]")
{
    SandboxFixture fixture;
    addGroups(fixture, {u"New starters Stockholm"_s, u"new starters Malmö"_s, u"O'Brien team"_s, u"Sales"_s});
    const HttpResult result = fixture.get(
        u"/v1.0/groups?$filter=startswith(displayName,'NEW%20STA')&$select=id,displayName"_s, fixture.adminToken());
    REQUIRE(result.status == 200);
    CHECK(names(result) == QStringList{u"New starters Stockholm"_s, u"new starters Malmö"_s});
    for (const QJsonValue &group : result.json()[u"value"_s].toArray())
        CHECK(group.toObject().keys() == QStringList{u"displayName"_s, u"id"_s});
    CHECK(result.json()[u"@odata.context"_s].toString().endsWith(u"$metadata#groups(id,displayName)"_s));

    // A quotation mark inside the literal is written twice.
    const HttpResult quoted =
        fixture.get(u"/v1.0/groups?$filter=startswith(displayName,'O''B')&$select=id,displayName"_s,
                    fixture.adminToken());
    REQUIRE(quoted.status == 200);
    CHECK(names(quoted) == QStringList{u"O'Brien team"_s});
}

TEST_CASE("GroupList: pages follow nextLink and $top is bounded", "[sandbox][groups]")
{
    SandboxFixture fixture;
    QStringList many;
    for (int i = 0; i < 5; ++i)
        many.append(u"Starters %1"_s.arg(i));
    addGroups(fixture, many);
    const HttpResult first =
        fixture.get(u"/v1.0/groups?$filter=startswith(displayName,'Starters')&$top=3"_s, fixture.adminToken());
    REQUIRE(first.status == 200);
    CHECK(names(first).size() == 3);
    const QString next = first.json()[u"@odata.nextLink"_s].toString();
    REQUIRE_FALSE(next.isEmpty());
    const HttpResult second = fixture.getUrl(QUrl(next), fixture.adminToken());
    REQUIRE(second.status == 200);
    CHECK(names(first) + names(second) == many);
    CHECK_FALSE(second.json().contains(u"@odata.nextLink"_s));

    CHECK(fixture.get(u"/v1.0/groups?$top=1000"_s, fixture.adminToken()).status == 400);
    CHECK(fixture.get(u"/v1.0/groups?$select=nickname"_s, fixture.adminToken()).status == 400);
}

TEST_CASE("GroupList: needs a permission that reads groups", "[sandbox][groups]")
{
    SandboxFixture fixture;
    addGroups(fixture, {u"New starters"_s});
    CHECK(fixture.get(u"/v1.0/groups?$filter=startswith(displayName,'New')"_s,
                      fixture.adminToken({u"User.Read.All"_s}))
              .status == 403);
    CHECK(fixture.get(u"/v1.0/groups?$filter=startswith(displayName,'New')"_s,
                      fixture.adminToken({u"GroupMember.Read.All"_s}))
              .status == 200);
}
