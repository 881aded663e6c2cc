// SPDX-License-Identifier: MIT
// PATCH /users/{id} and /me, the password rules, the role matrix and revokeSignInSessions.
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "UserPatchRequests.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/PasswordRules.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

using namespace UserPatchRequests;

TEST_CASE("UserPatch: an admin reset stores the password and answers 204", "[sandbox][users]")
{
    SandboxFixture fixture;
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QDateTime before = elsa.lastPasswordChangeDateTime;
    const qint64 sequenceBefore = elsa.changeSequence;
    const qsizetype historyBefore = elsa.passwordHistory.size();

    const HttpResult result = patchUser(fixture, fixture.adminToken(), elsa.id, resetBody(StrongPassword));
    CHECK(result.status == 204);
    CHECK(result.body.isEmpty());
    CHECK(elsa.password == StrongPassword);
    CHECK(elsa.forceChangePasswordNextSignIn);
    CHECK(elsa.passwordHistory.size() == historyBefore + 1);
    CHECK(elsa.passwordHistory.constLast() == StrongPassword);
    CHECK(elsa.lastPasswordChangeDateTime > before);
    CHECK(elsa.changeSequence > sequenceBefore);

    const HttpResult read = fixture.get(
        u"/v1.0/users/"_s + elsa.id + u"?$select=lastPasswordChangeDateTime"_s, fixture.adminToken());
    CHECK(read.json()[u"lastPasswordChangeDateTime"_s].toString()
        == elsa.lastPasswordChangeDateTime.toString(Qt::ISODate));
    CHECK_FALSE(read.body.contains(StrongPassword.toUtf8()));
}

TEST_CASE("UserPatch: every complexity rule rejects with the documented 400", "[sandbox][users]")
{
    SandboxFixture fixture;
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QString original = elsa.password;
    const QString token = fixture.adminToken();

    const QStringList rejected {
        u"Ab1!xyz"_s, // 7 characters
        u"Ab1!"_s + QString(253, u'x'), // 257 characters
        u"Lösenord#2026xq"_s, // non-ASCII
        u"Tab\tChar9xqz"_s, // control character
        u"onlylowercaseletters"_s, // 1 class
        u"lowercase123456"_s, // 2 classes
        u"P@ssw0rd1!"_s, // banned term + 2 characters
        u"Welcomr12!"_s, // banned term within edit distance 1
        u"Elsa.Nilsson!"_s, // the user's own names
        u"Kvarnby#1x"_s, // the tenant's name
    };
    for (const QString &password : rejected) {
        CAPTURE(password);
        const HttpResult result = patchUser(fixture, token, elsa.id, resetBody(password));
        CHECK(result.status == 400);
        CHECK(errorOf(result)[u"code"_s].toString() == u"Request_BadRequest"_s);
        CHECK(errorOf(result)[u"message"_s].toString() == GraphErrors::passwordComplexityMessage());
        CHECK(elsa.password == original);
    }
    const QString longest = u"Ab1!"_s + QString(252, u'x'); // 256 characters
    CHECK(patchUser(fixture, token, elsa.id, resetBody(longest)).status == 204);
    CHECK(patchUser(fixture, token, elsa.id, resetBody(u"Sj\u00f6-Fart 88 kv"_s.replace(u'\u00f6', u'o')))
              .status
        == 204);
}

TEST_CASE("PasswordRules: the documented scoring examples", "[sandbox][users]")
{
    SandboxUser user;
    user.givenName = u"Hugo"_s;
    user.surname = u"Åkesson"_s;
    user.userPrincipalName = u"hugo.akesson@kvarnby.se"_s;
    // Microsoft's scoring example: contoso + blank + 1 + 2 = 4 points; contoso + blank + f + 9 + ! = 5.
    CHECK(PasswordRules::check(u"C0ntos0Blank12"_s, user, u"Contoso"_s, true)
        == PasswordRules::Failure::Banned);
    CHECK(
        PasswordRules::check(u"ContoS0Bl@nkf9!"_s, user, u"Contoso"_s, true) == PasswordRules::Failure::None);
    CHECK(PasswordRules::normalise(u"P@$$w0rd1"_s) == u"passwordl"_s);
    // Names with å/ä/ö are matched as typed on an ASCII keyboard.
    CHECK(PasswordRules::check(u"Akesson#7x"_s, user, u"Kvarnby Bygg AB"_s, true)
        == PasswordRules::Failure::Banned);
    CHECK(PasswordRules::check(StrongPassword, user, u"Kvarnby Bygg AB"_s, true)
        == PasswordRules::Failure::None);
    CHECK(PasswordRules::check(u"short1A"_s, user, QString(), true) == PasswordRules::Failure::Length);
    CHECK(PasswordRules::check(u"weakbutlongenough"_s, user, QString(), true)
        == PasswordRules::Failure::Classes);
    CHECK(
        PasswordRules::check(u"weakbutlongenough"_s, user, QString(), false) == PasswordRules::Failure::None);
    CHECK(PasswordRules::strongPasswordDisabled(u"DisablePasswordExpiration, DisableStrongPassword"_s));
    CHECK_FALSE(PasswordRules::strongPasswordDisabled(u"DisablePasswordExpiration"_s));
}

TEST_CASE("UserPatch: DisableStrongPassword relaxes the class rule only", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    SandboxUser &erik = userOf(fixture, Archetype::WeakPasswordAllowedUser);
    CHECK(patchUser(fixture, token, erik.id, resetBody(u"weakbutlongenough"_s)).status == 204);
    CHECK(erik.password == u"weakbutlongenough"_s);
    CHECK(patchUser(fixture, token, erik.id, resetBody(u"short"_s)).status == 400);
    CHECK(patchUser(fixture, token, erik.id, resetBody(u"password1"_s)).status == 400);

    // DisableStrongPassword in the same PATCH as the weak password lets it through.
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    CHECK(patchUser(fixture, token, elsa.id, resetBody(u"weakbutlongenough"_s)).status == 400);
    const QByteArray both
        = R"({"passwordPolicies":"DisableStrongPassword","passwordProfile":{"password":"weakbutlongenough"}})";
    CHECK(patchUser(fixture, token, elsa.id, both).status == 204);
    CHECK(elsa.password == u"weakbutlongenough"_s);
    CHECK(elsa.passwordPolicies == u"DisableStrongPassword"_s);
}

TEST_CASE("UserPatch: history is kept and a reset may reuse the last password", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    REQUIRE(patchUser(fixture, token, elsa.id, resetBody(StrongPassword)).status == 204);
    CHECK(PasswordRules::reusesLastPassword(elsa, StrongPassword));
    // Entra allows the last password again on a reset; only a change refuses it.
    CHECK(patchUser(fixture, token, elsa.id, resetBody(StrongPassword)).status == 204);
    REQUIRE(patchUser(fixture, token, elsa.id, resetBody(u"Second#Pass42xq"_s)).status == 204);
    CHECK(elsa.passwordHistory.mid(elsa.passwordHistory.size() - 3)
        == QStringList {StrongPassword, StrongPassword, u"Second#Pass42xq"_s});
    CHECK_FALSE(PasswordRules::reusesLastPassword(elsa, StrongPassword));
}

TEST_CASE("UserPatch: a passwordProfile without password is a 204 that changes nothing", "[sandbox][users]")
{
    SandboxFixture fixture;
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QString original = elsa.password;
    const HttpResult result = patchUser(fixture, fixture.adminToken(), elsa.id,
        R"({"passwordProfile":{"forceChangePasswordNextSignIn":true}})");
    CHECK(result.status == 204);
    CHECK(elsa.password == original);
    CHECK(patchUser(fixture, fixture.adminToken(), elsa.id, R"({"passwordProfile":{"password":42}})").status
        == 400);
    CHECK(patchUser(fixture, fixture.adminToken(), elsa.id, "not json").status == 400);
    CHECK(patchUser(fixture, fixture.adminToken(), elsa.id, R"({"shoeSize":42})").status == 400);
}

TEST_CASE("UserPatch: synced guests and federated users are refused", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    SandboxUser &sven = userOf(fixture, Archetype::SyncedUser);
    const QString svenPassword = sven.password;
    const HttpResult synced = patchUser(fixture, token, sven.id, resetBody(StrongPassword));
    CHECK(synced.status == 400);
    CHECK(errorOf(synced)[u"code"_s].toString() == u"Request_BadRequest"_s);
    CHECK(errorOf(synced)[u"message"_s].toString() == GraphErrors::onPremisesMasteredMessage());
    CHECK(sven.password == svenPassword);
    const HttpResult policies = patchUser(fixture, token, sven.id, R"({"passwordPolicies":"None"})");
    CHECK(policies.status == 400);
    CHECK(errorOf(policies)[u"message"_s].toString() == GraphErrors::onPremisesMasteredMessage());
    CHECK(patchUser(fixture, token, sven.id, R"({"mobilePhone":"+46 70 123"})").status == 400);

    // No longer synced: the cloud owns the password again.
    CHECK(patchUser(
              fixture, token, userOf(fixture, Archetype::FormerlySyncedUser).id, resetBody(StrongPassword))
              .status
        == 204);

    const HttpResult guest
        = patchUser(fixture, token, userOf(fixture, Archetype::Guest).id, resetBody(StrongPassword));
    CHECK(guest.status == 400);
    CHECK(errorOf(guest)[u"code"_s].toString() == u"Request_BadRequest"_s);
    const HttpResult federated
        = patchUser(fixture, token, userOf(fixture, Archetype::FederatedUser).id, resetBody(StrongPassword));
    CHECK(federated.status == 400);
    CHECK(errorOf(federated)[u"message"_s].toString().contains(u"federated"_s));
}

TEST_CASE("UserPatch: the role matrix decides whose password a caller may reset", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString plain = userOf(fixture, Archetype::PlainUser).id;
    const QString disabled = userOf(fixture, Archetype::DisabledUser).id;
    const QString globalAdmin = userOf(fixture, Archetype::SecondGlobalAdministrator).id;
    const QString helpdesk = userOf(fixture, Archetype::HelpdeskAdministrator).id;
    const QString secondHelpdesk = userOf(fixture, Archetype::SecondHelpdeskAdministrator).id;
    const QString passwordAdmin = userOf(fixture, Archetype::PasswordAdministrator).id;
    const QString privilegedAuth = userOf(fixture, Archetype::PrivilegedAuthenticationAdministrator).id;
    const QString userAdmin = userOf(fixture, Archetype::UserAdministrator).id;
    const QString groupMember = userOf(fixture, Archetype::RoleGroupMember).id;
    const QString reportsReader = userOf(fixture, Archetype::ReportsReader).id;

    auto reset = [&](const QString &caller, const QString &target) {
        const QString token = fixture.tokenFor(caller, SandboxFixture::allScopes());
        return patchUser(fixture, token, target, resetBody(StrongPassword)).status;
    };

    CHECK(reset(helpdesk, plain) == 204);
    CHECK(reset(helpdesk, globalAdmin) == 403);
    CHECK(reset(helpdesk, secondHelpdesk) == 204);
    CHECK(reset(helpdesk, userAdmin) == 403);
    CHECK(reset(passwordAdmin, plain) == 204);
    CHECK(reset(passwordAdmin, globalAdmin) == 403);
    CHECK(reset(passwordAdmin, secondHelpdesk) == 403);
    CHECK(reset(passwordAdmin, reportsReader) == 403);
    CHECK(reset(helpdesk, reportsReader) == 204);
    CHECK(reset(privilegedAuth, globalAdmin) == 204);
    CHECK(reset(privilegedAuth, plain) == 204);
    CHECK(reset(fixture.adminId(), globalAdmin) == 204);
    // A role through a role-assignable group counts, and protects its holder.
    CHECK(reset(groupMember, disabled) == 204);
    CHECK(reset(helpdesk, groupMember) == 403);
    CHECK(reset(privilegedAuth, groupMember) == 204);
    // No admin role at all.
    CHECK(reset(plain, disabled) == 403);

    const HttpResult denied = patchUser(
        fixture, fixture.tokenFor(plain, SandboxFixture::allScopes()), disabled, resetBody(StrongPassword));
    CHECK(errorOf(denied)[u"code"_s].toString() == u"Authorization_RequestDenied"_s);
    CHECK(
        errorOf(denied)[u"message"_s].toString() == u"Insufficient privileges to complete the operation."_s);

    // The role is not enough without the scope: the effective right is both together.
    const QString readOnly = fixture.tokenFor(fixture.adminId(), {u"User.Read.All"_s});
    CHECK(patchUser(fixture, readOnly, plain, resetBody(StrongPassword)).status == 403);
    const QString noPasswordScope = fixture.tokenFor(fixture.adminId(), {u"User.ReadWrite.All"_s});
    CHECK(patchUser(fixture, noPasswordScope, plain, resetBody(StrongPassword)).status == 403);
    const QString legacy = fixture.tokenFor(fixture.adminId(), {u"Directory.AccessAsUser.All"_s});
    CHECK(patchUser(fixture, legacy, plain, resetBody(StrongPassword)).status == 204);
}

TEST_CASE("UserPatch: a reset revokes the target's refresh tokens", "[sandbox][users]")
{
    SandboxFixture fixture;
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const IssuedTokens issued = fixture.context().tokens.issue(
        elsa.id, TenantGenerator::sandboxClientId(), {u"User.Read"_s, u"offline_access"_s}, true);
    REQUIRE_FALSE(issued.refreshToken.isEmpty());
    REQUIRE(fixture.context().tokens.liveRefreshTokenCount(elsa.id) == 1);
    const int adminTokensBefore = fixture.context().tokens.liveRefreshTokenCount(fixture.adminId());

    // A rejected reset leaves them alone.
    CHECK(patchUser(fixture, fixture.adminToken(), elsa.id, resetBody(u"short"_s)).status == 400);
    CHECK(fixture.context().tokens.liveRefreshTokenCount(elsa.id) == 1);

    CHECK(patchUser(fixture, fixture.adminToken(), elsa.id, resetBody(StrongPassword)).status == 204);
    CHECK(fixture.context().tokens.liveRefreshTokenCount(elsa.id) == 0);
    RefreshFailure failure = RefreshFailure::None;
    CHECK_FALSE(fixture.context().tokens.redeemRefreshToken(
        issued.refreshToken, TenantGenerator::sandboxClientId(), &failure));
    CHECK(failure == RefreshFailure::Revoked);
    CHECK(fixture.context().tokens.liveRefreshTokenCount(fixture.adminId()) == adminTokensBefore);
}

TEST_CASE("UserPatch: passwordPolicies are validated stored and replaced", "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QString select = u"/v1.0/users/"_s + elsa.id + u"?$select=passwordPolicies"_s;

    const QByteArray both = R"({"passwordPolicies":"DisablePasswordExpiration, DisableStrongPassword"})";
    CHECK(patchUser(fixture, token, elsa.id, both).status == 204);
    CHECK(fixture.get(select, token).json()[u"passwordPolicies"_s].toString()
        == u"DisablePasswordExpiration, DisableStrongPassword"_s);
    CHECK(patchUser(fixture, token, elsa.id, R"({"passwordPolicies":"DisablePasswordExpiration"})").status
        == 204);
    CHECK(fixture.get(select, token).json()[u"passwordPolicies"_s].toString()
        == u"DisablePasswordExpiration"_s);
    CHECK(patchUser(fixture, token, elsa.id, R"({"passwordPolicies":"None"})").status == 204);
    CHECK(fixture.get(select, token).json()[u"passwordPolicies"_s].toString() == u"None"_s);

    for (const QByteArray &invalid : {QByteArray(R"({"passwordPolicies":"NeverExpire"})"),
             QByteArray(R"({"passwordPolicies":"None, DisableStrongPassword"})"),
             QByteArray(R"({"passwordPolicies":""})"), QByteArray(R"({"passwordPolicies":5})")}) {
        CAPTURE(invalid);
        const HttpResult result = patchUser(fixture, token, elsa.id, invalid);
        CHECK(result.status == 400);
        CHECK(errorOf(result)[u"message"_s].toString()
            == u"Invalid value specified for property 'passwordPolicies' of resource 'User'."_s);
    }
    CHECK(elsa.passwordPolicies == u"None"_s);

    // Helpdesk and Password Administrators may reset but not change policies (User Administrator level).
    const QString helpdesk
        = fixture.tokenFor(userOf(fixture, Archetype::HelpdeskAdministrator).id, SandboxFixture::allScopes());
    CHECK(patchUser(fixture, helpdesk, elsa.id, both).status == 403);
    const QString userAdmin
        = fixture.tokenFor(userOf(fixture, Archetype::UserAdministrator).id, SandboxFixture::allScopes());
    CHECK(patchUser(fixture, userAdmin, elsa.id, both).status == 204);
}

TEST_CASE("UserPatch: otherMails and mobilePhone on oneself and on others", "[sandbox][users]")
{
    SandboxFixture fixture;
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QString self = fixture.tokenFor(elsa.id, {u"User.Read"_s, u"User.ReadWrite"_s});
    const HttpResult mine = fixture.request("PATCH", u"/v1.0/me"_s,
        R"({"otherMails":["elsa.backup@outlook.com"],"mobilePhone":"+46 701234567"})", self);
    CHECK(mine.status == 204);
    const HttpResult read = fixture.get(u"/v1.0/me?$select=otherMails,mobilePhone"_s, self);
    CHECK(read.json()[u"otherMails"_s].toArray() == QJsonArray {u"elsa.backup@outlook.com"_s});
    CHECK(read.json()[u"mobilePhone"_s].toString() == u"+46 701234567"_s);
    // A plain user may not change somebody else's contact details, nor reset their own password.
    const QString lars = userOf(fixture, Archetype::DisabledUser).id;
    const QString selfAll = fixture.tokenFor(elsa.id, SandboxFixture::allScopes());
    CHECK(patchUser(fixture, selfAll, lars, R"({"mobilePhone":"+46 1"})").status == 403);
    CHECK(fixture.request("PATCH", u"/v1.0/me"_s, resetBody(StrongPassword), selfAll).status == 403);

    const QString admin = fixture.adminToken();
    CHECK(patchUser(fixture, admin, elsa.id, R"({"mobilePhone":null})").status == 204);
    CHECK(elsa.mobilePhone.isEmpty());
    CHECK(patchUser(fixture, admin, elsa.id, R"({"otherMails":[]})").status == 204);
    CHECK(elsa.otherMails.isEmpty());
    CHECK(patchUser(fixture, admin, elsa.id, R"({"otherMails":["not-an-address"]})").status == 400);
    CHECK(patchUser(fixture, admin, elsa.id, R"({"otherMails":"a@b.se"})").status == 400);
    const QByteArray tooLong = "{\"mobilePhone\":\"" + QByteArray(65, '1') + "\"}";
    CHECK(patchUser(fixture, admin, elsa.id, tooLong).status == 400);

    // Sensitive on others: Helpdesk Administrator is not in Entra's "Who can perform sensitive actions".
    const QString helpdesk
        = fixture.tokenFor(userOf(fixture, Archetype::HelpdeskAdministrator).id, SandboxFixture::allScopes());
    CHECK(patchUser(fixture, helpdesk, elsa.id, R"({"otherMails":["x@y.se"]})").status == 403);
    const QString authAdmin = fixture.tokenFor(
        userOf(fixture, Archetype::AuthenticationAdministrator).id, SandboxFixture::allScopes());
    CHECK(patchUser(fixture, authAdmin, elsa.id, R"({"otherMails":["x@y.se"]})").status == 204);
    CHECK(elsa.otherMails == QStringList {u"x@y.se"_s});
}

TEST_CASE(
    "UserEndpoints: revokeSignInSessions answers value true and ends refresh tokens", "[sandbox][users]")
{
    SandboxFixture fixture;
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    fixture.context().tokens.issue(elsa.id, TenantGenerator::sandboxClientId(), {u"User.Read"_s}, true);
    REQUIRE(fixture.context().tokens.liveRefreshTokenCount(elsa.id) == 1);

    const HttpResult result = fixture.request(
        "POST", u"/v1.0/users/"_s + elsa.id + u"/revokeSignInSessions"_s, {}, fixture.adminToken());
    CHECK(result.status == 200);
    CHECK(result.json()[u"value"_s].toBool());
    CHECK(result.json()[u"@odata.context"_s].toString().endsWith(u"$metadata#Edm.Boolean"_s));
    CHECK(fixture.context().tokens.liveRefreshTokenCount(elsa.id) == 0);
    CHECK(elsa.signInSessionsValidFromDateTime.isValid());
    CHECK(elsa.signInSessionsValidFromDateTime.secsTo(QDateTime::currentDateTimeUtc()) < 600);

    const QString helpdesk
        = fixture.tokenFor(userOf(fixture, Archetype::HelpdeskAdministrator).id, SandboxFixture::allScopes());
    const QString globalAdmin = userOf(fixture, Archetype::SecondGlobalAdministrator).id;
    CHECK(fixture.request("POST", u"/v1.0/users/"_s + globalAdmin + u"/revokeSignInSessions"_s, {}, helpdesk)
              .status
        == 403);
    CHECK(fixture.request("POST", u"/v1.0/me/revokeSignInSessions"_s, {}, helpdesk).status == 200);
    CHECK(fixture
              .request(
                  "POST", u"/v1.0/users/nobody@kvarnby.se/revokeSignInSessions"_s, {}, fixture.adminToken())
              .status
        == 404);
}

TEST_CASE("UserEndpoints: passwordProfile is selected only, null until a reset forces a change",
    "[sandbox][users]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QString single = u"/v1.0/users/"_s + elsa.id + u"?$select=id,passwordProfile"_s;
    const auto listed = [&fixture, &token, &elsa] {
        HttpResult page = fixture.get(u"/v1.0/users?$select=id,passwordProfile&$top=999"_s, token);
        while (true) {
            REQUIRE(page.status == 200);
            for (const QJsonValue &user : page.json()[u"value"_s].toArray()) {
                if (user[u"id"_s].toString() == elsa.id) {
                    REQUIRE(user.toObject().contains(u"passwordProfile"_s));
                    return user[u"passwordProfile"_s];
                }
            }
            const QString next = page.json()[u"@odata.nextLink"_s].toString();
            REQUIRE_FALSE(next.isEmpty());
            page = fixture.getUrl(QUrl(next), token);
        }
    };

    // Not in the default property set; null when selected, on a user and on the list.
    CHECK_FALSE(fixture.get(u"/v1.0/users/"_s + elsa.id, token).json().contains(u"passwordProfile"_s));
    const HttpResult untouched = fixture.get(single, token);
    REQUIRE(untouched.status == 200);
    REQUIRE(untouched.json().contains(u"passwordProfile"_s));
    CHECK(untouched.json()[u"passwordProfile"_s].isNull());
    CHECK(listed().isNull());

    // A reset that does not require a change leaves it null.
    REQUIRE(patchUser(fixture, token, elsa.id, resetBody(StrongPassword, false)).status == 204);
    CHECK(fixture.get(single, token).json()[u"passwordProfile"_s].isNull());

    HttpResult delta = fixture.get(u"/v1.0/users/delta?$deltatoken=latest&$select=id,passwordProfile"_s, token);
    REQUIRE(delta.status == 200);
    const QString deltaLink = delta.json()[u"@odata.deltaLink"_s].toString();
    REQUIRE_FALSE(deltaLink.isEmpty());

    // One that does: the flags, and the write-only password as null.
    const QString forced = u"Fjord-Lantern-93!"_s;
    REQUIRE(patchUser(fixture, token, elsa.id, resetBody(forced, true)).status == 204);
    const HttpResult read = fixture.get(single, token);
    const QJsonObject profile = read.json()[u"passwordProfile"_s].toObject();
    CHECK(profile.value(u"forceChangePasswordNextSignIn"_s) == QJsonValue(true));
    CHECK(profile.value(u"forceChangePasswordNextSignInWithMfa"_s) == QJsonValue(false));
    REQUIRE(profile.contains(u"password"_s));
    CHECK(profile.value(u"password"_s).isNull());
    CHECK_FALSE(read.body.contains(forced.toUtf8()));
    CHECK(listed()[u"forceChangePasswordNextSignIn"_s] == QJsonValue(true));

    // The change shows up in the next delta round, also with only the changed properties.
    const HttpResult changes = fixture.getUrl(QUrl(deltaLink), token, {{"Prefer", "return=minimal"}});
    const QJsonArray value = changes.json()[u"value"_s].toArray();
    REQUIRE(value.size() == 1);
    CHECK(value.at(0)[u"passwordProfile"_s][u"forceChangePasswordNextSignIn"_s] == QJsonValue(true));

    // A caller with only the basic profile reads null, as for the other password properties.
    const HttpResult basic = fixture.get(single, fixture.adminToken({u"User.ReadBasic.All"_s}));
    REQUIRE(basic.status == 200);
    CHECK(basic.json()[u"passwordProfile"_s].isNull());

    // Once the user chose their own password, no change is pending.
    const QString own = u"Harbour-Quill-57?"_s;
    const HttpResult changed = fixture.request("POST", u"/v1.0/me/changePassword"_s,
        QJsonDocument(QJsonObject {{u"currentPassword"_s, forced}, {u"newPassword"_s, own}})
            .toJson(QJsonDocument::Compact),
        fixture.tokenFor(elsa.id, SandboxFixture::allScopes()));
    REQUIRE(changed.status == 204);
    CHECK(fixture.get(single, token).json()[u"passwordProfile"_s].isNull());
}

TEST_CASE("UserPatch: resets inside a batch go through the same rules", "[sandbox][users]")
{
    SandboxFixture fixture;
    SandboxUser &elsa = userOf(fixture, Archetype::PlainUser);
    const QString globalAdmin = userOf(fixture, Archetype::SecondGlobalAdministrator).id;
    const QJsonObject headers {{u"Content-Type"_s, u"application/json"_s}};
    const QJsonArray requests {
        QJsonObject {{u"id"_s, u"1"_s}, {u"method"_s, u"PATCH"_s},
            {u"url"_s, QString(u"/users/"_s + elsa.id)}, {u"headers"_s, headers},
            {u"body"_s, QJsonDocument::fromJson(resetBody(StrongPassword)).object()}},
        QJsonObject {{u"id"_s, u"2"_s}, {u"method"_s, u"PATCH"_s},
            {u"url"_s, QString(u"/users/"_s + globalAdmin)}, {u"headers"_s, headers},
            {u"body"_s, QJsonDocument::fromJson(resetBody(StrongPassword)).object()}},
        QJsonObject {{u"id"_s, u"3"_s}, {u"method"_s, u"GET"_s},
            {u"url"_s, QString(u"/users/"_s + elsa.id + u"?$select=id,mobilePhone"_s)}},
    };
    const QString helpdesk
        = fixture.tokenFor(userOf(fixture, Archetype::HelpdeskAdministrator).id, SandboxFixture::allScopes());
    const HttpResult result = fixture.request("POST", u"/v1.0/$batch"_s,
        QJsonDocument(QJsonObject {{u"requests"_s, requests}}).toJson(QJsonDocument::Compact), helpdesk);
    REQUIRE(result.status == 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &response : result.json()[u"responses"_s].toArray())
        byId.insert(response[u"id"_s].toString(), response.toObject());
    CHECK(byId[u"1"_s][u"status"_s].toInt() == 204);
    CHECK(byId[u"2"_s][u"status"_s].toInt() == 403);
    CHECK(byId[u"2"_s][u"body"_s][u"error"_s][u"code"_s].toString() == u"Authorization_RequestDenied"_s);
    CHECK(byId[u"3"_s][u"status"_s].toInt() == 200);
    CHECK(byId[u"3"_s][u"body"_s][u"id"_s].toString() == elsa.id);
    CHECK(elsa.password == StrongPassword);
}

TEST_CASE("UserPatch: the observed 204 variant for synced users can be switched on", "[sandbox][users]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.syncedPasswordResetSucceeds = true;
    SandboxFixture fixture(options);
    SandboxUser &sven = userOf(fixture, Archetype::SyncedUser);
    CHECK(patchUser(fixture, fixture.adminToken(), sven.id, resetBody(StrongPassword)).status == 204);
    CHECK(sven.password == StrongPassword);
    // passwordPolicies stay on-premises mastered either way.
    CHECK(patchUser(fixture, fixture.adminToken(), sven.id, R"({"passwordPolicies":"None"})").status == 400);
}
