// SPDX-License-Identifier: MIT
// Roles held through role-assignable groups, as Graph v1.0 shows them: the group among a
// directoryRole's members, /groups/{id}/members, transitiveMemberOf, and the reset matrix.
#include "CatchQt.h"
#include "SandboxFixture.h"

#include "sandbox/TenantGenerator.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

const QString userAdministrator = u"fe930be7-5e62-47db-91af-98c3a49a38b1"_s;
const QString helpdeskAdministrator = u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s;
const HttpHeaders eventual {{"ConsistencyLevel", "eventual"}};
const QString StrongPassword = u"xWwvJ]6NMw+bWH-d"_s;

SandboxUser &userOf(SandboxFixture &fixture, Archetype archetype)
{
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return *user;
}

const SandboxGroup &groupNamed(SandboxFixture &fixture, const QString &name)
{
    for (const SandboxGroup &group : fixture.tenant().groups) {
        if (group.displayName == name)
            return group;
    }
    FAIL("no group " << name.toStdString());
    return fixture.tenant().groups.front();
}

/** The members of the role with @p templateId in GET /directoryRoles?$expand=members(…). */
QJsonArray roleMembers(const HttpResult &result, const QString &templateId)
{
    for (const QJsonValue &role : result.json()[u"value"_s].toArray()) {
        if (role[u"roleTemplateId"_s].toString() == templateId)
            return role[u"members"_s].toArray();
    }
    return {};
}

QStringList ids(const QJsonArray &objects)
{
    QStringList result;
    for (const QJsonValue &object : objects)
        result.append(object[u"id"_s].toString());
    return result;
}

QStringList transitiveRoles(
    SandboxFixture &fixture, const QString &who, const QString &relation, const QString &token)
{
    const HttpResult result = fixture.get(u"/v1.0/"_s + who + u'/' + relation
            + u"/microsoft.graph.directoryRole?$select=roleTemplateId&$count=true"_s,
        token, eventual);
    REQUIRE(result.status == 200);
    QStringList roles;
    for (const QJsonValue &role : result.json()[u"value"_s].toArray())
        roles.append(role[u"roleTemplateId"_s].toString());
    roles.sort();
    return roles;
}

int resetStatus(SandboxFixture &fixture, const QString &callerId, const QString &targetId)
{
    const QByteArray body = QJsonDocument(
        QJsonObject {{u"passwordProfile"_s,
            QJsonObject {{u"password"_s, StrongPassword}, {u"forceChangePasswordNextSignIn"_s, true}}}})
                                .toJson(QJsonDocument::Compact);
    return fixture
        .request("PATCH", u"/v1.0/users/"_s + targetId, body,
            fixture.tokenFor(callerId, SandboxFixture::allScopes()))
        .status;
}

} // namespace

TEST_CASE(
    "RoleGroups: the demo organisation has role-assignable groups holding roles", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const SandboxGroup &helpdesk = groupNamed(fixture, TenantGenerator::itSupportGroupName());
    CHECK(helpdesk.roleTemplateIds == QStringList {helpdeskAdministrator});
    CHECK(helpdesk.memberIds == QStringList {userOf(fixture, Archetype::RoleGroupMember).id});
    const SandboxGroup &userAdmins = groupNamed(fixture, TenantGenerator::userAdminGroupName());
    CHECK(userAdmins.roleTemplateIds == QStringList {userAdministrator});
    const SandboxUser &tove = userOf(fixture, Archetype::RoleGroupUserAdministrator);
    CHECK(userAdmins.memberIds == QStringList {tove.id});
    CHECK(tove.roleTemplateIds.isEmpty());
}

TEST_CASE(
    "RoleGroups: a role's $expand=members lists the group itself, not its users", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const SandboxGroup &group = groupNamed(fixture, TenantGenerator::userAdminGroupName());
    const QString tove = userOf(fixture, Archetype::RoleGroupUserAdministrator).id;
    const QString ulla = userOf(fixture, Archetype::UserAdministrator).id;

    const HttpResult onlyIds
        = fixture.get(u"/v1.0/directoryRoles?$expand=members($select=id)"_s, fixture.adminToken());
    REQUIRE(onlyIds.status == 200);
    const QJsonArray members = roleMembers(onlyIds, userAdministrator);
    CHECK(ids(members).contains(ulla));
    CHECK(ids(members).contains(group.id));
    CHECK_FALSE(ids(members).contains(tove));
    for (const QJsonValue &member : members) {
        const QString type = member[u"@odata.type"_s].toString();
        CHECK((type == u"#microsoft.graph.group"_s) == (member[u"id"_s].toString() == group.id));
        // $select=id: nothing but the type and the id, for users and groups alike.
        CHECK(member.toObject().keys() == QStringList({u"@odata.type"_s, u"id"_s}));
    }

    // The group's name comes along when selected and when the token may read groups…
    const auto groupIn = [&](const HttpResult &result) {
        for (const QJsonValue &member : roleMembers(result, userAdministrator)) {
            if (member[u"id"_s].toString() == group.id)
                return member.toObject();
        }
        return QJsonObject();
    };
    const QString path = u"/v1.0/directoryRoles?$expand=members($select=id,displayName)"_s;
    CHECK(groupIn(fixture.get(path, fixture.adminToken()))[u"displayName"_s].toString() == group.displayName);
    // …and is withheld ("limited information") when it may not.
    const QString rolesOnly = fixture.adminToken({u"User.Read.All"_s, u"RoleManagement.Read.Directory"_s});
    const QJsonObject limited = groupIn(fixture.get(path, rolesOnly));
    CHECK(limited[u"@odata.type"_s].toString() == u"#microsoft.graph.group"_s);
    CHECK(limited[u"displayName"_s].isNull());

    // The role's own members collection says the same.
    const QString roleId = fixture
                               .get(u"/v1.0/directoryRoles(roleTemplateId='"_s + userAdministrator + u"')"_s,
                                   fixture.adminToken())
                               .json()[u"id"_s]
                               .toString();
    const HttpResult direct
        = fixture.get(u"/v1.0/directoryRoles/"_s + roleId + u"/members?$select=id"_s, fixture.adminToken());
    REQUIRE(direct.status == 200);
    CHECK(ids(direct.json()[u"value"_s].toArray()).contains(group.id));
    CHECK_FALSE(ids(direct.json()[u"value"_s].toArray()).contains(tove));
}

TEST_CASE("RoleGroups: /groups/{id}/members pages through the members with nextLink", "[sandbox][directory]")
{
    SandboxFixture fixture([] {
        SandboxOptions options = SandboxFixture::defaultOptions();
        options.userCount = 400;
        return options;
    }());
    SandboxTenant &tenant = fixture.tenant();
    SandboxGroup *group = nullptr;
    for (SandboxGroup &candidate : tenant.groups) {
        if (candidate.displayName == TenantGenerator::userAdminGroupName())
            group = &candidate;
    }
    REQUIRE(group);
    for (const SandboxUser &user : tenant.users()) {
        if (group->memberIds.size() == 250)
            break;
        if (!user.deleted && !group->memberIds.contains(user.id) && user.roleTemplateIds.isEmpty())
            group->memberIds.append(user.id);
    }
    REQUIRE(group->memberIds.size() == 250);
    const QString token = fixture.adminToken();

    QStringList seen;
    QList<int> pageSizes;
    QUrl next(fixture.sandbox().graphUrl().toString() + u"/groups/"_s + group->id
        + u"/members?$select=id&$top=100"_s);
    while (!next.isEmpty()) {
        const HttpResult page = fixture.getUrl(next, token);
        REQUIRE(page.status == 200);
        const QJsonArray value = page.json()[u"value"_s].toArray();
        pageSizes.append(int(value.size()));
        for (const QJsonValue &member : value) {
            CHECK(member[u"@odata.type"_s].toString() == u"#microsoft.graph.user"_s);
            seen.append(member[u"id"_s].toString());
        }
        next = QUrl(page.json()[u"@odata.nextLink"_s].toString());
        REQUIRE(pageSizes.size() < 10);
    }
    CHECK(pageSizes == QList<int> {100, 100, 50});
    CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == 250);
    CHECK(QSet<QString>(seen.cbegin(), seen.cend())
        == QSet<QString>(group->memberIds.cbegin(), group->memberIds.cend()));

    // Without $top a page holds 100; $top outside 1..999 is refused.
    const QString members = u"/v1.0/groups/"_s + group->id + u"/members"_s;
    const HttpResult firstPage = fixture.get(members, token);
    CHECK(firstPage.json()[u"value"_s].toArray().size() == 100);
    CHECK(firstPage.json().contains(u"@odata.nextLink"_s));
    CHECK(fixture.get(members + u"?$top=0"_s, token).status == 400);
    CHECK(fixture.get(members + u"?$select=noSuchProperty"_s, token).status == 400);
}

TEST_CASE("RoleGroups: /groups/{id} and its members need a group permission", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const SandboxGroup &group = groupNamed(fixture, TenantGenerator::itSupportGroupName());
    const QString ida = userOf(fixture, Archetype::RoleGroupMember).id;
    const QString members = u"/v1.0/groups/"_s + group.id + u"/members?$select=id,displayName"_s;

    const HttpResult read
        = fixture.get(members, fixture.adminToken({u"GroupMember.Read.All"_s, u"User.Read.All"_s}));
    REQUIRE(read.status == 200);
    const QJsonArray value = read.json()[u"value"_s].toArray();
    REQUIRE(value.size() == 1);
    CHECK(value.at(0)[u"id"_s].toString() == ida);
    CHECK(
        value.at(0)[u"displayName"_s].toString() == userOf(fixture, Archetype::RoleGroupMember).displayName);

    // Group permission but no user permission: the member comes with limited information.
    const HttpResult limited = fixture.get(members, fixture.adminToken({u"GroupMember.Read.All"_s}));
    REQUIRE(limited.status == 200);
    CHECK(limited.json()[u"value"_s][0][u"id"_s].toString() == ida);
    CHECK(limited.json()[u"value"_s][0][u"displayName"_s].isNull());

    // Reading roles and users is not reading groups.
    const QString noGroups = fixture.adminToken({u"User.Read.All"_s, u"RoleManagement.Read.Directory"_s});
    const HttpResult denied = fixture.get(members, noGroups);
    CHECK(denied.status == 403);
    CHECK(denied.json()[u"error"_s][u"code"_s].toString() == u"Authorization_RequestDenied"_s);

    const HttpResult missing
        = fixture.get(u"/v1.0/groups/00000000-0000-0000-0000-000000000000/members"_s, fixture.adminToken());
    CHECK(missing.status == 404);
    CHECK(missing.json()[u"error"_s][u"code"_s].toString() == u"Request_ResourceNotFound"_s);

    const HttpResult itself = fixture.get(u"/v1.0/groups/"_s + group.id, fixture.adminToken());
    REQUIRE(itself.status == 200);
    CHECK(itself.json()[u"displayName"_s].toString() == group.displayName);
    CHECK(itself.json()[u"isAssignableToRole"_s].toBool());
}

TEST_CASE("RoleGroups: transitiveMemberOf includes roles held through a group, memberOf does not",
    "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString tove = userOf(fixture, Archetype::RoleGroupUserAdministrator).id;
    const QString token = fixture.adminToken();
    CHECK(transitiveRoles(fixture, u"users/"_s + tove, u"memberOf"_s, token).isEmpty());
    CHECK(transitiveRoles(fixture, u"users/"_s + tove, u"transitiveMemberOf"_s, token)
        == QStringList {userAdministrator});

    // The member asks about themselves.
    const QString own = fixture.tokenFor(tove, {u"User.Read"_s, u"RoleManagement.Read.Directory"_s});
    CHECK(transitiveRoles(fixture, u"me"_s, u"memberOf"_s, own).isEmpty());
    CHECK(transitiveRoles(fixture, u"me"_s, u"transitiveMemberOf"_s, own) == QStringList {userAdministrator});
}

TEST_CASE("RoleGroups: the reset matrix counts roles held through groups, for caller and target",
    "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString tove = userOf(fixture, Archetype::RoleGroupUserAdministrator).id; // User Admin via group
    const QString ida = userOf(fixture, Archetype::RoleGroupMember).id; // Helpdesk Admin via group
    const QString ulla = userOf(fixture, Archetype::UserAdministrator).id; // User Admin directly
    const QString hugo = userOf(fixture, Archetype::HelpdeskAdministrator).id;
    const QString petra = userOf(fixture, Archetype::PasswordAdministrator).id;
    const QString paula = userOf(fixture, Archetype::PrivilegedAuthenticationAdministrator).id;
    const QString plain = userOf(fixture, Archetype::PlainUser).id;

    // A Helpdesk Administrator may reset neither a direct nor a group-held User Administrator.
    CHECK(resetStatus(fixture, hugo, ulla) == 403);
    CHECK(resetStatus(fixture, hugo, tove) == 403);
    CHECK(resetStatus(fixture, petra, tove) == 403);
    // Members of role-assignable groups: Privileged Authentication or Global Administrator only,
    // so not even a User Administrator.
    CHECK(resetStatus(fixture, ulla, tove) == 403);
    CHECK(resetStatus(fixture, paula, tove) == 204);
    CHECK(resetStatus(fixture, fixture.adminId(), tove) == 204);
    // A Helpdesk role held only through a group resets a normal user, not a User Administrator.
    CHECK(resetStatus(fixture, ida, plain) == 204);
    CHECK(resetStatus(fixture, ida, ulla) == 403);
    CHECK(resetStatus(fixture, ida, tove) == 403);
    // A User Administrator role held through a group resets a Helpdesk Administrator.
    CHECK(resetStatus(fixture, tove, hugo) == 204);
}
