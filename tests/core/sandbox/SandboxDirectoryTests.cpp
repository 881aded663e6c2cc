// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "SandboxFixture.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/TenantGenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

const QString globalAdministrator = u"62e90394-69f5-4237-9190-012177145e10"_s;
const QString helpdeskAdministrator = u"729827e3-9c14-49f7-bb1b-9608f156bbb8"_s;
const QString passwordMethodId = u"28c10230-6103-485e-b985-444c60001490"_s;
const HttpHeaders eventual{{"ConsistencyLevel", "eventual"}};

QString userIdOf(SandboxFixture &fixture, Archetype archetype)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return user->id;
}

SandboxUser &userOf(SandboxFixture &fixture, Archetype archetype)
{
    SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return *user;
}

QString errorCode(const HttpResult &result)
{
    return result.json()[u"error"_s][u"code"_s].toString();
}

QString errorMessage(const HttpResult &result)
{
    return result.json()[u"error"_s][u"message"_s].toString();
}

QStringList templateIds(const HttpResult &result)
{
    QStringList ids;
    for (const QJsonValue &entry : result.json()[u"value"_s].toArray())
        ids.append(entry[u"roleTemplateId"_s].toString());
    ids.sort();
    return ids;
}

HttpResult patchDomain(SandboxFixture &fixture, const QString &domain, const QJsonObject &body, const QString &token)
{
    return fixture.request("PATCH", u"/v1.0/domains/"_s + domain, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           token);
}

HttpResult changePassword(SandboxFixture &fixture, const QString &token, const QString &current, const QString &next,
                          const QString &path = u"/v1.0/me/changePassword"_s)
{
    const QJsonObject body{{u"currentPassword"_s, current}, {u"newPassword"_s, next}};
    return fixture.request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString rolesPath(const QString &who, const QString &relation)
{
    return u"/v1.0/"_s + who + u'/' + relation
        + u"/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId&$count=true"_s;
}

} // namespace

TEST_CASE("DirectoryEndpoints: memberOf returns directoryRole objects with roleTemplateId", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken({u"User.Read"_s, u"RoleManagement.Read.Directory"_s});
    const HttpResult result = fixture.get(rolesPath(u"me"_s, u"memberOf"_s), token, eventual);
    REQUIRE(result.status == 200);
    const QJsonObject body = result.json();
    CHECK(body[u"@odata.context"_s].toString().endsWith(u"$metadata#directoryRoles(id,displayName,roleTemplateId)"_s));
    CHECK(body[u"@odata.count"_s].toInt() == 1);
    const QJsonObject role = body[u"value"_s].toArray().at(0).toObject();
    CHECK(role[u"@odata.type"_s].toString() == u"#microsoft.graph.directoryRole"_s);
    CHECK(role[u"roleTemplateId"_s].toString() == globalAdministrator);
    CHECK(role[u"displayName"_s].toString() == u"Global Administrator"_s);
    // The role object's id is the tenant's activated role, not the template.
    CHECK_FALSE(role[u"id"_s].toString().isEmpty());
    CHECK(role[u"id"_s].toString() != globalAdministrator);

    // Directory.Read.All is the other way to see full role objects.
    const HttpResult viaDirectory = fixture.get(rolesPath(u"me"_s, u"memberOf"_s),
                                                fixture.adminToken({u"Directory.Read.All"_s}), eventual);
    CHECK(templateIds(viaDirectory) == QStringList{globalAdministrator});
}

TEST_CASE("DirectoryEndpoints: without a role-reading scope roles come with limited information", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken({u"User.Read"_s});
    const HttpResult result = fixture.get(rolesPath(u"me"_s, u"transitiveMemberOf"_s), token, eventual);
    REQUIRE(result.status == 200);
    const QJsonArray roles = result.json()[u"value"_s].toArray();
    REQUIRE(roles.size() == 1);
    const QJsonObject role = roles.at(0).toObject();
    CHECK(role[u"@odata.type"_s].toString() == u"#microsoft.graph.directoryRole"_s);
    CHECK_FALSE(role[u"id"_s].toString().isEmpty());
    CHECK(role[u"roleTemplateId"_s].isNull());
    CHECK(role[u"displayName"_s].isNull());

    // And a token without any directory scope at all is refused.
    CHECK(fixture.get(rolesPath(u"me"_s, u"memberOf"_s), fixture.adminToken({u"Mail.Send"_s}), eventual).status == 403);
}

TEST_CASE("DirectoryEndpoints: casts and counts on memberOf need ConsistencyLevel and $count", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const HttpResult noHeader = fixture.get(rolesPath(u"me"_s, u"memberOf"_s), token);
    CHECK(noHeader.status == 400);
    CHECK(errorCode(noHeader) == u"Request_UnsupportedQuery"_s);

    const HttpResult noCount =
        fixture.get(u"/v1.0/me/memberOf/microsoft.graph.directoryRole?$select=roleTemplateId"_s, token, eventual);
    CHECK(noCount.status == 400);
    CHECK(errorCode(noCount) == u"Request_UnsupportedQuery"_s);

    const HttpResult count = fixture.get(u"/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole/$count"_s, token, eventual);
    CHECK(count.status == 200);
    CHECK(count.header("Content-Type").startsWith("text/plain"));
    CHECK(count.body == "1");
    CHECK(fixture.get(u"/v1.0/me/memberOf/$count"_s, token).status == 400);

    // Without a cast or $count, memberOf is a plain query.
    const HttpResult plain = fixture.get(u"/v1.0/me/memberOf"_s, token);
    CHECK(plain.status == 200);
    CHECK_FALSE(plain.json().contains(u"@odata.count"_s));
    CHECK(fixture.get(u"/v1.0/me/memberOf/microsoft.graph.user"_s, token, eventual).status == 400);
}

TEST_CASE("DirectoryEndpoints: a role held through a role-assignable group is only transitive", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString member = userIdOf(fixture, Archetype::RoleGroupMember);
    const QString base = u"/v1.0/users/"_s + member;

    const HttpResult direct = fixture.get(rolesPath(u"users/"_s + member, u"memberOf"_s), token, eventual);
    REQUIRE(direct.status == 200);
    CHECK(direct.json()[u"value"_s].toArray().isEmpty());

    const HttpResult transitive = fixture.get(rolesPath(u"users/"_s + member, u"transitiveMemberOf"_s), token, eventual);
    REQUIRE(transitive.status == 200);
    CHECK(templateIds(transitive) == QStringList{helpdeskAdministrator});

    // The uncast list shows the group itself.
    const HttpResult groups = fixture.get(base + u"/memberOf"_s, token);
    REQUIRE(groups.status == 200);
    const QJsonArray value = groups.json()[u"value"_s].toArray();
    REQUIRE(value.size() == 1);
    CHECK(value.at(0)[u"@odata.type"_s].toString() == u"#microsoft.graph.group"_s);
    CHECK(value.at(0)[u"displayName"_s].toString() == TenantGenerator::itSupportGroupName());
    CHECK(value.at(0)[u"isAssignableToRole"_s].toBool());

    // Addressed by user principal name too; an unknown user is 404.
    const QString upn = TenantGenerator::archetypeUpn(Archetype::RoleGroupMember);
    CHECK(templateIds(fixture.get(rolesPath(u"users/"_s + upn, u"transitiveMemberOf"_s), token, eventual))
          == QStringList{helpdeskAdministrator});
    const HttpResult missing = fixture.get(u"/v1.0/users/00000000-0000-0000-0000-000000000000/memberOf"_s, token);
    CHECK(missing.status == 404);
    CHECK(errorCode(missing) == u"Request_ResourceNotFound"_s);
}

TEST_CASE("DirectoryEndpoints: directoryRoles lists activated roles with their members", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const HttpResult result = fixture.get(u"/v1.0/directoryRoles?$expand=members($select=id,userPrincipalName)"_s, token);
    REQUIRE(result.status == 200);
    CHECK_FALSE(result.json().contains(u"@odata.nextLink"_s));
    QHash<QString, QJsonArray> membersByTemplate;
    for (const QJsonValue &role : result.json()[u"value"_s].toArray())
        membersByTemplate.insert(role[u"roleTemplateId"_s].toString(), role[u"members"_s].toArray());
    REQUIRE(membersByTemplate.contains(globalAdministrator));
    QStringList globalAdmins;
    for (const QJsonValue &member : membersByTemplate.value(globalAdministrator))
        globalAdmins.append(member[u"id"_s].toString());
    CHECK(globalAdmins.contains(fixture.adminId()));
    CHECK(globalAdmins.contains(userIdOf(fixture, Archetype::SecondGlobalAdministrator)));

    // Helpdesk Administrator: two users directly, and the group (not its member).
    QStringList helpdeskTypes;
    for (const QJsonValue &member : membersByTemplate.value(helpdeskAdministrator)) {
        helpdeskTypes.append(member[u"@odata.type"_s].toString());
        CHECK(member[u"id"_s].toString() != userIdOf(fixture, Archetype::RoleGroupMember));
    }
    CHECK(helpdeskTypes.contains(u"#microsoft.graph.group"_s));
    CHECK(helpdeskTypes.count(u"#microsoft.graph.user"_s) >= 2);

    const HttpResult byTemplate = fixture.get(u"/v1.0/directoryRoles(roleTemplateId='"_s + globalAdministrator + u"')"_s, token);
    REQUIRE(byTemplate.status == 200);
    CHECK(byTemplate.json()[u"roleTemplateId"_s].toString() == globalAdministrator);
    CHECK(byTemplate.json()[u"displayName"_s].toString() == u"Global Administrator"_s);
    const QString roleId = byTemplate.json()[u"id"_s].toString();
    CHECK(fixture.get(u"/v1.0/directoryRoles/"_s + roleId, token).json()[u"roleTemplateId"_s].toString()
          == globalAdministrator);
    CHECK(fixture.get(u"/v1.0/directoryRoles/"_s + roleId + u"/members"_s, token).json()[u"value"_s].toArray().size()
          == globalAdmins.size());

    const HttpResult unknown = fixture.get(u"/v1.0/directoryRoles(roleTemplateId='00000000-0000-0000-0000-000000000001')"_s, token);
    CHECK(unknown.status == 404);
    CHECK(errorCode(unknown) == u"Request_ResourceNotFound"_s);
    CHECK(fixture.get(u"/v1.0/directoryRoles"_s, fixture.adminToken({u"User.Read"_s})).status == 403);
    // Unknown single segments still answer as the pipeline does.
    const HttpResult unknownSegment = fixture.get(u"/v1.0/noSuchThing"_s, token);
    CHECK(unknownSegment.status == 400);
    CHECK(errorMessage(unknownSegment) == u"Resource not found for the segment 'noSuchThing'."_s);
}

TEST_CASE("DirectoryEndpoints: domains carry the password expiry policy", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const HttpResult list = fixture.get(u"/v1.0/domains"_s, token);
    REQUIRE(list.status == 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &domain : list.json()[u"value"_s].toArray())
        byId.insert(domain[u"id"_s].toString(), domain.toObject());
    REQUIRE(byId.contains(u"kvarnby.se"_s));
    CHECK(byId[u"kvarnby.se"_s][u"isDefault"_s].toBool());
    CHECK(byId[u"kvarnby.se"_s][u"passwordValidityPeriodInDays"_s].isNull());
    CHECK(byId[u"kvarnbybygg.com"_s][u"passwordValidityPeriodInDays"_s].toInt() == 90);
    CHECK(byId[u"kvarnbybygg.com"_s][u"passwordNotificationWindowInDays"_s].toInt() == 14);
    CHECK(byId[u"partner.kvarnby.se"_s][u"authenticationType"_s].toString() == u"Federated"_s);
    CHECK_FALSE(byId[u"kvarnbyhus.se"_s][u"isVerified"_s].toBool());

    REQUIRE(patchDomain(fixture, u"kvarnby.se"_s, {{u"passwordValidityPeriodInDays"_s, 2147483647}}, token).status == 204);
    const HttpResult never = fixture.get(u"/v1.0/domains/kvarnby.se"_s, token);
    CHECK(never.json()[u"passwordValidityPeriodInDays"_s].toInteger() == 2147483647);
    CHECK(fixture.tenant().domain(u"kvarnby.se"_s)->passwordValidityPeriodInDays == 2147483647);

    REQUIRE(patchDomain(fixture, u"kvarnby.se"_s,
                        {{u"passwordValidityPeriodInDays"_s, 90}, {u"passwordNotificationWindowInDays"_s, 14}}, token)
                .status
            == 204);
    CHECK(fixture.tenant().domain(u"kvarnby.se"_s)->passwordValidityPeriodInDays == 90);
    CHECK(fixture.tenant().domain(u"kvarnby.se"_s)->passwordNotificationWindowInDays == 14);
    CHECK(patchDomain(fixture, u"kvarnby.se"_s, {{u"passwordValidityPeriodInDays"_s, 14}}, token).status == 204);
    CHECK(patchDomain(fixture, u"kvarnby.se"_s, {{u"passwordValidityPeriodInDays"_s, 730}}, token).status == 204);
    CHECK(patchDomain(fixture, u"kvarnby.se"_s, {{u"passwordNotificationWindowInDays"_s, QJsonValue::Null}}, token).status
          == 204);
    CHECK_FALSE(fixture.tenant().domain(u"kvarnby.se"_s)->passwordNotificationWindowInDays.has_value());
}

TEST_CASE("DirectoryEndpoints: out-of-range expiry values and the wrong domains are refused", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    for (const QJsonValue &bad : {QJsonValue(13), QJsonValue(731), QJsonValue(0), QJsonValue(-1),
                                  QJsonValue(2147483646), QJsonValue(u"90"_s), QJsonValue(90.5)}) {
        INFO(QJsonDocument(QJsonArray{bad}).toJson().toStdString());
        const HttpResult result = patchDomain(fixture, u"kvarnby.se"_s, {{u"passwordValidityPeriodInDays"_s, bad}}, token);
        CHECK(result.status == 400);
        CHECK(errorCode(result) == u"Request_BadRequest"_s);
        CHECK(errorMessage(result)
              == u"Invalid value specified for property 'passwordValidityPeriodInDays' of resource 'Domain'."_s);
    }
    for (const int bad : {0, 31}) {
        const HttpResult result =
            patchDomain(fixture, u"kvarnby.se"_s, {{u"passwordNotificationWindowInDays"_s, bad}}, token);
        CHECK(result.status == 400);
        CHECK(errorMessage(result).contains(u"passwordNotificationWindowInDays"_s));
    }
    CHECK_FALSE(fixture.tenant().domain(u"kvarnby.se"_s)->passwordValidityPeriodInDays.has_value());

    const QJsonObject valid{{u"passwordValidityPeriodInDays"_s, 90}};
    CHECK(patchDomain(fixture, u"kvarnbyhus.se"_s, valid, token).status == 400);
    CHECK(patchDomain(fixture, u"partner.kvarnby.se"_s, valid, token).status == 400);
    const HttpResult unknown = patchDomain(fixture, u"contoso.com"_s, valid, token);
    CHECK(unknown.status == 404);
    CHECK(errorCode(unknown) == u"Request_ResourceNotFound"_s);

    // Role and scope: a Helpdesk Administrator may not, a Domain Name Administrator may.
    const QStringList scopes{u"Domain.ReadWrite.All"_s};
    const HttpResult helpdesk = patchDomain(
        fixture, u"kvarnby.se"_s, valid, fixture.tokenFor(userIdOf(fixture, Archetype::HelpdeskAdministrator), scopes));
    CHECK(helpdesk.status == 403);
    CHECK(errorCode(helpdesk) == u"Authorization_RequestDenied"_s);
    CHECK(patchDomain(fixture, u"kvarnby.se"_s, valid,
                      fixture.tokenFor(userIdOf(fixture, Archetype::DomainNameAdministrator), scopes))
              .status
          == 204);
    CHECK(patchDomain(fixture, u"kvarnby.se"_s, valid, fixture.adminToken({u"Domain.Read.All"_s})).status == 403);
}

TEST_CASE("DirectoryEndpoints: organization lists the verified domains", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const HttpResult result = fixture.get(u"/v1.0/organization"_s, fixture.adminToken({u"User.Read"_s}));
    REQUIRE(result.status == 200);
    const QJsonObject organization = result.json()[u"value"_s].toArray().at(0).toObject();
    CHECK(organization[u"id"_s].toString() == fixture.sandbox().tenantId());
    CHECK(organization[u"displayName"_s].toString() == u"Kvarnby Bygg AB"_s);
    QStringList names;
    for (const QJsonValue &domain : organization[u"verifiedDomains"_s].toArray())
        names.append(domain[u"name"_s].toString());
    CHECK(names.contains(u"kvarnby.se"_s));
    CHECK_FALSE(names.contains(u"kvarnbyhus.se"_s));
}

TEST_CASE("DirectoryEndpoints: changePassword checks the current password and the rules", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString current = TenantGenerator::adminPassword();

    const HttpResult wrong = changePassword(fixture, token, u"not-my-password"_s, u"Fjord-Lantern-93!"_s);
    CHECK(wrong.status == 400);
    CHECK(errorCode(wrong) == u"Request_BadRequest"_s);
    CHECK(errorMessage(wrong) == u"Invalid currentPassword."_s);

    const HttpResult weak = changePassword(fixture, token, current, u"short"_s);
    CHECK(weak.status == 400);
    CHECK(errorMessage(weak) == GraphErrors::passwordComplexityMessage());
    const HttpResult reused = changePassword(fixture, token, current, current);
    CHECK(reused.status == 400);
    CHECK(errorMessage(reused) == GraphErrors::passwordComplexityMessage());
    CHECK(fixture.tenant().userById(fixture.adminId())->password == current);

    const HttpResult other = changePassword(fixture, token, current, u"Fjord-Lantern-93!"_s,
                                            u"/v1.0/users/"_s + userIdOf(fixture, Archetype::PlainUser) + u"/changePassword"_s);
    CHECK(other.status == 403);
    CHECK(errorMessage(other) == u"Access to change password operation is denied."_s);

    CHECK(changePassword(fixture, fixture.adminToken({u"User.Read"_s}), current, u"Fjord-Lantern-93!"_s).status == 403);

    const HttpResult changed = changePassword(fixture, token, current, u"Fjord-Lantern-93!"_s);
    CHECK(changed.status == 204);
    CHECK(changed.body.isEmpty());
    const SandboxUser *admin = fixture.tenant().userById(fixture.adminId());
    CHECK(admin->password == u"Fjord-Lantern-93!"_s);
    CHECK(admin->passwordHistory.constLast() == u"Fjord-Lantern-93!"_s);
    CHECK(admin->lastPasswordChangeDateTime.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

TEST_CASE("DirectoryEndpoints: changePassword revokes the refresh tokens from sign-in", "[sandbox][directory][identity]")
{
    SandboxFixture fixture;
    // Sign in with the auth-code flow, then use that access token for the change.
    const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXkdBjftJeZ4"_s;
    const QString challenge = QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, TenantGenerator::sandboxClientId());
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"redirect_uri"_s, u"http%3A%2F%2F127.0.0.1%3A8400%2F"_s);
    query.addQueryItem(u"scope"_s, u"offline_access%20openid%20User-PasswordProfile.ReadWrite.All"_s);
    query.addQueryItem(u"code_challenge"_s, challenge);
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    const HttpResult authorized =
        fixture.get(u"/"_s + fixture.sandbox().tenantId() + u"/oauth2/v2.0/authorize?"_s + query.toString(QUrl::FullyEncoded));
    REQUIRE(authorized.status == 302);
    const QString code = QUrlQuery(QUrl::fromEncoded(authorized.header("Location"))).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    const QString tokenPath = u"/"_s + fixture.sandbox().tenantId() + u"/oauth2/v2.0/token"_s;
    const HttpResult signedIn = fixture.postForm(tokenPath, {{u"client_id"_s, TenantGenerator::sandboxClientId()},
                                                             {u"grant_type"_s, u"authorization_code"_s},
                                                             {u"code"_s, code},
                                                             {u"redirect_uri"_s, u"http://127.0.0.1:8400/"_s},
                                                             {u"code_verifier"_s, verifier}});
    REQUIRE(signedIn.status == 200);
    const QString refreshToken = signedIn.json()[u"refresh_token"_s].toString();
    REQUIRE(fixture.context().tokens.liveRefreshTokenCount(fixture.adminId()) == 1);

    REQUIRE(changePassword(fixture, signedIn.json()[u"access_token"_s].toString(), TenantGenerator::adminPassword(),
                           u"Fjord-Lantern-93!"_s)
                .status
            == 204);
    CHECK(fixture.context().tokens.liveRefreshTokenCount(fixture.adminId()) == 0);
    const HttpResult refreshed = fixture.postForm(tokenPath, {{u"client_id"_s, TenantGenerator::sandboxClientId()},
                                                              {u"grant_type"_s, u"refresh_token"_s},
                                                              {u"refresh_token"_s, refreshToken}});
    CHECK(refreshed.status == 400);
    CHECK(refreshed.json()[u"error"_s].toString() == u"invalid_grant"_s);
    CHECK(refreshed.json()[u"error_codes"_s].toArray() == QJsonArray{50173});
}

TEST_CASE("DirectoryEndpoints: resetPassword is a long-running operation polled to success", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const QString plain = userIdOf(fixture, Archetype::PlainUser);
    const QString path = u"/v1.0/users/"_s + plain + u"/authentication/methods/"_s + passwordMethodId + u"/resetPassword"_s;

    const HttpResult accepted = fixture.request("POST", path, "{}", token);
    REQUIRE(accepted.status == 202);
    const QString generated = accepted.json()[u"newPassword"_s].toString();
    CHECK(generated.size() >= 8);
    CHECK(fixture.tenant().userById(plain)->password == generated);
    CHECK(fixture.tenant().userById(plain)->forceChangePasswordNextSignIn);
    const QUrl location = QUrl::fromEncoded(accepted.header("Location"));
    CHECK(location.path().startsWith(u"/v1.0/users/"_s + plain + u"/authentication/operations/"_s));

    QStringList statuses;
    for (int poll = 0; poll < 4; ++poll) {
        const HttpResult status = fixture.getUrl(location, token);
        REQUIRE(status.status == 200);
        statuses.append(status.json()[u"status"_s].toString());
        CHECK_FALSE(status.json()[u"createdDateTime"_s].toString().isEmpty());
    }
    CHECK(statuses == QStringList{u"notStarted"_s, u"running"_s, u"succeeded"_s, u"succeeded"_s});

    // A caller-chosen password: accepted with an empty body.
    const HttpResult chosen = fixture.request("POST", path, R"({"newPassword":"Cuyo5459-Kvarn"})", token);
    CHECK(chosen.status == 202);
    CHECK_FALSE(chosen.json().contains(u"newPassword"_s));
    CHECK(fixture.tenant().userById(plain)->password == u"Cuyo5459-Kvarn"_s);
    CHECK(fixture.request("POST", path, R"({"newPassword":"weak"})", token).status == 400);

    CHECK(fixture.get(u"/v1.0/users/"_s + plain + u"/authentication/operations/nope"_s, token).status == 404);
}

TEST_CASE("DirectoryEndpoints: resetPassword refuses self and callers without an authentication role", "[sandbox][directory]")
{
    SandboxFixture fixture;
    const QString plain = userIdOf(fixture, Archetype::PlainUser);
    const auto path = [&](const QString &user, const QString &method = passwordMethodId) -> QString {
        return u"/v1.0/users/"_s + user + u"/authentication/methods/"_s + method + u"/resetPassword"_s;
    };
    const QString admin = fixture.adminToken();
    CHECK(fixture.request("POST", path(fixture.adminId()), "{}", admin).status == 403);
    const QString helpdesk = fixture.tokenFor(userIdOf(fixture, Archetype::HelpdeskAdministrator),
                                              {u"UserAuthenticationMethod.ReadWrite.All"_s});
    const HttpResult denied = fixture.request("POST", path(plain), "{}", helpdesk);
    CHECK(denied.status == 403);
    CHECK(errorCode(denied) == u"Authorization_RequestDenied"_s);
    const QString authAdmin = fixture.tokenFor(userIdOf(fixture, Archetype::AuthenticationAdministrator),
                                               {u"UserAuthenticationMethod.ReadWrite.All"_s});
    CHECK(fixture.request("POST", path(plain), "{}", authAdmin).status == 202);
    CHECK(fixture.request("POST", path(plain, u"3179e48a-750b-4051-897c-87b9720928f7"_s), "{}", admin).status == 404);
    CHECK(fixture.request("POST", path(plain), "{}", fixture.adminToken({u"User.ReadWrite.All"_s})).status == 403);
    // Synced users need a caller-chosen password that can be written back.
    CHECK(fixture.request("POST", path(userIdOf(fixture, Archetype::SyncedUser)), "{}", admin).status == 400);
}

TEST_CASE("DirectoryEndpoints: the admin reads their own authentication methods", "[sandbox][directory]")
{
    SandboxFixture fixture;
    SandboxUser &admin = userOf(fixture, Archetype::Admin);
    admin.authenticationPhone = u"+46 701234567"_s;
    admin.authenticationEmail = u"karin.privat@example.se"_s;
    const QString token = fixture.adminToken({u"UserAuthenticationMethod.Read"_s});
    const HttpResult phones = fixture.get(u"/v1.0/me/authentication/phoneMethods"_s, token);
    REQUIRE(phones.status == 200);
    const QJsonObject phone = phones.json()[u"value"_s].toArray().at(0).toObject();
    CHECK(phone[u"id"_s].toString() == u"3179e48a-750b-4051-897c-87b9720928f7"_s);
    CHECK(phone[u"phoneNumber"_s].toString() == u"+46 701234567"_s);
    CHECK(phone[u"phoneType"_s].toString() == u"mobile"_s);
    const HttpResult emails = fixture.get(u"/v1.0/me/authentication/emailMethods"_s, token);
    CHECK(emails.json()[u"value"_s].toArray().at(0)[u"emailAddress"_s].toString() == u"karin.privat@example.se"_s);
    const HttpResult passwords = fixture.get(u"/v1.0/me/authentication/passwordMethods"_s, token);
    CHECK(passwords.json()[u"value"_s].toArray().at(0)[u"id"_s].toString() == passwordMethodId);
}
