// SPDX-License-Identifier: MIT
// Temporary Access Passes through the hand-over channels of passwords: the results CSV and email
// carry the exact pass with when it works and how often.
#include "CatchQt.h"
#include "ScopedLanguage.h"

#include "delivery/MailComposer.h"
#include "delivery/ResultExport.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

HandoverItem passFor(const QString &id, const QString &language, const QString &pass)
{
    HandoverItem item;
    item.userId = id;
    item.displayName = u"User "_s + id;
    item.userPrincipalName = id + u"@kvarnby.se"_s;
    item.mail = item.userPrincipalName;
    item.alternateEmails = {id + u".home@example.org"_s};
    item.preferredLanguage = language;
    item.password = SecretString(pass);
    item.outcome = HandoverItem::Outcome::Reset;
    item.temporaryAccessPass = TemporaryAccessPassTerms{QDateTime(QDate(2026, 3, 5), QTime(7, 30), Qt::UTC), 60, true};
    return item;
}

SignedInAdmin sender()
{
    SignedInAdmin admin;
    admin.id = u"admin"_s;
    admin.displayName = u"Karin Lindqvist"_s;
    admin.userPrincipalName = u"admin@kvarnby.se"_s;
    admin.mail = admin.userPrincipalName;
    return admin;
}

QString html(const QJsonObject &body)
{
    return body[u"message"_s][u"body"_s][u"content"_s].toString();
}

} // namespace

TEST_CASE("TAP hand-over: the results CSV carries each pass exactly, with its start, end and one-time use",
          "[core][tap]")
{
    const QList<HandoverItem> items{passFor(u"elsa"_s, u"sv-SE"_s, u"=drk+zqAD"_s)};
    const QString csv = QString::fromUtf8(ResultExport::toCsv(items, {true, u"en"_s}));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).endsWith(u"Temporary Access Pass,Valid from (UTC),Valid until (UTC),One sign-in only"_s));
    // The pass is the hand-over itself: never defused, byte for byte.
    CHECK(lines.at(1).endsWith(u",=drk+zqAD,2026-03-05T07:30:00Z,2026-03-05T08:30:00Z,Yes"_s));
}

TEST_CASE("TAP hand-over: each user's email says what the pass is, when it works and where to set up sign-in",
          "[core][tap][mail]")
{
    const MailComposer composer({passFor(u"elsa"_s, u"sv-SE"_s, u"+drkzqAD"_s), passFor(u"oliver"_s, u"en-US"_s, u"Qw7#kLm2"_s)},
                                sender(), u"en"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::EachUser);
    REQUIRE(plan.messages.size() == 2);
    const QJsonObject swedish = composer.requestBody(plan.messages.at(0));
    CHECK(swedish[u"message"_s][u"subject"_s] == u"Ditt tillfälliga åtkomstpass för elsa@kvarnby.se"_s);
    CHECK(html(swedish).contains(u"+drkzqAD"_s));
    CHECK(html(swedish).contains(u"Det fungerar för en enda inloggning."_s));
    const QJsonObject english = composer.requestBody(plan.messages.at(1));
    CHECK(english[u"message"_s][u"subject"_s] == u"Your Temporary Access Pass for oliver@kvarnby.se"_s);
    CHECK(html(english).contains(u"Qw7#kLm2"_s));
    CHECK(html(english).contains(u"https://aka.ms/mysecurityinfo"_s));
    CHECK(html(english).contains(u"A Temporary Access Pass is a time-limited code"_s));
    CHECK_FALSE(html(english).contains(u"choose a new password"_s));
}

TEST_CASE("TAP hand-over: the list email to the admin's recipients names every pass and its validity",
          "[core][tap][mail]")
{
    const MailComposer composer({passFor(u"elsa"_s, u"sv-SE"_s, u"+drkzqAD"_s), passFor(u"oliver"_s, u"en-US"_s, u"Qw7#kLm2"_s)},
                                sender(), u"en"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::ListToRecipients, {u"helpdesk@kvarnby.se"_s});
    REQUIRE(plan.messages.size() == 1);
    const QJsonObject body = composer.requestBody(plan.messages.at(0));
    CHECK(body[u"message"_s][u"subject"_s] == u"Temporary Access Passes for 2 users"_s);
    CHECK(html(body).contains(u"+drkzqAD"_s));
    CHECK(html(body).contains(u"Qw7#kLm2"_s));
    CHECK(html(body).contains(u"It works for one sign-in only."_s));
}
