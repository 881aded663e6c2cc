// SPDX-License-Identifier: MIT
// `--email` hands a bulk run's passwords over through the sandbox's mail outbox: each user at
// their other addresses, or one list; the exact passwords, never to a mailbox just reset.
#include "CatchQt.h"
#include "CliRig.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Plain sandbox users that have another email address to receive their password. */
QList<const SandboxUser *> usersWithOtherMail(SandboxFixture &fixture, int count)
{
    QList<const SandboxUser *> users;
    for (const SandboxUser *user : plainUsers(fixture, 40)) {
        if (!user->otherMails.isEmpty() && users.size() < count)
            users.append(user);
    }
    REQUIRE(users.size() == count);
    return users;
}

QStringList recipientsOf(const SandboxMail &mail)
{
    QStringList to;
    for (const QJsonValue &recipient : mail.message.value(u"toRecipients"_s).toArray())
        to.append(recipient[u"emailAddress"_s][u"address"_s].toString());
    return to;
}

QString bodyOf(const SandboxMail &mail)
{
    return mail.message.value(u"body"_s).toObject().value(u"content"_s).toString();
}

} // namespace

TEST_CASE("resetdesk-cli reset --email: each user gets their exact password at their other address", "[cli]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 120;
    CliRig rig(options);
    rig.signIn();
    const QList<const SandboxUser *> users = usersWithOtherMail(rig.fixture(), 2);
    const CliRig::Result reset = rig.run({u"reset"_s, u"--yes"_s, u"--style"_s, u"classic"_s, u"--email"_s,
                                          u"each-user"_s, users.at(0)->userPrincipalName, users.at(1)->id});
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    const std::vector<SandboxMail> &outbox = rig.fixture().tenant().outbox;
    REQUIRE(outbox.size() == 2);
    for (const SandboxUser *user : users) {
        const auto mail = std::find_if(outbox.cbegin(), outbox.cend(), [user](const SandboxMail &candidate) {
            return recipientsOf(candidate) == user->otherMails;
        });
        REQUIRE(mail != outbox.cend());
        CHECK(bodyOf(*mail).contains(user->password));
        CHECK_FALSE(mail->saveToSentItems);
        CHECK_FALSE(reset.out.contains(user->password));
    }
    // Every password went out by mail: nothing is left in a journal.
    const CliRig::Result runs = rig.run({u"runs"_s});
    CHECK(runs.out.isEmpty());

    // One list to a helpdesk address; the mailbox of a user just reset is refused.
    const CliRig::Result list = rig.run({u"reset"_s, u"--yes"_s, u"--style"_s, u"classic"_s, u"--email"_s,
                                         u"helpdesk@partner.example"_s, users.at(0)->userPrincipalName});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    REQUIRE(outbox.size() == 3);
    CHECK(recipientsOf(outbox.back()) == QStringList {u"helpdesk@partner.example"_s});
    CHECK(bodyOf(outbox.back()).contains(users.at(0)->password));

    const CliRig::Result refused = rig.run({u"reset"_s, u"--yes"_s, u"--email"_s, users.at(1)->userPrincipalName,
                                            users.at(1)->userPrincipalName});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"is the mailbox of an account whose password was just reset"_s));
    CHECK(outbox.size() == 3);
}
