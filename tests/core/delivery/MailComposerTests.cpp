// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "MailTestItems.h"

#include "delivery/MailComposer.h"
#include "delivery/MailRecipientCheck.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList toAddresses(const QJsonObject &body)
{
    QStringList addresses;
    for (const QJsonValue &recipient : body[u"message"_s][u"toRecipients"_s].toArray())
        addresses.append(recipient[u"emailAddress"_s][u"address"_s].toString());
    return addresses;
}

QString html(const QJsonObject &body)
{
    return body[u"message"_s][u"body"_s][u"content"_s].toString();
}

} // namespace

TEST_CASE("MailRecipientCheck: accepts addresses and rejects typing slips", "[mail]")
{
    CHECK(MailRecipientCheck::isValidAddress(u"helpdesk@contoso.se"_s));
    CHECK(MailRecipientCheck::isValidAddress(u"first.last+it@mail.contoso.co.uk"_s));
    CHECK(MailRecipientCheck::isValidAddress(u"åsa@exempel.se"_s));
    CHECK_FALSE(MailRecipientCheck::isValidAddress(u"helpdesk"_s));
    CHECK_FALSE(MailRecipientCheck::isValidAddress(u"helpdesk@contoso"_s));
    CHECK_FALSE(MailRecipientCheck::isValidAddress(u"two@@contoso.se"_s));
    CHECK_FALSE(MailRecipientCheck::isValidAddress(u"a b@contoso.se"_s));
    CHECK_FALSE(MailRecipientCheck::isValidAddress(u".dot@contoso.se"_s));
    CHECK_FALSE(MailRecipientCheck::isValidAddress(u"x@contoso.se>"_s));
    CHECK(MailRecipientCheck::splitTyped(u" a@x.se; b@y.se,\nA@X.se  c@z.se ;"_s)
          == QStringList{u"a@x.se"_s, u"b@y.se"_s, u"c@z.se"_s});
}

TEST_CASE("MailComposer: mode b writes one message per user to the alternate address", "[mail]")
{
    const MailComposer composer(MailTestItems::swedishAndEnglish(), MailTestItems::admin(), u"en"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::EachUser);
    REQUIRE(plan.isSendable());
    REQUIRE(plan.messages.size() == 2);
    CHECK(plan.issues.isEmpty());
    CHECK(plan.usersWithoutAddress.isEmpty());
    CHECK(plan.messages.at(0).key == u"user:astrid"_s);
    CHECK(plan.messages.at(0).language == u"sv"_s);
    CHECK(plan.messages.at(1).language == u"en"_s);

    const QJsonObject body = composer.requestBody(plan.messages.at(1));
    CHECK(body[u"saveToSentItems"_s] == QJsonValue(false)); // a JSON boolean, not the string "false"
    CHECK(body[u"message"_s][u"body"_s][u"contentType"_s].toString() == u"HTML"_s);
    CHECK(toAddresses(body) == QStringList{u"brian.home@mail.example"_s});
    CHECK(body[u"message"_s][u"toRecipients"_s][0][u"emailAddress"_s][u"name"_s].toString() == u"Brian O'Neill"_s);
    CHECK(body[u"message"_s][u"subject"_s].toString() == u"Your temporary password for brian@contoso.example"_s);
    CHECK(html(body).contains(u"Tz4!wNb8sL"_s));
    CHECK_FALSE(html(body).contains(u"Kx7#mPq2vR"_s)); // nobody else's password
}

TEST_CASE("MailComposer: a Swedish user gets Swedish text while the admin works in English", "[mail]")
{
    const MailComposer composer(MailTestItems::swedishAndEnglish(), MailTestItems::admin(), u"en-US"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::EachUser);
    REQUIRE(plan.messages.size() == 2);
    const QJsonObject swedish = composer.requestBody(plan.messages.at(0));
    CHECK(swedish[u"message"_s][u"subject"_s].toString() == u"Ditt tillfälliga lösenord för astrid@contoso.example"_s);
    CHECK(html(swedish).contains(u"Hej Astrid Lindqvist!"_s));
    CHECK(html(swedish).contains(u"lang=\"sv\""_s));
    const QJsonObject english = composer.requestBody(plan.messages.at(1));
    CHECK(html(english).contains(u"Hello Brian O'Neill,"_s));
}

TEST_CASE("MailComposer: a user without preferredLanguage gets the admin's language", "[mail]")
{
    QList<HandoverItem> items = MailTestItems::swedishAndEnglish();
    items[1].preferredLanguage.clear();
    const MailComposer composer(items, MailTestItems::admin(), u"sv"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::EachUser);
    REQUIRE(plan.messages.size() == 2);
    CHECK(plan.messages.at(1).language == u"sv"_s);
}

TEST_CASE("MailComposer: mode a lists every user in one message in the admin's language", "[mail]")
{
    QList<HandoverItem> items = MailTestItems::swedishAndEnglish();
    HandoverItem failed = MailTestItems::item(u"carl"_s, u"Carl"_s, u"sv-SE"_s, {}, {});
    failed.outcome = HandoverItem::Outcome::NotReset;
    items.append(failed);
    const MailComposer composer(items, MailTestItems::admin(), u"sv-SE"_s);
    const MailPlan plan =
        composer.plan(MailComposer::Mode::ListToRecipients, {u"it-lead@contoso.example"_s, u"boss@partner.example"_s});
    REQUIRE(plan.isSendable());
    REQUIRE(plan.messages.size() == 1);
    CHECK(plan.messages.first().itemIndexes == QList<qsizetype>{0, 1}); // the failed reset has no password to send
    const QJsonObject body = composer.requestBody(plan.messages.first());
    CHECK(toAddresses(body) == QStringList{u"it-lead@contoso.example"_s, u"boss@partner.example"_s});
    CHECK(body[u"message"_s][u"subject"_s].toString() == u"Tillfälliga lösenord för 2 användare"_s);
    CHECK(html(body).contains(u"Kx7#mPq2vR"_s));
    CHECK(html(body).contains(u"Tz4!wNb8sL"_s));
    CHECK(html(body).contains(u"Användarnamn"_s));
    CHECK(body[u"saveToSentItems"_s] == QJsonValue(false));
}

TEST_CASE("MailComposer: refuses a typed recipient that is the mailbox of a reset account", "[mail]")
{
    const MailComposer composer(MailTestItems::swedishAndEnglish(), MailTestItems::admin(), u"en"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::ListToRecipients,
                                        {u"it-lead@contoso.example"_s, u"BRIAN@contoso.example"_s, u"not-an-address"_s});
    CHECK_FALSE(plan.isSendable());
    REQUIRE(plan.issues.size() == 2);
    CHECK(plan.issues.at(0).address == u"BRIAN@contoso.example"_s);
    CHECK(plan.issues.at(0).problem == RecipientProblem::ResetAccountMailbox);
    CHECK(plan.issues.at(0).itemIndex == 1);
    CHECK(plan.issues.at(1).problem == RecipientProblem::InvalidAddress);
    CHECK_FALSE(composer.plan(MailComposer::Mode::ListToRecipients, {}).isSendable());
}

TEST_CASE("MailComposer: drops an alternate address that is the user's own mailbox", "[mail]")
{
    QList<HandoverItem> items = MailTestItems::swedishAndEnglish();
    items[0].alternateEmails = {u"Astrid@Contoso.example"_s}; // her own mailbox, differently cased
    items[1].mail = u"brian.oneill@contoso.example"_s;        // UPN and mail differ
    items[1].alternateEmails = {u"brian.oneill@contoso.example"_s, u"brian.home@mail.example"_s};
    const MailComposer composer(items, MailTestItems::admin(), u"en"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::EachUser);
    REQUIRE(plan.messages.size() == 1);
    CHECK(plan.messages.first().recipients == QStringList{u"brian.home@mail.example"_s});
    CHECK(plan.usersWithoutAddress == QList<qsizetype>{0}); // Astrid needs a slip
    REQUIRE(plan.issues.size() == 2);
    CHECK(plan.issues.at(0).problem == RecipientProblem::ResetAccountMailbox);
    CHECK(plan.issues.at(0).itemIndex == 0);
    CHECK(plan.issues.at(1).address == u"brian.oneill@contoso.example"_s);
    CHECK(plan.issues.at(1).problem == RecipientProblem::ResetAccountMailbox);
}

TEST_CASE("MailComposer: every value in the HTML body is escaped", "[mail]")
{
    HandoverItem tricky = MailTestItems::item(u"eve"_s, u"<b>Eve & Co</b>"_s, u"en"_s, {u"eve@home.example"_s},
                                              u"a<B&c>\"d%2"_s);
    SignedInAdmin sender = MailTestItems::admin();
    sender.displayName = u"<script>x</script>"_s;
    const MailComposer composer({tricky}, sender, u"en"_s);
    const MailPlan plan = composer.plan(MailComposer::Mode::EachUser);
    REQUIRE(plan.messages.size() == 1);
    const QString content = html(composer.requestBody(plan.messages.first()));
    CHECK(content.contains(u"&lt;b&gt;Eve &amp; Co&lt;/b&gt;"_s));
    CHECK(content.contains(u"a&lt;B&amp;c&gt;&quot;d%2"_s)); // "%2" in a value is not filled in again
    CHECK(content.contains(u"&lt;script&gt;x&lt;/script&gt;"_s));
    CHECK_FALSE(content.contains(u"<script>"_s));
    CHECK_FALSE(content.contains(u"<b>Eve"_s));
}
