// SPDX-License-Identifier: MIT
// sendMail, the registration report and the inspection API of the sandbox, over real HTTP.
#include "CatchQt.h"
#include "ManualClock.h"
#include "SandboxFixture.h"

#include "sandbox/TenantGenerator.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QString userIdOf(SandboxFixture &fixture, TenantGenerator::Archetype archetype)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return user->id;
}

QByteArray mail(const QString &subject, const QString &to, const QString &contentType = u"Text"_s)
{
    const QJsonObject message{
        {u"subject"_s, subject},
        {u"body"_s, QJsonObject{{u"contentType"_s, contentType}, {u"content"_s, u"Ditt tillfälliga lösenord"_s}}},
        {u"toRecipients"_s, QJsonArray{QJsonObject{{u"emailAddress"_s, QJsonObject{{u"address"_s, to}}}}}},
    };
    return QJsonDocument(QJsonObject{{u"message"_s, message}, {u"saveToSentItems"_s, false}})
        .toJson(QJsonDocument::Compact);
}

const QString ReportPath = u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s;

} // namespace

TEST_CASE("MailEndpoints: sendMail answers 202 without a body and lands in the outbox", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const HttpResult sent = fixture.request("POST", u"/v1.0/me/sendMail"_s,
                                            mail(u"Tillfälligt lösenord"_s, u"elsa.privat@example.com"_s, u"HTML"_s),
                                            fixture.adminToken());
    CHECK(sent.status == 202);
    CHECK(sent.body.isEmpty());

    const QJsonArray outbox = fixture.get(u"/_sandbox/outbox"_s).json()[u"value"_s].toArray();
    REQUIRE(outbox.size() == 1);
    CHECK(outbox.at(0)[u"senderId"_s].toString() == fixture.adminId());
    CHECK(outbox.at(0)[u"saveToSentItems"_s].toBool() == false);
    CHECK(outbox.at(0)[u"message"_s][u"subject"_s].toString() == u"Tillfälligt lösenord"_s);
    CHECK(fixture.tenant().outbox.size() == 1);

    // The same through /users/{own id}/sendMail, then the outbox is cleared.
    CHECK(fixture.request("POST", u"/v1.0/users/%1/sendMail"_s.arg(fixture.adminId()),
                          mail(u"Två"_s, u"b@example.com"_s), fixture.adminToken())
              .status == 202);
    CHECK(fixture.tenant().outbox.size() == 2);
    CHECK(fixture.request("DELETE", u"/_sandbox/outbox"_s).status == 204);
    CHECK(fixture.get(u"/_sandbox/outbox"_s).json()[u"value"_s].toArray().isEmpty());
}

TEST_CASE("MailEndpoints: the message shape and the Mail.Send scope are checked", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const HttpResult noScope = fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"x"_s, u"a@example.com"_s),
                                               fixture.adminToken({u"User.Read"_s}));
    CHECK(noScope.status == 403);
    CHECK(noScope.json()[u"error"_s][u"code"_s].toString() == u"Authorization_RequestDenied"_s);

    const HttpResult badRecipient =
        fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"x"_s, u"not-an-address"_s), token);
    CHECK(badRecipient.status == 400);
    CHECK(badRecipient.json()[u"error"_s][u"code"_s].toString() == u"ErrorInvalidRecipients"_s);

    CHECK(fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"x"_s, u"a@example.com"_s, u"Markdown"_s), token)
              .status == 400);
    CHECK(fixture.request("POST", u"/v1.0/me/sendMail"_s, R"({"saveToSentItems":false})", token).status == 400);

    const HttpResult mime = fixture.request("POST", u"/v1.0/me/sendMail"_s, "this is not base64!!", token,
                                            {{"Content-Type", "text/plain"}});
    CHECK(mime.status == 400);
    CHECK(mime.json()[u"error"_s][u"code"_s].toString() == u"ErrorMimeContentInvalidBase64String"_s);

    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    const HttpResult asOther =
        fixture.request("POST", u"/v1.0/users/%1/sendMail"_s.arg(plain), mail(u"x"_s, u"a@example.com"_s), token);
    CHECK(asOther.status == 403);
    CHECK(fixture.tenant().outbox.empty());
}

TEST_CASE("MailEndpoints: a sender without a mailbox gets MailboxNotEnabledForRESTAPI", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString unlicensed = userIdOf(fixture, TenantGenerator::Archetype::UnlicensedUser);
    const HttpResult result = fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"x"_s, u"a@example.com"_s),
                                              fixture.tokenFor(unlicensed, {u"Mail.Send"_s}));
    CHECK(result.status == 404);
    CHECK(result.json()[u"error"_s][u"code"_s].toString() == u"MailboxNotEnabledForRESTAPI"_s);
    CHECK(result.json()[u"error"_s][u"message"_s].toString()
          == u"The mailbox is either inactive, soft-deleted, or is hosted on-premise."_s);
    CHECK(fixture.tenant().outbox.empty());
}

TEST_CASE("MailEndpoints: 30 messages per minute per sender then 429 until the minute has passed",
          "[sandbox][operations]")
{
    // A whole minute passes on this clock, and none while the 31 requests go out.
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.clock = &clock;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();
    for (int i = 0; i < 30; ++i) {
        REQUIRE(fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"m%1"_s.arg(i), u"a@example.com"_s), token)
                    .status == 202);
    }
    const HttpResult limited =
        fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"over"_s, u"a@example.com"_s), token);
    CHECK(limited.status == 429);
    CHECK(limited.json()[u"error"_s][u"code"_s].toString() == u"TooManyRequests"_s);
    const int retryAfter = limited.header("Retry-After").toInt();
    CHECK(retryAfter >= 1);
    CHECK(retryAfter <= 60);
    CHECK(fixture.tenant().outbox.size() == 30);

    // Another sender has its own limit.
    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    CHECK(fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"x"_s, u"a@example.com"_s),
                          fixture.tokenFor(plain, {u"Mail.Send"_s}))
              .status == 202);

    clock.advance(retryAfter * 1000);
    CHECK(fixture.request("POST", u"/v1.0/me/sendMail"_s, mail(u"again"_s, u"a@example.com"_s), token).status
          == 202);
}

TEST_CASE("ReportsEndpoints: userRegistrationDetails filters on booleans and pages with nextLink",
          "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    qsizetype expected = 0;
    qsizetype listed = 0;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (user.deleted || !user.accountEnabled)
            continue;
        ++listed;
        expected += user.isSsprRegistered ? 0 : 1;
    }
    REQUIRE(expected > 7);

    QSet<QString> seen;
    int pages = 0;
    HttpResult page = fixture.get(ReportPath + u"?$filter=isSsprRegistered%20eq%20false&$top=7"_s, token);
    while (true) {
        REQUIRE(page.status == 200);
        ++pages;
        for (const QJsonValue &row : page.json()[u"value"_s].toArray()) {
            CHECK(row[u"isSsprRegistered"_s].toBool() == false);
            CHECK_FALSE(row[u"userPrincipalName"_s].toString().isEmpty());
            CHECK(row[u"methodsRegistered"_s].isArray());
            seen.insert(row[u"id"_s].toString());
        }
        const QString next = page.json()[u"@odata.nextLink"_s].toString();
        if (next.isEmpty())
            break;
        CHECK(next.contains(u"$skiptoken="_s));
        page = fixture.getUrl(QUrl(next), token);
    }
    CHECK(seen.size() == expected);
    CHECK(pages == (expected + 6) / 7);

    const HttpResult all = fixture.get(ReportPath + u"?$top=999"_s, token);
    CHECK(all.json()[u"value"_s].toArray().size() == listed);
    CHECK(all.json()[u"@odata.context"_s].toString().endsWith(u"#reports/authenticationMethods/userRegistrationDetails"_s));

    const HttpResult guests = fixture.get(ReportPath + u"?$filter=userType%20eq%20'guest'"_s, token);
    REQUIRE(guests.status == 200);
    for (const QJsonValue &row : guests.json()[u"value"_s].toArray())
        CHECK(row[u"userType"_s].toString() == u"guest"_s);

    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    const HttpResult single = fixture.get(ReportPath.mid(0) + u"/"_s + plain, token);
    CHECK(single.status == 200);
    CHECK(single.json()[u"id"_s].toString() == plain);

    CHECK(fixture.get(ReportPath + u"?$top=1000"_s, token).status == 400);
    CHECK(fixture.get(ReportPath + u"?$filter=favouriteColour%20eq%20'blue'"_s, token).status == 400);
}

TEST_CASE("ReportsEndpoints: needs AuditLog.Read.All a reports role and an Entra ID P1 or P2 tenant",
          "[sandbox][operations]")
{
    SandboxFixture fixture;
    const HttpResult noScope = fixture.get(ReportPath, fixture.adminToken({u"User.Read.All"_s}));
    CHECK(noScope.status == 403);
    CHECK(noScope.json()[u"error"_s][u"code"_s].toString() == u"Authorization_RequestDenied"_s);

    const QString plain = userIdOf(fixture, TenantGenerator::Archetype::PlainUser);
    CHECK(fixture.get(ReportPath, fixture.tokenFor(plain, {u"AuditLog.Read.All"_s})).status == 403);
    const QString reader = userIdOf(fixture, TenantGenerator::Archetype::ReportsReader);
    CHECK(fixture.get(ReportPath, fixture.tokenFor(reader, {u"AuditLog.Read.All"_s})).status == 200);

    fixture.tenant().premiumLicensed = false;
    const HttpResult unlicensed = fixture.get(ReportPath, fixture.adminToken());
    CHECK(unlicensed.status == 403);
    CHECK(unlicensed.json()[u"error"_s][u"code"_s].toString()
          == u"Authentication_RequestFromNonPremiumTenantOrB2CTenant"_s);
    CHECK(unlicensed.json()[u"error"_s][u"message"_s].toString()
          == u"Neither tenant is B2C or tenant doesn't have premium license"_s);
}

TEST_CASE("ReportsEndpoints: the reports service allows 5 requests per 10 s per app", "[sandbox][operations]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.throttling = true;
    SandboxFixture fixture(options);
    const QString token = fixture.adminToken();
    for (int i = 0; i < 5; ++i)
        REQUIRE(fixture.get(ReportPath + u"?$top=1"_s, token).status == 200);
    const HttpResult throttled = fixture.get(ReportPath + u"?$top=1"_s, token);
    CHECK(throttled.status == 429);
    CHECK(throttled.header("Retry-After").toInt() >= 1);
    CHECK(fixture.get(u"/v1.0/me"_s, token).status == 200); // the directory's own quotas are separate
}

TEST_CASE("InspectionEndpoints: shows server truth and never a token in the log", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QString token = fixture.adminToken();
    const SandboxUser *admin = fixture.tenant().userById(fixture.adminId());
    REQUIRE(fixture.get(u"/v1.0/me"_s, token).status == 200);

    const HttpResult byUpn = fixture.get(u"/_sandbox/users/"_s + admin->userPrincipalName);
    REQUIRE(byUpn.status == 200);
    CHECK(byUpn.json()[u"id"_s].toString() == admin->id);
    CHECK(byUpn.json()[u"password"_s].toString() == admin->password);
    CHECK(byUpn.json()[u"accountEnabled"_s].toBool() == admin->accountEnabled);
    CHECK(byUpn.json()[u"passwordHistory"_s].isArray());
    CHECK(byUpn.json().contains(u"forceChangePasswordNextSignIn"_s));
    CHECK(byUpn.json().contains(u"passwordPolicies"_s));
    CHECK(byUpn.json().contains(u"lastPasswordChangeDateTime"_s));
    CHECK(byUpn.json()[u"refreshTokenCount"_s].toInt() == fixture.context().tokens.liveRefreshTokenCount(admin->id));
    CHECK(fixture.get(u"/_sandbox/users/nobody@nowhere"_s).status == 404);

    const HttpResult log = fixture.get(u"/_sandbox/log"_s);
    REQUIRE(log.status == 200);
    CHECK_FALSE(log.body.contains(token.toLatin1()));
    bool sawMe = false;
    for (const QJsonValue &entry : log.json()[u"value"_s].toArray()) {
        sawMe = sawMe || (entry[u"path"_s].toString() == u"/me"_s && entry[u"status"_s].toInt() == 200
                          && entry[u"method"_s].toString() == u"GET"_s && !entry[u"time"_s].toString().isEmpty());
    }
    CHECK(sawMe);

    const QJsonObject counters = fixture.get(u"/_sandbox/counters"_s).json();
    CHECK(counters[u"requests"_s].toInt() >= 4);
    CHECK(counters.contains(u"writes"_s));
    CHECK(counters.contains(u"throttled"_s));
    CHECK(counters.contains(u"faults"_s));
}

TEST_CASE("InspectionEndpoints: steers sign-in and rejects unknown requests", "[sandbox][operations]")
{
    SandboxFixture fixture;
    const QByteArray body = R"({"declineNext":true,"devicePendingPolls":0,"deviceIntervalSeconds":1,"deviceExpiresInSeconds":30})";
    REQUIRE(fixture.request("POST", u"/_sandbox/signin"_s, body).status == 200);
    CHECK(fixture.context().signIn.declineNext);
    CHECK(fixture.context().signIn.devicePendingPolls == 0);
    CHECK(fixture.context().signIn.deviceIntervalSeconds == 1);
    CHECK(fixture.context().signIn.deviceExpiresInSeconds == 30);

    CHECK(fixture.get(u"/_sandbox/nothingHere"_s).status == 404);
    CHECK(fixture.request("POST", u"/_sandbox/faults"_s, R"({"rules":[{"action":"explode"}]})").status == 400);
    CHECK(fixture.request("POST", u"/_sandbox/faults"_s, R"({"rules":[{"user":"nobody@nowhere"}]})").status == 404);
    CHECK(fixture.context().faults.ruleCount() == 0);

    // Tokens for scripts and the standalone server, without a sign-in.
    const QString plainUpn = TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser);
    const HttpResult minted = fixture.request("POST", u"/_sandbox/tokens"_s,
                                              QJsonDocument(QJsonObject{{u"user"_s, plainUpn},
                                                                        {u"scopes"_s, QJsonArray{u"User.Read"_s}}})
                                                  .toJson(QJsonDocument::Compact));
    REQUIRE(minted.status == 200);
    const QString token = minted.json()[u"access_token"_s].toString();
    const HttpResult me = fixture.get(u"/v1.0/me"_s, token);
    CHECK(me.status == 200);
    CHECK(me.json()[u"userPrincipalName"_s].toString().compare(plainUpn, Qt::CaseInsensitive) == 0);
    CHECK(fixture.get(ReportPath, token).status == 403);
}

TEST_CASE("InspectionEndpoints: everything under /_sandbox is 404 when inspection is off", "[sandbox][operations]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.inspection = false;
    SandboxFixture fixture(options);
    CHECK(fixture.get(u"/_sandbox/users/"_s + fixture.adminId()).status == 404);
    CHECK(fixture.get(u"/_sandbox/outbox"_s).status == 404);
    CHECK(fixture.get(u"/_sandbox/log"_s).status == 404);
    CHECK(fixture.get(u"/_sandbox/counters"_s).status == 404);
    CHECK(fixture.request("POST", u"/_sandbox/faults"_s, R"({"rates":{"unavailable503":1}})").status == 404);
    CHECK(fixture.request("POST", u"/_sandbox/tokens/expire"_s).status == 404);
    CHECK(fixture.get(u"/v1.0/me"_s, fixture.adminToken()).status == 200); // nothing was changed
}
