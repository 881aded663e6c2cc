// SPDX-License-Identifier: MIT
// Listing and deleting a user's authentication methods in the sandbox over real HTTP, with the
// ordering rules of Microsoft's "Authentication methods API overview".
#include "CatchQt.h"
#include "SandboxFixture.h"

#include "sandbox/AuthMethodEndpoints.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

const QString alternateMobileId = u"b6332ec1-7057-4abe-9331-3d72feddfe41"_s;
const QString fidoId = u"-2_GRUg2-HYz6_1YG4YRAQ2"_s;
const QString authenticatorId = u"6e7b3c1a-2d4f-4b8a-9c0e-1f2a3b4c5d6e"_s;

SandboxUser &plainUser(SandboxFixture &fixture)
{
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(Archetype::PlainUser));
    REQUIRE(user);
    return *user;
}

/** Gives @p user an alternate mobile, a security key and Authenticator beside the generated phone and email. */
void registerMore(SandboxFixture &fixture, const SandboxUser &user)
{
    AuthMethodStore &store = fixture.context().authMethods;
    store.addMethod(user.id, {u"phone"_s, alternateMobileId,
                              {{u"phoneNumber"_s, u"+46 701112233"_s}, {u"phoneType"_s, u"alternateMobile"_s},
                               {u"smsSignInState"_s, u"notConfigured"_s}}});
    store.addMethod(user.id, {u"fido2"_s, fidoId, {{u"displayName"_s, u"Red key"_s}, {u"model"_s, u"NFC key"_s}}});
    store.addMethod(user.id, {u"microsoftAuthenticator"_s, authenticatorId, {{u"displayName"_s, u"Pixel 8"_s}}});
}

QString methodsPath(const QString &userId)
{
    return u"/v1.0/users/%1/authentication/methods"_s.arg(userId);
}

QStringList typesOf(const HttpResult &result)
{
    QStringList types;
    for (const QJsonValue &method : result.json()[u"value"_s].toArray())
        types.append(method[u"@odata.type"_s].toString().section(u'.', -1));
    return types;
}

int deleteMethod(SandboxFixture &fixture, const QString &userId, const QString &kind, const QString &id)
{
    return fixture.request("DELETE", u"/v1.0/users/%1/authentication/%2Methods/%3"_s.arg(userId, kind, id), {},
                           fixture.adminToken())
        .status;
}

} // namespace

TEST_CASE("Sandbox methods: the list holds the password first, then every registered method", "[sandbox][methods]")
{
    SandboxFixture fixture;
    const SandboxUser &user = plainUser(fixture);
    registerMore(fixture, user);
    REQUIRE(fixture.request("POST", u"/v1.0/users/%1/authentication/temporaryAccessPassMethods"_s.arg(user.id), "{}",
                            fixture.adminToken())
                .status
            == 201);

    const HttpResult listed = fixture.get(methodsPath(user.id), fixture.adminToken());
    REQUIRE(listed.status == 200);
    CHECK(typesOf(listed)
          == QStringList{u"passwordAuthenticationMethod"_s, u"phoneAuthenticationMethod"_s,
                         u"emailAuthenticationMethod"_s, u"phoneAuthenticationMethod"_s, u"fido2AuthenticationMethod"_s,
                         u"microsoftAuthenticatorAuthenticationMethod"_s,
                         u"temporaryAccessPassAuthenticationMethod"_s});
    const QJsonArray methods = listed.json()[u"value"_s].toArray();
    CHECK(methods.at(0)[u"password"_s].isNull());
    CHECK(methods.at(1)[u"id"_s] == AuthMethodEndpoints::mobilePhoneMethodId());
    CHECK(methods.at(1)[u"phoneNumber"_s] == user.authenticationPhone);
    CHECK(methods.at(6)[u"temporaryAccessPass"_s].isNull());

    CHECK(fixture.get(methodsPath(user.id), fixture.adminToken({u"User.Read.All"_s})).status == 403);
    CHECK(fixture.get(methodsPath(user.id), fixture.adminToken({u"UserAuthenticationMethod.Read.All"_s})).status == 200);
}

TEST_CASE("Sandbox methods: the default phone goes last, the alternate mobile before the mobile",
          "[sandbox][methods]")
{
    SandboxFixture fixture;
    SandboxUser &user = plainUser(fixture);
    registerMore(fixture, user);
    REQUIRE(user.isMfaRegistered);

    // The mobile phone is the default MFA method: refused while anything else is left.
    CHECK(deleteMethod(fixture, user.id, u"phone"_s, AuthMethodEndpoints::mobilePhoneMethodId()) == 400);
    CHECK(deleteMethod(fixture, user.id, u"fido2"_s, fidoId) == 204);
    CHECK(deleteMethod(fixture, user.id, u"fido2"_s, fidoId) == 404);
    CHECK(deleteMethod(fixture, user.id, u"microsoftAuthenticator"_s, authenticatorId) == 204);
    CHECK(deleteMethod(fixture, user.id, u"email"_s, AuthMethodEndpoints::emailMethodId()) == 204);

    // Only the phones are left; the alternate mobile has to go before the mobile.
    fixture.context().authMethods.setDefaultPhoneMethod(user.id, alternateMobileId);
    CHECK(deleteMethod(fixture, user.id, u"phone"_s, AuthMethodEndpoints::mobilePhoneMethodId()) == 400);
    CHECK(deleteMethod(fixture, user.id, u"phone"_s, alternateMobileId) == 400); // the default, mobile still there
    fixture.context().authMethods.setDefaultPhoneMethod(user.id, AuthMethodEndpoints::mobilePhoneMethodId());
    CHECK(deleteMethod(fixture, user.id, u"phone"_s, alternateMobileId) == 204);
    CHECK(user.isMfaRegistered);
    CHECK(deleteMethod(fixture, user.id, u"phone"_s, AuthMethodEndpoints::mobilePhoneMethodId()) == 204);

    CHECK(typesOf(fixture.get(methodsPath(user.id), fixture.adminToken())) == QStringList{u"passwordAuthenticationMethod"_s});
    CHECK_FALSE(user.isMfaRegistered);
    CHECK_FALSE(user.isSsprRegistered);
}

TEST_CASE("Sandbox methods: the password method cannot be deleted", "[sandbox][methods]")
{
    SandboxFixture fixture;
    const SandboxUser &user = plainUser(fixture);
    const HttpResult refused = fixture.request(
        "DELETE", u"/v1.0/users/%1/authentication/passwordMethods/28c10230-6103-485e-b985-444c60001490"_s.arg(user.id), {},
        fixture.adminToken());
    CHECK(refused.status == 405);
}

TEST_CASE("Sandbox methods: the undocumented refusal of the default phone is a setting", "[sandbox][methods]")
{
    SandboxFixture fixture;
    const SandboxUser &user = plainUser(fixture);
    fixture.context().authMethods.behaviour.defaultPhoneMethod = {409, u"conflict"_s};
    const HttpResult refused = fixture.request(
        "DELETE", u"/v1.0/users/%1/authentication/phoneMethods/%2"_s.arg(user.id, AuthMethodEndpoints::mobilePhoneMethodId()),
        {}, fixture.adminToken());
    CHECK(refused.status == 409);
    CHECK(refused.json()[u"error"_s][u"code"_s] == u"conflict"_s);
}

TEST_CASE("Sandbox methods: deleting follows the TAP role rules", "[sandbox][methods][roles]")
{
    SandboxFixture fixture;
    const SandboxUser &user = plainUser(fixture);
    const auto tokenOf = [&](Archetype archetype) {
        return fixture.tokenFor(fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype))->id,
                                SandboxFixture::allScopes());
    };
    const SandboxUser *admin = fixture.tenant().userById(fixture.adminId());
    const QString emailPath = u"/v1.0/users/%1/authentication/emailMethods/%2"_s;
    CHECK(fixture.request("DELETE", emailPath.arg(admin->id, AuthMethodEndpoints::emailMethodId()), {},
                          tokenOf(Archetype::AuthenticationAdministrator))
              .status
          == 403);
    CHECK(fixture.request("DELETE", emailPath.arg(admin->id, AuthMethodEndpoints::emailMethodId()), {}, fixture.adminToken())
              .status
          == 403);
    CHECK(fixture.request("DELETE", emailPath.arg(user.id, AuthMethodEndpoints::emailMethodId()), {},
                          tokenOf(Archetype::HelpdeskAdministrator))
              .status
          == 403);
    CHECK(fixture.request("DELETE", emailPath.arg(user.id, AuthMethodEndpoints::emailMethodId()), {},
                          tokenOf(Archetype::AuthenticationAdministrator))
              .status
          == 204);
}
