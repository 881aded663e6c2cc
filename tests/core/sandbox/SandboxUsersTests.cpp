// SPDX-License-Identifier: MIT
// GET /users, /users/$count, /users/{id | upn}, /me and the tenant generator.
#include "CatchQt.h"
#include "SandboxFixture.h"

#include "sandbox/TenantGenerator.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

const HttpHeaders eventual {{"ConsistencyLevel", "eventual"}};

QString idOf(SandboxFixture &fixture, Archetype archetype)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return user->id;
}

QStringList valuesOf(const QJsonObject &page, const QString &property)
{
    QStringList values;
    for (const QJsonValue &user : page[u"value"_s].toArray())
        values.append(user[property].toString());
    return values;
}

QJsonObject errorOf(const HttpResult &result)
{
    return result.json()[u"error"_s].toObject();
}

} // namespace

TEST_CASE("TenantGenerator: the same seed gives the same tenant", "[sandbox][users]")
{
    const SandboxTenant first = TenantGenerator::generate(300, 42);
    const SandboxTenant second = TenantGenerator::generate(300, 42);
    const SandboxTenant other = TenantGenerator::generate(300, 43);
    REQUIRE(first.users().size() == 300);
    REQUIRE(second.users().size() == 300);
    for (std::size_t i = 0; i < first.users().size(); ++i) {
        CHECK(first.users()[i].id == second.users()[i].id);
        CHECK(first.users()[i].userPrincipalName == second.users()[i].userPrincipalName);
        CHECK(first.users()[i].displayName == second.users()[i].displayName);
        CHECK(first.users()[i].password == second.users()[i].password);
    }
    // Random users differ between seeds; archetypes keep their names.
    CHECK(first.users().back().id != other.users().back().id);
    CHECK(first.users().front().userPrincipalName == other.users().front().userPrincipalName);
}

TEST_CASE("TenantGenerator: archetypes and realistic data are present", "[sandbox][users]")
{
    const SandboxTenant tenant = TenantGenerator::generate(2000, 7);
    for (int i = 0; i < TenantGenerator::ArchetypeCount; ++i) {
        const QString upn = TenantGenerator::archetypeUpn(Archetype(i));
        CHECK(const_cast<SandboxTenant &>(tenant).userByIdOrUpn(upn) != nullptr);
    }
    bool swedishLetters = false;
    int guests = 0;
    int synced = 0;
    int unlicensed = 0;
    int disabled = 0;
    QSet<QString> ids;
    QSet<QString> upns;
    for (const SandboxUser &user : tenant.users()) {
        swedishLetters = swedishLetters || user.displayName.contains(u'å') || user.displayName.contains(u'ä')
            || user.displayName.contains(u'ö') || user.displayName.contains(u'Å')
            || user.displayName.contains(u'Ä') || user.displayName.contains(u'Ö');
        if (user.userType == u"Guest") {
            ++guests;
            CHECK(user.userPrincipalName.contains(u"#EXT#"_s));
        }
        synced += user.onPremisesSyncEnabled.value_or(false) ? 1 : 0;
        unlicensed += user.assignedLicenseSkus.isEmpty() ? 1 : 0;
        disabled += user.accountEnabled ? 0 : 1;
        ids.insert(user.id);
        upns.insert(user.userPrincipalName.toLower());
    }
    CHECK(swedishLetters);
    CHECK(guests > 1);
    CHECK(synced > 1);
    CHECK(unlicensed > 1);
    CHECK(disabled > 1);
    CHECK(ids.size() == 2000);
    CHECK(upns.size() == 2000);
    const SandboxUser *admin = const_cast<SandboxTenant &>(tenant).userById(tenant.adminUserId);
    REQUIRE(admin);
    CHECK(admin->roleTemplateIds.contains(SandboxRoles::GlobalAdministrator));
}

TEST_CASE("UserEndpoints: pages through 10000 users with opaque nextLinks", "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 10000;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();

    QSet<QString> seen;
    int pages = 0;
    int duplicates = 0;
    HttpResult result = fixture.get(u"/v1.0/users?$select=id,displayName&$top=999"_s, token);
    while (true) {
        REQUIRE(result.status == 200);
        const QJsonObject page = result.json();
        ++pages;
        for (const QJsonValue &user : page[u"value"_s].toArray()) {
            const QString id = user[u"id"_s].toString();
            duplicates += seen.contains(id) ? 1 : 0;
            seen.insert(id);
            // $select is carried by the link: only the two selected properties come back.
            CHECK(user.toObject().keys().size() == 2);
        }
        const QString next = page[u"@odata.nextLink"_s].toString();
        if (next.isEmpty())
            break;
        CHECK(next.contains(u"$skiptoken="_s));
        CHECK(next.contains(u"$top=999"_s));
        result = fixture.getUrl(QUrl(next), token);
    }
    CHECK(duplicates == 0);
    CHECK(seen.size() == fixture.tenant().liveUserCount());
    CHECK(pages == 11);
}

TEST_CASE("UserEndpoints: the default page holds 100 users with the default property set", "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 250;
    SandboxFixture fixture(options);
    const HttpResult result = fixture.get(u"/v1.0/users"_s, fixture.adminToken());
    REQUIRE(result.status == 200);
    const QJsonArray users = result.json()[u"value"_s].toArray();
    CHECK(users.size() == 100);
    CHECK_FALSE(result.json()[u"@odata.nextLink"_s].toString().isEmpty());
    CHECK(result.json()[u"@odata.context"_s].toString().endsWith(u"/$metadata#users"_s));
    const QJsonObject first = users.at(0).toObject();
    QStringList keys = first.keys();
    keys.sort();
    CHECK(keys
        == QStringList {u"businessPhones"_s, u"displayName"_s, u"givenName"_s, u"id"_s, u"jobTitle"_s,
            u"mail"_s, u"mobilePhone"_s, u"officeLocation"_s, u"preferredLanguage"_s, u"surname"_s,
            u"userPrincipalName"_s});
    CHECK_FALSE(first.contains(u"passwordPolicies"_s));
    CHECK_FALSE(first.contains(u"password"_s));
}

TEST_CASE("UserEndpoints: $top outside 1 to 999 is a 400 with Graph's message", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    for (const QString &top : {u"0"_s, u"1000"_s, u"abc"_s, u"-5"_s}) {
        const HttpResult result = fixture.get(u"/v1.0/users?$top="_s + top, token);
        CHECK(result.status == 400);
        CHECK(errorOf(result)[u"message"_s].toString()
            == u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(top));
    }
    const HttpResult one = fixture.get(u"/v1.0/users?$top=1"_s, token);
    CHECK(one.status == 200);
    CHECK(one.json()[u"value"_s].toArray().size() == 1);
    CHECK(fixture.get(u"/v1.0/users?$top=999"_s, token).json()[u"value"_s].toArray().size() == 50);
    CHECK(fixture.get(u"/v1.0/users?$skip=5"_s, token).status == 400);
    // Some properties only come back for a single user: 501 on a collection.
    CHECK(fixture.get(u"/v1.0/users?$select=id,aboutMe"_s, token).status == 501);
    const HttpResult single
        = fixture.get(u"/v1.0/users/"_s + fixture.adminId() + u"?$select=id,aboutMe"_s, token);
    CHECK(single.status == 200);
    CHECK(single.json()[u"aboutMe"_s].isNull());
}

TEST_CASE("UserEndpoints: $filter on the properties the console uses", "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 400;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();
    const QString select
        = u"&$select=id,userPrincipalName,accountEnabled,userType,onPremisesSyncEnabled,assignedLicenses&$top=999"_s;

    SECTION("accountEnabled eq false")
    {
        const HttpResult result
            = fixture.get(u"/v1.0/users?$filter=accountEnabled eq false"_s + select, token);
        REQUIRE(result.status == 200);
        const QJsonArray users = result.json()[u"value"_s].toArray();
        CHECK(users.size() > 0);
        for (const QJsonValue &user : users)
            CHECK(user[u"accountEnabled"_s].toBool() == false);
        CHECK(valuesOf(result.json(), u"userPrincipalName"_s)
                  .contains(TenantGenerator::archetypeUpn(Archetype::DisabledUser)));
    }
    SECTION("userType eq 'Guest'")
    {
        const HttpResult result = fixture.get(u"/v1.0/users?$filter=userType eq 'Guest'"_s + select, token);
        REQUIRE(result.status == 200);
        for (const QJsonValue &user : result.json()[u"value"_s].toArray())
            CHECK(user[u"userType"_s].toString() == u"Guest"_s);
        CHECK(valuesOf(result.json(), u"userPrincipalName"_s)
                  .contains(TenantGenerator::archetypeUpn(Archetype::Guest)));
    }
    SECTION("startswith on displayName and userPrincipalName")
    {
        const HttpResult byName
            = fixture.get(u"/v1.0/users?$filter=startswith(displayName,'elsa nil')"_s + select, token);
        REQUIRE(byName.status == 200);
        CHECK(valuesOf(byName.json(), u"userPrincipalName"_s)
                  .contains(TenantGenerator::archetypeUpn(Archetype::PlainUser)));
        const HttpResult byUpn = fixture.get(
            u"/v1.0/users?$filter=startswith(userPrincipalName,'hugo.akesson')"_s + select, token);
        CHECK(valuesOf(byUpn.json(), u"userPrincipalName"_s)
            == QStringList {TenantGenerator::archetypeUpn(Archetype::HelpdeskAdministrator)});
    }
    SECTION("onPremisesSyncEnabled eq true and combined with and")
    {
        const HttpResult result = fixture.get(
            u"/v1.0/users?$filter=onPremisesSyncEnabled eq true and accountEnabled eq true"_s + select,
            token);
        REQUIRE(result.status == 200);
        for (const QJsonValue &user : result.json()[u"value"_s].toArray()) {
            CHECK(user[u"onPremisesSyncEnabled"_s].toBool());
            CHECK(user[u"accountEnabled"_s].toBool());
        }
        CHECK(valuesOf(result.json(), u"userPrincipalName"_s)
                  .contains(TenantGenerator::archetypeUpn(Archetype::SyncedUser)));
    }
    SECTION("id in a list")
    {
        const QString a = idOf(fixture, Archetype::PlainUser);
        const QString b = idOf(fixture, Archetype::Guest);
        const HttpResult result
            = fixture.get(u"/v1.0/users?$filter=id in ('%1','%2')&$select=id"_s.arg(a, b), token);
        QStringList ids = valuesOf(result.json(), u"id"_s);
        ids.sort();
        QStringList expected {a, b};
        expected.sort();
        CHECK(ids == expected);
    }
    SECTION("lambda any on assignedLicenses and otherMails")
    {
        const HttpResult licensed
            = fixture.get(u"/v1.0/users?$filter=assignedLicenses/any(s:s/skuId eq %1)"_s.arg(
                              TenantGenerator::businessPremiumSku())
                    + select,
                token);
        REQUIRE(licensed.status == 200);
        const QJsonArray users = licensed.json()[u"value"_s].toArray();
        CHECK(users.size() > 0);
        for (const QJsonValue &user : users)
            CHECK(user[u"assignedLicenses"_s].toArray().at(0)[u"skuId"_s].toString()
                == TenantGenerator::businessPremiumSku());
        const HttpResult mails = fixture.get(
            u"/v1.0/users?$filter=otherMails/any(m:m eq 'elsa.nilsson@gmail.com')"_s + select, token);
        REQUIRE(mails.status == 200);
        CHECK(valuesOf(mails.json(), u"userPrincipalName"_s)
            == QStringList {TenantGenerator::archetypeUpn(Archetype::PlainUser)});
        const HttpResult prefixed = fixture.get(
            u"/v1.0/users?$filter=otherMails/any(m:startswith(m,'elsa.nilsson@'))"_s + select, token);
        CHECK(valuesOf(prefixed.json(), u"userPrincipalName"_s)
                  .contains(TenantGenerator::archetypeUpn(Archetype::PlainUser)));
    }
    SECTION("assignedLicenses/$count ne 0 is an advanced query")
    {
        const QString query = u"/v1.0/users?$filter=assignedLicenses/$count ne 0"_s + select;
        const HttpResult plain = fixture.get(query, token);
        CHECK(plain.status == 400);
        CHECK(errorOf(plain)[u"code"_s].toString() == u"Request_UnsupportedQuery"_s);
        const HttpResult withHeaderOnly = fixture.get(query, token, eventual);
        CHECK(withHeaderOnly.status == 400);
        const HttpResult advanced = fixture.get(query + u"&$count=true"_s, token, eventual);
        REQUIRE(advanced.status == 200);
        for (const QJsonValue &user : advanced.json()[u"value"_s].toArray())
            CHECK_FALSE(user[u"assignedLicenses"_s].toArray().isEmpty());
        const QStringList upns = valuesOf(advanced.json(), u"userPrincipalName"_s);
        CHECK_FALSE(upns.contains(TenantGenerator::archetypeUpn(Archetype::UnlicensedUser)));
        CHECK(upns.contains(TenantGenerator::archetypeUpn(Archetype::PlainUser)));
        CHECK(advanced.json()[u"@odata.count"_s].toInt() == upns.size());
    }
    SECTION("ne and endswith need ConsistencyLevel and $count")
    {
        CHECK(fixture.get(u"/v1.0/users?$filter=userType ne 'Guest'"_s, token).status == 400);
        CHECK(
            fixture.get(u"/v1.0/users?$filter=endswith(userPrincipalName,'kvarnbybygg.com')"_s, token).status
            == 400);
        const HttpResult result = fixture.get(
            u"/v1.0/users?$filter=endswith(userPrincipalName,'@kvarnbybygg.com')&$count=true"_s + select,
            token, eventual);
        REQUIRE(result.status == 200);
        for (const QString &upn : valuesOf(result.json(), u"userPrincipalName"_s))
            CHECK(upn.endsWith(u"@kvarnbybygg.com"_s));
        CHECK(valuesOf(result.json(), u"userPrincipalName"_s)
                  .contains(TenantGenerator::archetypeUpn(Archetype::UnlicensedUser)));
    }
    SECTION("passwordPolicies eq null")
    {
        const HttpResult result = fixture.get(
            u"/v1.0/users?$filter=passwordPolicies eq null&$count=true&$select=id,passwordPolicies&$top=999"_s,
            token, eventual);
        REQUIRE(result.status == 200);
        CHECK(result.json()[u"value"_s].toArray().size() > 0);
        for (const QJsonValue &user : result.json()[u"value"_s].toArray())
            CHECK(user[u"passwordPolicies"_s].isNull());
    }
    SECTION("malformed filters and unknown properties are 400")
    {
        const HttpResult syntax = fixture.get(u"/v1.0/users?$filter=accountEnabled eq"_s, token);
        CHECK(syntax.status == 400);
        CHECK(errorOf(syntax)[u"code"_s].toString() == u"BadRequest"_s);
        const HttpResult unknown = fixture.get(u"/v1.0/users?$filter=shoeSize eq 42"_s, token);
        CHECK(unknown.status == 400);
        CHECK(errorOf(unknown)[u"message"_s].toString().contains(u"shoeSize"_s));
        CHECK(fixture.get(u"/v1.0/users?$select=id,shoeSize"_s, token).status == 400);
    }
}

TEST_CASE("UserEndpoints: filtered paging stays complete across pages", "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 1500;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();
    int expected = 0;
    for (const SandboxUser &user : fixture.tenant().users())
        expected += (!user.deleted && user.accountEnabled) ? 1 : 0;

    QSet<QString> seen;
    HttpResult result
        = fixture.get(u"/v1.0/users?$filter=accountEnabled eq true&$select=id&$top=200"_s, token);
    while (true) {
        REQUIRE(result.status == 200);
        for (const QString &id : valuesOf(result.json(), u"id"_s))
            seen.insert(id);
        const QString next = result.json()[u"@odata.nextLink"_s].toString();
        if (next.isEmpty())
            break;
        result = fixture.getUrl(QUrl(next), token);
    }
    CHECK(seen.size() == expected);
}

TEST_CASE("UserEndpoints: $search and $count need ConsistencyLevel eventual", "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 300;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();

    const HttpResult noHeader = fixture.get(u"/v1.0/users?$search=\"displayName:elsa\""_s, token);
    CHECK(noHeader.status == 400);
    CHECK(errorOf(noHeader)[u"code"_s].toString() == u"Request_UnsupportedQuery"_s);
    CHECK(errorOf(noHeader)[u"message"_s].toString()
        == u"Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'"_s);

    const HttpResult search = fixture.get(
        u"/v1.0/users?$search=\"displayName:elsa\"&$select=displayName,userPrincipalName"_s, token, eventual);
    REQUIRE(search.status == 200);
    CHECK(valuesOf(search.json(), u"userPrincipalName"_s)
              .contains(TenantGenerator::archetypeUpn(Archetype::PlainUser)));
    for (const QString &name : valuesOf(search.json(), u"displayName"_s))
        CHECK(name.toLower().split(u' ').filter(u"elsa"_s).size() > 0);

    // Word prefixes, not substrings; OR joins clauses.
    const HttpResult either = fixture.get(
        u"/v1.0/users?$search=\"userPrincipalName:hugo\" OR \"mail:ulla\"&$select=userPrincipalName&$count=true"_s,
        token, eventual);
    REQUIRE(either.status == 200);
    const QStringList upns = valuesOf(either.json(), u"userPrincipalName"_s);
    CHECK(upns.contains(TenantGenerator::archetypeUpn(Archetype::HelpdeskAdministrator)));
    CHECK(upns.contains(TenantGenerator::archetypeUpn(Archetype::UserAdministrator)));
    CHECK(either.json()[u"@odata.count"_s].toInt() == upns.size());
    const HttpResult substring
        = fixture.get(u"/v1.0/users?$search=\"displayName:lsa\"&$select=displayName"_s, token, eventual);
    CHECK_FALSE(valuesOf(substring.json(), u"displayName"_s).contains(u"Elsa Nilsson"_s));

    const HttpResult countNoHeader = fixture.get(u"/v1.0/users?$count=true"_s, token);
    CHECK(countNoHeader.status == 400);
    CHECK(errorOf(countNoHeader)[u"code"_s].toString() == u"Request_UnsupportedQuery"_s);
    const HttpResult counted = fixture.get(u"/v1.0/users?$count=true&$top=10"_s, token, eventual);
    REQUIRE(counted.status == 200);
    CHECK(counted.json()[u"@odata.count"_s].toInt() == fixture.tenant().liveUserCount());
    // Only on the first page; the header must be resent with the nextLink.
    const QUrl next(counted.json()[u"@odata.nextLink"_s].toString());
    CHECK(fixture.getUrl(next, token).status == 400);
    const HttpResult second = fixture.getUrl(next, token, eventual);
    REQUIRE(second.status == 200);
    CHECK_FALSE(second.json().contains(u"@odata.count"_s));
}

TEST_CASE("UserEndpoints: /users/$count is text/plain and needs the header", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const HttpResult noHeader = fixture.get(u"/v1.0/users/$count"_s, token);
    CHECK(noHeader.status == 400);
    CHECK(errorOf(noHeader)[u"code"_s].toString() == u"Request_UnsupportedQuery"_s);

    const HttpResult all = fixture.get(u"/v1.0/users/$count"_s, token, eventual);
    REQUIRE(all.status == 200);
    CHECK(all.header("Content-Type").startsWith("text/plain"));
    CHECK(all.body.toInt() == fixture.tenant().liveUserCount());

    const HttpResult guests
        = fixture.get(u"/v1.0/users/$count?$filter=userType eq 'Guest'"_s, token, eventual);
    REQUIRE(guests.status == 200);
    int expected = 0;
    for (const SandboxUser &user : fixture.tenant().users())
        expected += user.userType == u"Guest" ? 1 : 0;
    CHECK(guests.body.toInt() == expected);
}

TEST_CASE(
    "UserEndpoints: $orderby sorts and needs the header when combined with a filter", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const HttpResult sorted
        = fixture.get(u"/v1.0/users?$orderby=displayName&$select=displayName&$top=999"_s, token);
    REQUIRE(sorted.status == 200);
    const QStringList names = valuesOf(sorted.json(), u"displayName"_s);
    CHECK(names.size() == 50);
    for (qsizetype i = 1; i < names.size(); ++i)
        CHECK(names.at(i - 1).toLower() <= names.at(i).toLower());

    const HttpResult descending = fixture.get(
        u"/v1.0/users?$orderby=userPrincipalName desc&$select=userPrincipalName&$top=5"_s, token);
    REQUIRE(descending.status == 200);
    const QStringList upns = valuesOf(descending.json(), u"userPrincipalName"_s);
    for (qsizetype i = 1; i < upns.size(); ++i)
        CHECK(upns.at(i - 1).toLower() >= upns.at(i).toLower());

    // Paging a sorted query keeps the order across pages.
    QStringList paged;
    HttpResult page = fixture.get(u"/v1.0/users?$orderby=displayName&$select=displayName&$top=7"_s, token);
    while (true) {
        REQUIRE(page.status == 200);
        paged += valuesOf(page.json(), u"displayName"_s);
        const QString next = page.json()[u"@odata.nextLink"_s].toString();
        if (next.isEmpty())
            break;
        page = fixture.getUrl(QUrl(next), token);
    }
    CHECK(paged == names);

    const QString combined = u"/v1.0/users?$filter=accountEnabled eq true&$orderby=displayName"_s;
    const HttpResult refused = fixture.get(combined, token);
    CHECK(refused.status == 400);
    CHECK(errorOf(refused)[u"code"_s].toString() == u"Request_UnsupportedQuery"_s);
    CHECK(fixture.get(combined + u"&$count=true"_s, token, eventual).status == 200);
}

TEST_CASE("UserEndpoints: an unknown user is a 404 in Graph's error shape", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const HttpResult result = fixture.get(
        u"/v1.0/users/"_s + missing, fixture.adminToken(), {{"client-request-id", clientRequestId}});
    CHECK(result.status == 404);
    const QJsonObject error = errorOf(result);
    CHECK(error[u"code"_s].toString() == u"Request_ResourceNotFound"_s);
    CHECK(error[u"message"_s].toString()
        == u"Resource '%1' does not exist or one of its queried reference-property objects are not present."_s
               .arg(missing));
    const QJsonObject inner = error[u"innerError"_s].toObject();
    CHECK(inner[u"client-request-id"_s].toString().toLatin1() == clientRequestId);
    CHECK_FALSE(inner[u"request-id"_s].toString().isEmpty());
    CHECK_FALSE(inner[u"date"_s].toString().isEmpty());
    CHECK(result.header("client-request-id") == clientRequestId);
    CHECK(result.header("request-id") == inner[u"request-id"_s].toString().toLatin1());
    // A PATCH of a missing user has the same shape.
    const HttpResult patch = fixture.request(
        "PATCH", u"/v1.0/users/"_s + missing, R"({"mobilePhone":"+46 70 1"})", fixture.adminToken());
    CHECK(patch.status == 404);
    CHECK(errorOf(patch)[u"code"_s].toString() == u"Request_ResourceNotFound"_s);
}

TEST_CASE("UserEndpoints: users are addressable by id and by UPN including guests", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString elsaId = idOf(fixture, Archetype::PlainUser);

    const HttpResult byId
        = fixture.get(u"/v1.0/users/"_s + elsaId + u"?$select=id,displayName,otherMails"_s, token);
    REQUIRE(byId.status == 200);
    CHECK(byId.json()[u"displayName"_s].toString() == u"Elsa Nilsson"_s);
    CHECK(byId.json()[u"otherMails"_s].toArray().size() == 1);
    CHECK(byId.json().keys().size() == 4); // three properties plus @odata.context
    CHECK(byId.json()[u"@odata.context"_s].toString().endsWith(
        u"$metadata#users(id,displayName,otherMails)/$entity"_s));

    const HttpResult byUpn = fixture.get(u"/v1.0/users/ELSA.NILSSON@kvarnby.se"_s, token);
    REQUIRE(byUpn.status == 200);
    CHECK(byUpn.json()[u"id"_s].toString() == elsaId);

    const QString guestUpn = TenantGenerator::archetypeUpn(Archetype::Guest);
    QString encoded = guestUpn;
    encoded.replace(u"#"_s, u"%23"_s);
    const HttpResult guest
        = fixture.get(u"/v1.0/users/"_s + encoded + u"?$select=id,userType,creationType"_s, token);
    REQUIRE(guest.status == 200);
    CHECK(guest.json()[u"userType"_s].toString() == u"Guest"_s);
    CHECK(guest.json()[u"creationType"_s].toString() == u"Invitation"_s);
}

TEST_CASE("UserEndpoints: /me returns the caller with $select", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString elsaId = idOf(fixture, Archetype::PlainUser);
    const QString token = fixture.tokenFor(elsaId, {u"User.Read"_s});
    const HttpResult me = fixture.get(
        u"/v1.0/me?$select=id,userPrincipalName,otherMails,mobilePhone,businessPhones"_s, token);
    REQUIRE(me.status == 200);
    CHECK(me.json()[u"id"_s].toString() == elsaId);
    CHECK(me.json()[u"otherMails"_s].toArray().at(0).toString() == u"elsa.nilsson@gmail.com"_s);
    CHECK(me.json().contains(u"businessPhones"_s));
    // User.Read reads only oneself.
    CHECK(fixture.get(u"/v1.0/users"_s, token).status == 403);
    CHECK(fixture.get(u"/v1.0/users/"_s + fixture.adminId(), token).status == 403);
}

TEST_CASE("UserEndpoints: guests cannot list users", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.tokenFor(idOf(fixture, Archetype::Guest), {u"User.Read.All"_s});
    const HttpResult result = fixture.get(u"/v1.0/users"_s, token);
    CHECK(result.status == 403);
    CHECK(errorOf(result)[u"code"_s].toString() == u"Authorization_RequestDenied"_s);
}

TEST_CASE("UserEndpoints: User.ReadBasic.All does not expose password properties", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString basic = fixture.adminToken({u"User.ReadBasic.All"_s});
    const QString majaId = idOf(fixture, Archetype::NeverExpiresUser);
    const QString select = u"?$select=id,displayName,passwordPolicies,lastPasswordChangeDateTime"_s;
    const HttpResult limited = fixture.get(u"/v1.0/users/"_s + majaId + select, basic);
    REQUIRE(limited.status == 200);
    CHECK(limited.json()[u"displayName"_s].toString() == u"Maja Forsberg"_s);
    CHECK(limited.json()[u"passwordPolicies"_s].isNull());
    CHECK(limited.json()[u"lastPasswordChangeDateTime"_s].isNull());
    const HttpResult listed = fixture.get(u"/v1.0/users"_s + select + u"&$top=999"_s, basic);
    REQUIRE(listed.status == 200);
    for (const QJsonValue &user : listed.json()[u"value"_s].toArray())
        CHECK(user[u"passwordPolicies"_s].isNull());

    const HttpResult full
        = fixture.get(u"/v1.0/users/"_s + majaId + select, fixture.adminToken({u"User.Read.All"_s}));
    CHECK(full.json()[u"passwordPolicies"_s].toString() == u"DisablePasswordExpiration"_s);
    CHECK_FALSE(full.json()[u"lastPasswordChangeDateTime"_s].toString().isEmpty());
}
