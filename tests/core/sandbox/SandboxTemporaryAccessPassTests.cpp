// SPDX-License-Identifier: MIT
// The Temporary Access Pass of the sandbox over real HTTP: the policy, its bounds, one pass per
// user, the role rules, guests, and the scopes each call needs.
#include "CatchQt.h"
#include "ManualClock.h"
#include "SandboxFixture.h"

#include "sandbox/AuthMethodRoles.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

const QString policyPath = u"/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass"_s;

SandboxUser &userOf(SandboxFixture &fixture, Archetype archetype)
{
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return *user;
}

QString passesPath(const QString &userId)
{
    return u"/v1.0/users/%1/authentication/temporaryAccessPassMethods"_s.arg(userId);
}

HttpResult createPass(SandboxFixture &fixture, const QString &userId, const QJsonObject &body = {},
                      const QString &token = {})
{
    return fixture.request("POST", passesPath(userId), QJsonDocument(body).toJson(QJsonDocument::Compact),
                           token.isEmpty() ? fixture.adminToken() : token);
}

/** A token for the archetype's user with every scope. */
QString tokenOf(SandboxFixture &fixture, Archetype archetype)
{
    return fixture.tokenFor(userOf(fixture, archetype).id, SandboxFixture::allScopes());
}

} // namespace

TEST_CASE("Sandbox TAP: the policy reads with Microsoft's defaults and any spelling of its id", "[sandbox][tap]")
{
    SandboxFixture fixture;
    for (const QString &path : {policyPath, policyPath.toLower()}) {
        const HttpResult result = fixture.get(path, fixture.adminToken());
        REQUIRE(result.status == 200);
        const QJsonObject policy = result.json();
        CHECK(policy[u"@odata.type"_s] == u"#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration"_s);
        CHECK(policy[u"id"_s] == u"TemporaryAccessPass"_s);
        CHECK(policy[u"state"_s] == u"enabled"_s);
        CHECK(policy[u"defaultLifetimeInMinutes"_s] == 60);
        CHECK(policy[u"minimumLifetimeInMinutes"_s] == 60);
        CHECK(policy[u"maximumLifetimeInMinutes"_s] == 480);
        CHECK(policy[u"defaultLength"_s] == 8);
        CHECK(policy[u"isUsableOnce"_s] == false);
        CHECK(policy[u"includeTargets"_s].toArray().at(0)[u"id"_s] == u"all_users"_s);
        CHECK(policy[u"excludeTargets"_s].toArray().isEmpty());
    }
}

TEST_CASE("Sandbox TAP: reading the policy needs a policy scope and a policy reader role", "[sandbox][tap]")
{
    SandboxFixture fixture;
    CHECK(fixture.get(policyPath, fixture.adminToken({u"User.Read.All"_s, u"UserAuthenticationMethod.ReadWrite.All"_s}))
              .status
          == 403);
    CHECK(fixture.get(policyPath, fixture.adminToken({u"Policy.Read.AuthenticationMethod"_s})).status == 200);
    // An Authentication Administrator manages passes but is no policy reader.
    CHECK(fixture.get(policyPath, tokenOf(fixture, Archetype::AuthenticationAdministrator)).status == 403);
    SandboxUser &reader = userOf(fixture, Archetype::ReportsReader);
    reader.roleTemplateIds.append(AuthMethodRoles::authenticationPolicyAdministrator());
    CHECK(fixture.get(policyPath, tokenOf(fixture, Archetype::ReportsReader)).status == 200);
    CHECK(fixture.get(policyPath.chopped(3), fixture.adminToken()).status == 404);
}

TEST_CASE("Sandbox TAP: a new pass comes with its value once, at the policy's defaults", "[sandbox][tap]")
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.clock = &clock;
    SandboxFixture fixture(options);
    const SandboxUser &user = userOf(fixture, Archetype::PlainUser);

    const HttpResult created = createPass(fixture, user.id);
    REQUIRE(created.status == 201);
    const QJsonObject pass = created.json();
    CHECK(pass[u"@odata.type"_s] == u"#microsoft.graph.temporaryAccessPassAuthenticationMethod"_s);
    const QString value = pass[u"temporaryAccessPass"_s].toString();
    CHECK(value.size() == 8);
    CHECK(pass[u"lifetimeInMinutes"_s] == 60);
    CHECK(pass[u"isUsableOnce"_s] == false);
    CHECK(pass[u"isUsable"_s] == true);
    CHECK(pass[u"methodUsabilityReason"_s] == u"EnabledByPolicy"_s);
    CHECK(pass[u"startDateTime"_s] == u"2026-03-02T09:00:00Z"_s);
    CHECK(fixture.context().authMethods.tapOf(user.id)->value == value);

    const HttpResult listed = fixture.get(passesPath(user.id), fixture.adminToken());
    REQUIRE(listed.status == 200);
    const QJsonArray passes = listed.json()[u"value"_s].toArray();
    REQUIRE(passes.size() == 1);
    CHECK(passes.at(0)[u"id"_s] == pass[u"id"_s]);
    CHECK(passes.at(0)[u"temporaryAccessPass"_s].isNull());
    const HttpResult read = fixture.get(passesPath(user.id) + u"/"_s + pass[u"id"_s].toString(), fixture.adminToken());
    REQUIRE(read.status == 200);
    CHECK(read.json()[u"temporaryAccessPass"_s].isNull());

    clock.advance(61 * 60 * 1000);
    CHECK(fixture.get(passesPath(user.id), fixture.adminToken()).json()[u"value"_s][0][u"methodUsabilityReason"_s] == u"Expired"_s);
}

TEST_CASE("Sandbox TAP: a start time, lifetime and one-time use are taken within the policy", "[sandbox][tap]")
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.clock = &clock;
    SandboxFixture fixture(options);
    const QString userId = userOf(fixture, Archetype::PlainUser).id;

    const HttpResult scheduled = createPass(
        fixture, userId,
        {{u"startDateTime"_s, u"2026-03-05T07:30:00.000Z"_s}, {u"lifetimeInMinutes"_s, 480}, {u"isUsableOnce"_s, true}});
    REQUIRE(scheduled.status == 201);
    CHECK(scheduled.json()[u"startDateTime"_s] == u"2026-03-05T07:30:00Z"_s);
    CHECK(scheduled.json()[u"lifetimeInMinutes"_s] == 480);
    CHECK(scheduled.json()[u"isUsableOnce"_s] == true);
    CHECK(scheduled.json()[u"isUsable"_s] == false);
    CHECK(scheduled.json()[u"methodUsabilityReason"_s] == u"NotYetValid"_s);

    CHECK(createPass(fixture, userId, {{u"lifetimeInMinutes"_s, 59}}).status == 400);
    CHECK(createPass(fixture, userId, {{u"lifetimeInMinutes"_s, 481}}).status == 400);
    CHECK(createPass(fixture, userId, {{u"startDateTime"_s, u"next tuesday"_s}}).status == 400);
    // The bounds of the policy itself can widen only within Graph's 10..43200.
    fixture.context().authMethods.tapPolicy.minimumLifetimeInMinutes = 1;
    fixture.context().authMethods.tapPolicy.maximumLifetimeInMinutes = 50000;
    CHECK(createPass(fixture, userId, {{u"lifetimeInMinutes"_s, 9}}).status == 400);
    CHECK(createPass(fixture, userId, {{u"lifetimeInMinutes"_s, 10}}).status == 201);
    CHECK(createPass(fixture, userId, {{u"lifetimeInMinutes"_s, 43201}}).status == 400);
    CHECK(createPass(fixture, userId, {{u"lifetimeInMinutes"_s, 43200}}).status == 201);

    // A one-time policy refuses multi-use passes and makes one-time the default.
    fixture.context().authMethods.tapPolicy.isUsableOnce = true;
    const HttpResult multiUse = createPass(fixture, userId, {{u"isUsableOnce"_s, false}});
    CHECK(multiUse.status == 400);
    CHECK(multiUse.json()[u"error"_s][u"code"_s] == u"badRequest"_s);
    CHECK(createPass(fixture, userId).json()[u"isUsableOnce"_s] == true);

    // The status of the refusal is not documented: it is a setting.
    fixture.context().authMethods.behaviour.outOfPolicyBounds = {403, u"accessDenied"_s};
    const HttpResult refused = createPass(fixture, userId, {{u"isUsableOnce"_s, false}});
    CHECK(refused.status == 403);
    CHECK(refused.json()[u"error"_s][u"code"_s] == u"accessDenied"_s);
}

TEST_CASE("Sandbox TAP: the code is as long as the policy's default length", "[sandbox][tap]")
{
    SandboxFixture fixture;
    fixture.context().authMethods.tapPolicy.defaultLength = 48;
    const HttpResult created = createPass(fixture, userOf(fixture, Archetype::PlainUser).id);
    REQUIRE(created.status == 201);
    CHECK(created.json()[u"temporaryAccessPass"_s].toString().size() == 48);
}

TEST_CASE("Sandbox TAP: a second pass replaces the first without an error", "[sandbox][tap]")
{
    SandboxFixture fixture;
    const QString userId = userOf(fixture, Archetype::PlainUser).id;
    const HttpResult first = createPass(fixture, userId);
    const HttpResult second = createPass(fixture, userId);
    REQUIRE(first.status == 201);
    REQUIRE(second.status == 201);
    CHECK(first.json()[u"id"_s] != second.json()[u"id"_s]);
    const QJsonArray passes = fixture.get(passesPath(userId), fixture.adminToken()).json()[u"value"_s].toArray();
    REQUIRE(passes.size() == 1);
    CHECK(passes.at(0)[u"id"_s] == second.json()[u"id"_s]);
    CHECK(fixture.context().authMethods.tapHistory(userId)
          == QStringList{first.json()[u"temporaryAccessPass"_s].toString(),
                         second.json()[u"temporaryAccessPass"_s].toString()});
    CHECK(fixture.get(passesPath(userId) + u"/"_s + first.json()[u"id"_s].toString(), fixture.adminToken()).status == 404);
}

TEST_CASE("Sandbox TAP: deleting a pass answers 204 and leaves none", "[sandbox][tap]")
{
    SandboxFixture fixture;
    const QString userId = userOf(fixture, Archetype::PlainUser).id;
    const QString id = createPass(fixture, userId).json()[u"id"_s].toString();
    CHECK(fixture.request("DELETE", passesPath(userId) + u"/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces), {},
                          fixture.adminToken())
              .status
          == 404);
    const HttpResult removed = fixture.request("DELETE", passesPath(userId) + u"/"_s + id, {}, fixture.adminToken());
    CHECK(removed.status == 204);
    CHECK(removed.body.isEmpty());
    CHECK(fixture.get(passesPath(userId), fixture.adminToken()).json()[u"value"_s].toArray().isEmpty());
    CHECK(fixture.context().authMethods.tapOf(userId) == nullptr);
}

TEST_CASE("Sandbox TAP: Authentication Administrators cover members without privileged roles only",
          "[sandbox][tap][roles]")
{
    SandboxFixture fixture;
    const QString authAdmin = tokenOf(fixture, Archetype::AuthenticationAdministrator);
    CHECK(createPass(fixture, userOf(fixture, Archetype::PlainUser).id, {}, authAdmin).status == 201);
    CHECK(createPass(fixture, userOf(fixture, Archetype::PasswordAdministrator).id, {}, authAdmin).status == 201);
    CHECK(createPass(fixture, userOf(fixture, Archetype::ReportsReader).id, {}, authAdmin).status == 201);
    SandboxUser &successManager = userOf(fixture, Archetype::FormerlySyncedUser);
    successManager.roleTemplateIds = {AuthMethodRoles::userExperienceSuccessManager()};
    CHECK(createPass(fixture, successManager.id, {}, authAdmin).status == 201);

    for (const Archetype privileged : {Archetype::HelpdeskAdministrator, Archetype::UserAdministrator,
                                       Archetype::PrivilegedAuthenticationAdministrator, Archetype::Admin,
                                       Archetype::DomainNameAdministrator, Archetype::RoleGroupMember}) {
        const HttpResult refused = createPass(fixture, userOf(fixture, privileged).id, {}, authAdmin);
        CHECK(refused.status == 403);
        CHECK(refused.json()[u"error"_s][u"code"_s] == u"Authorization_RequestDenied"_s);
    }
    CHECK(createPass(fixture, userOf(fixture, Archetype::AuthenticationAdministrator).id, {}, authAdmin).status == 403);
    // A second Authentication Administrator is covered.
    SandboxUser &colleague = userOf(fixture, Archetype::NeverExpiresUser);
    colleague.roleTemplateIds = {SandboxRoles::AuthenticationAdministrator};
    CHECK(createPass(fixture, colleague.id, {}, authAdmin).status == 201);
}

TEST_CASE("Sandbox TAP: Privileged Authentication and Global Administrators cover everyone but themselves",
          "[sandbox][tap][roles]")
{
    SandboxFixture fixture;
    for (const Archetype caller : {Archetype::PrivilegedAuthenticationAdministrator, Archetype::Admin}) {
        const QString token = tokenOf(fixture, caller);
        for (const Archetype target : {Archetype::PlainUser, Archetype::SecondGlobalAdministrator,
                                       Archetype::UserAdministrator, Archetype::RoleGroupMember}) {
            CHECK(createPass(fixture, userOf(fixture, target).id, {}, token).status == 201);
        }
        CHECK(createPass(fixture, userOf(fixture, caller).id, {}, token).status == 403);
    }
    CHECK(createPass(fixture, userOf(fixture, Archetype::Admin).id, {},
                     tokenOf(fixture, Archetype::PrivilegedAuthenticationAdministrator))
              .status
          == 201);
    // Password, Helpdesk and User Administrators reset passwords but issue no passes.
    for (const Archetype caller :
         {Archetype::PasswordAdministrator, Archetype::HelpdeskAdministrator, Archetype::UserAdministrator}) {
        CHECK(createPass(fixture, userOf(fixture, Archetype::PlainUser).id, {}, tokenOf(fixture, caller)).status
              == 403);
    }
}

TEST_CASE("Sandbox TAP: external guests are refused, internal guests get a pass", "[sandbox][tap]")
{
    SandboxFixture fixture;
    const SandboxUser &external = userOf(fixture, Archetype::Guest);
    const HttpResult refused = createPass(fixture, external.id);
    CHECK(refused.status == 400);
    CHECK(refused.json()[u"error"_s][u"message"_s]
          == u"Temporary Access Pass cannot be added to an external guest user."_s);
    CHECK(fixture.context().authMethods.tapOf(external.id) == nullptr);

    SandboxUser &internal = userOf(fixture, Archetype::FormerlySyncedUser);
    internal.userType = u"Guest"_s;
    CHECK(createPass(fixture, internal.id).status == 201);
}

TEST_CASE("Sandbox TAP: a disabled policy or an untargeted user is refused, or marked unusable by switch",
          "[sandbox][tap][policy]")
{
    SandboxFixture fixture;
    AuthMethodStore &store = fixture.context().authMethods;
    const SandboxUser &user = userOf(fixture, Archetype::PlainUser);
    const SandboxUser &supporter = userOf(fixture, Archetype::RoleGroupMember);

    store.tapPolicy.enabled = false;
    const HttpResult disabled = createPass(fixture, user.id);
    CHECK(disabled.status == 400);
    CHECK(disabled.json()[u"error"_s][u"message"_s].toString().startsWith(u"Converged UserCredentialPolicy"_s));

    store.tapPolicy.enabled = true;
    const QString itSupport = fixture.tenant().groupsOf(supporter.id).constFirst();
    store.tapPolicy.includeGroupIds = {itSupport};
    CHECK(createPass(fixture, user.id).status == 400);
    CHECK(createPass(fixture, supporter.id).status == 201);
    store.tapPolicy.includeGroupIds = {u"all_users"_s};
    store.tapPolicy.excludeGroupIds = {itSupport};
    CHECK(createPass(fixture, supporter.id).status == 400);
    CHECK(createPass(fixture, user.id).status == 201);

    store.behaviour.policyRefusesCreation = false;
    const HttpResult unusable = createPass(fixture, supporter.id);
    REQUIRE(unusable.status == 201);
    CHECK(unusable.json()[u"isUsable"_s] == false);
    CHECK(unusable.json()[u"methodUsabilityReason"_s] == u"DisabledByPolicy"_s);
}

TEST_CASE("Sandbox TAP: each call needs its documented scopes", "[sandbox][tap][scopes]")
{
    SandboxFixture fixture;
    const QString userId = userOf(fixture, Archetype::PlainUser).id;
    const QString readOnly = fixture.adminToken({u"UserAuthenticationMethod.Read.All"_s});
    const QString granularWrite = fixture.adminToken({u"UserAuthMethod-TAP.ReadWrite.All"_s});
    const QString unrelated = fixture.adminToken({u"User.ReadWrite.All"_s, u"Policy.Read.AuthenticationMethod"_s});

    CHECK(createPass(fixture, userId, {}, unrelated).status == 403);
    CHECK(createPass(fixture, userId, {}, readOnly).status == 403);
    const HttpResult created = createPass(fixture, userId, {}, granularWrite);
    REQUIRE(created.status == 201);
    CHECK(fixture.get(passesPath(userId), unrelated).status == 403);
    CHECK(fixture.get(passesPath(userId), readOnly).status == 200);
    CHECK(fixture.get(passesPath(userId), fixture.adminToken({u"UserAuthMethod-TAP.Read.All"_s})).status == 200);
    const QString passPath = passesPath(userId) + u"/"_s + created.json()[u"id"_s].toString();
    CHECK(fixture.request("DELETE", passPath, {}, readOnly).status == 403);
    CHECK(fixture.request("DELETE", passPath, {}, granularWrite).status == 204);
}
