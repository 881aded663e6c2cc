// SPDX-License-Identifier: MIT
// /users/delta: rounds of changes, deletions and minimal properties, and resets in the next round.
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "UserPatchRequests.h"

#include "sandbox/TenantGenerator.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using namespace UserPatchRequests;

TEST_CASE("UserDelta: rounds report changes deletions and minimal properties", "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 260;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();

    // First round: every user, in pages, then a deltaLink.
    QSet<QString> seen;
    int pages = 0;
    HttpResult result
        = fixture.get(u"/v1.0/users/delta?$select=displayName,mobilePhone,accountEnabled"_s, token);
    QString deltaLink;
    while (true) {
        REQUIRE(result.status == 200);
        ++pages;
        for (const QJsonValue &user : result.json()[u"value"_s].toArray()) {
            seen.insert(user[u"id"_s].toString());
            CHECK(user.toObject().contains(u"displayName"_s));
            CHECK_FALSE(user.toObject().contains(u"userPrincipalName"_s));
        }
        deltaLink = result.json()[u"@odata.deltaLink"_s].toString();
        const QString next = result.json()[u"@odata.nextLink"_s].toString();
        if (next.isEmpty())
            break;
        CHECK(deltaLink.isEmpty());
        result = fixture.getUrl(QUrl(next), token);
    }
    CHECK(pages == 3);
    CHECK(seen.size() == fixture.tenant().liveUserCount());
    REQUIRE(deltaLink.contains(u"$deltatoken="_s));

    // Nothing changed: an empty round.
    const HttpResult quiet = fixture.getUrl(QUrl(deltaLink), token);
    REQUIRE(quiet.status == 200);
    CHECK(quiet.json()[u"value"_s].toArray().isEmpty());
    deltaLink = quiet.json()[u"@odata.deltaLink"_s].toString();
    REQUIRE_FALSE(deltaLink.isEmpty());

    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QString softDeleted = userOf(fixture, Archetype::DisabledUser).id;
    const QString hardDeleted = userOf(fixture, Archetype::UnlicensedUser).id;
    REQUIRE(
        fixture.request("PATCH", u"/v1.0/users/"_s + elsa.id, R"({"mobilePhone":"+46 70 999 99 99"})", token)
            .status
        == 204);
    fixture.tenant().deleteUser(softDeleted, false);
    fixture.tenant().deleteUser(hardDeleted, true);

    SECTION("full objects by default")
    {
        const HttpResult changes = fixture.getUrl(QUrl(deltaLink), token);
        REQUIRE(changes.status == 200);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &user : changes.json()[u"value"_s].toArray())
            byId.insert(user[u"id"_s].toString(), user.toObject());
        CHECK(byId.size() == 3);
        CHECK(byId[elsa.id][u"mobilePhone"_s].toString() == u"+46 70 999 99 99"_s);
        CHECK(byId[elsa.id][u"displayName"_s].toString() == u"Elsa Nilsson"_s);
        CHECK(byId[softDeleted][u"@removed"_s][u"reason"_s].toString() == u"changed"_s);
        CHECK(byId[hardDeleted][u"@removed"_s][u"reason"_s].toString() == u"deleted"_s);
        // And the following round is quiet again.
        const HttpResult after
            = fixture.getUrl(QUrl(changes.json()[u"@odata.deltaLink"_s].toString()), token);
        CHECK(after.json()[u"value"_s].toArray().isEmpty());
    }
    SECTION("only changed properties with Prefer return=minimal")
    {
        const HttpResult changes = fixture.getUrl(QUrl(deltaLink), token, {{"Prefer", "return=minimal"}});
        REQUIRE(changes.status == 200);
        CHECK(changes.header("Preference-Applied") == "return=minimal");
        bool found = false;
        for (const QJsonValue &user : changes.json()[u"value"_s].toArray()) {
            if (user[u"id"_s].toString() != elsa.id)
                continue;
            found = true;
            QStringList keys = user.toObject().keys();
            keys.sort();
            CHECK(keys == QStringList {u"id"_s, u"mobilePhone"_s});
        }
        CHECK(found);
    }
}

TEST_CASE("UserDelta: a password reset shows up in the next round", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    HttpResult result
        = fixture.get(u"/v1.0/users/delta?$select=id,lastPasswordChangeDateTime&$top=999"_s, token);
    REQUIRE(result.status == 200);
    const QString deltaLink = result.json()[u"@odata.deltaLink"_s].toString();
    REQUIRE_FALSE(deltaLink.isEmpty());
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    REQUIRE(patchUser(fixture, token, elsa.id, resetBody(StrongPassword)).status == 204);
    const HttpResult changes = fixture.getUrl(QUrl(deltaLink), token, {{"Prefer", "return=minimal"}});
    const QJsonArray value = changes.json()[u"value"_s].toArray();
    REQUIRE(value.size() == 1);
    CHECK(value.at(0)[u"id"_s].toString() == elsa.id);
    CHECK(value.at(0)[u"lastPasswordChangeDateTime"_s].toString()
        == elsa.lastPasswordChangeDateTime.toString(Qt::ISODate));
    CHECK(fixture.get(u"/v1.0/users/delta?$deltatoken=garbage"_s, token).status == 400);
    // $deltatoken=latest skips the first round.
    const HttpResult latest
        = fixture.get(u"/v1.0/users/delta?$deltatoken=latest&$select=mobilePhone"_s, token);
    REQUIRE(latest.status == 200);
    CHECK(latest.json()[u"value"_s].toArray().isEmpty());
    const QString fromNow = latest.json()[u"@odata.deltaLink"_s].toString();
    REQUIRE_FALSE(fromNow.isEmpty());
    REQUIRE(patchUser(fixture, token, elsa.id, R"({"mobilePhone":"+46 70 111 22 33"})").status == 204);
    const QJsonArray afterLatest = fixture.getUrl(QUrl(fromNow), token).json()[u"value"_s].toArray();
    REQUIRE(afterLatest.size() == 1);
    CHECK(afterLatest.at(0)[u"mobilePhone"_s].toString() == u"+46 70 111 22 33"_s);
    // $filter on id only, carried in the tokens like $select.
    const HttpResult filtered
        = fixture.get(u"/v1.0/users/delta?$filter=id eq '%1'&$select=displayName"_s.arg(elsa.id), token);
    REQUIRE(filtered.status == 200);
    CHECK(filtered.json()[u"value"_s].toArray().size() == 1);
    CHECK(fixture.get(u"/v1.0/users/delta?$filter=accountEnabled eq true"_s, token).status == 400);
}
