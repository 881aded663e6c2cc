// SPDX-License-Identifier: MIT
// `resetdesk-cli reset` against the sandbox's truth: the passwords it sets are the ones every
// hand-over carries, exactly; passwords never reach standard output unless asked for, nor the
// process's arguments; nothing is written without confirmation; each exit status.
#include "CatchQt.h"
#include "CliRig.h"
#include "PdfText.h"
#include "WaitUntil.h"


#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList upns(const QList<const SandboxUser *> &users)
{
    QStringList names;
    for (const SandboxUser *user : users)
        names.append(user->userPrincipalName);
    return names;
}

} // namespace

TEST_CASE("resetdesk-cli reset: the results CSV carries exactly the passwords the sandbox holds", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 3);
    const QString results = rig.home() + u"/results.csv"_s;

    const CliRig::Result reset = rig.run(QStringList {u"reset"_s, u"--yes"_s, u"--results"_s, results} + upns(users));
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    CHECK(QFileInfo(results).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QHash<QString, QString> handedOver = passwordsInResults(results);
    REQUIRE(handedOver.size() == 3);
    for (const SandboxUser *user : users) {
        INFO(user->userPrincipalName.toStdString());
        CHECK(handedOver.value(user->userPrincipalName) == user->password);
        CHECK(user->passwordHistory.size() >= 1);
        CHECK(user->forceChangePasswordNextSignIn);
        // Never on the terminal without --show-passwords.
        CHECK_FALSE(reset.out.contains(user->password));
        CHECK_FALSE(reset.err.contains(user->password));
    }
    CHECK(reset.err.contains(u"Reset: 3. Not reset: 0."_s));
    // Nor in any file the program keeps: settings, audit log, journals (encrypted), logs.
    QDirIterator files(rig.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path == results)
            continue;
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const SandboxUser *user : users) {
            INFO(path.toStdString());
            CHECK_FALSE(bytes.contains(user->password.toUtf8()));
        }
    }
    // Handed over through a lasting channel: the journal is gone.
    CHECK(rig.run({u"users"_s, u"--search"_s, u"nobody-at-all"_s}).exitCode == 0);
}

TEST_CASE("resetdesk-cli reset: --dry-run prints the pre-flight and changes nothing", "[cli]")
{
    CliRig rig;
    rig.signIn();
    QHash<QString, QString> before;
    for (const SandboxUser &user : rig.fixture().tenant().users())
        before.insert(user.id, user.password);

    const CliRig::Result dryRun = rig.run({u"reset"_s, u"--everyone"_s, u"--dry-run"_s, u"--verbose"_s});
    INFO(dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(u"Will be reset: "_s));
    CHECK(dryRun.out.contains(u"Skipped: "_s));
    // --verbose lists every user with their class.
    for (const SandboxUser &user : rig.fixture().tenant().users()) {
        if (!user.deleted)
            CHECK(dryRun.out.contains(user.userPrincipalName));
    }
    for (const SandboxUser &user : rig.fixture().tenant().users())
        CHECK(user.password == before.value(user.id));
}

TEST_CASE("resetdesk-cli reset: off a terminal nothing is written without --yes", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 1);
    const QString before = users.first()->password;
    const CliRig::Result reset = rig.run({u"reset"_s, users.first()->userPrincipalName});
    CHECK(reset.exitCode == 2);
    CHECK(reset.err.contains(u"add --yes"_s));
    CHECK(users.first()->password == before);

    CHECK(rig.run({u"reset"_s, u"--yes"_s, u"nobody@nowhere.example"_s}).exitCode == 2);
    CHECK(rig.run({u"reset"_s, u"--yes"_s}).exitCode == 2);
    CHECK(rig.run({u"reset"_s, u"--yes"_s, u"--everyone"_s, u"--csv"_s, u"x.csv"_s}).exitCode == 2);
    CHECK(users.first()->password == before);
}

TEST_CASE("resetdesk-cli reset: a password typed on standard input is set for everyone, never echoed", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 2);
    const QString typed = u"Kvarn-Sten-9413!"_s;
    const CliRig::Result reset = rig.run(QStringList {u"reset"_s, u"--yes"_s, u"--password-stdin"_s, u"--no-force-change"_s}
                                             + upns(users),
                                         typed.toUtf8() + '\n');
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    for (const SandboxUser *user : users) {
        CHECK(user->password == typed);
        CHECK_FALSE(user->forceChangePasswordNextSignIn);
    }
    CHECK_FALSE(reset.out.contains(typed));
    CHECK_FALSE(reset.err.contains(typed));
    // Not handed over by any channel: the command says how to do it later.
    CHECK(reset.err.contains(u"resetdesk-cli handover "_s));
}

TEST_CASE("resetdesk-cli reset: --show-passwords prints them and --slips carries them in the PDF", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 2);
    const QString slips = rig.home() + u"/slips.pdf"_s;
    const CliRig::Result reset = rig.run(
        QStringList {u"reset"_s, u"--yes"_s, u"--show-passwords"_s, u"--slips"_s, slips, u"--style"_s, u"classic"_s}
        + upns(users));
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    QString pdf;
    for (int page = 1; page <= PdfText::pageCount(slips); ++page)
        pdf += PdfText::page(slips, page);
    for (const SandboxUser *user : users) {
        CHECK(reset.out.contains(user->userPrincipalName + u'\t' + user->password + u'\n'));
        CHECK(pdf.contains(user->password));
    }
}

TEST_CASE("resetdesk-cli reset: exits with 1 when some users fail and 4 when the server refuses everyone", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 3);
    // One user is deleted between the list and the reset.
    REQUIRE(rig.fixture().addFaultRule(QJsonObject {{u"method"_s, u"PATCH"_s}, {u"user"_s, users.at(1)->id},
        {u"count"_s, -1}, {u"status"_s, 404}, {u"code"_s, u"Request_ResourceNotFound"_s},
        {u"message"_s, u"Resource does not exist."_s}}));
    const CliRig::Result some = rig.run(QStringList {u"reset"_s, u"--yes"_s, u"--show-passwords"_s} + upns(users));
    INFO(some.err.toStdString());
    CHECK(some.exitCode == 1);
    CHECK(some.err.contains(users.at(1)->userPrincipalName + u": "_s));
    rig.fixture().context().faults.clearRules();

    REQUIRE(rig.fixture().addFaultRule(QJsonObject {{u"method"_s, u"PATCH"_s}, {u"count"_s, -1}, {u"status"_s, 403},
        {u"code"_s, u"Authorization_RequestDenied"_s},
        {u"message"_s, u"Insufficient privileges to complete the operation."_s}}));
    const CliRig::Result refused = rig.run(QStringList {u"reset"_s, u"--yes"_s} + upns(users));
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 4);
}

TEST_CASE("resetdesk-cli reset: --json writes one object per user and a summary, passwords only when asked", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 3);
    const CliRig::Result reset
        = rig.run(QStringList {u"reset"_s, u"--yes"_s, u"--json"_s, u"--verbose"_s} + upns(users));
    INFO(reset.err.toStdString());
    REQUIRE(reset.exitCode == 0);
    QList<QJsonObject> events;
    for (const QString &line : reset.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        INFO(line.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(document.isObject());
        events.append(document.object());
    }
    REQUIRE(events.size() == 1 + 3 + 1);
    CHECK(events.first().value(u"event"_s).toString() == u"preflight"_s);
    CHECK(events.first().value(u"included"_s).toInt() == 3);
    QSet<QString> reported;
    for (qsizetype i = 1; i <= 3; ++i) {
        CHECK(events.at(i).value(u"event"_s).toString() == u"user"_s);
        CHECK(events.at(i).value(u"state"_s).toString() == u"reset"_s);
        reported.insert(events.at(i).value(u"userPrincipalName"_s).toString());
    }
    const QStringList names = upns(users);
    CHECK(reported == QSet<QString>(names.cbegin(), names.cend()));
    const QJsonObject summary = events.last();
    CHECK(summary.value(u"event"_s).toString() == u"summary"_s);
    CHECK(summary.value(u"reset"_s).toInt() == 3);
    CHECK(summary.value(u"exitStatus"_s).toInt() == 0);
    for (const SandboxUser *user : users)
        CHECK_FALSE(reset.out.contains(user->password));

    const CliRig::Result shown = rig.run({u"reset"_s, u"--yes"_s, u"--json"_s, u"--show-passwords"_s,
                                          users.first()->userPrincipalName});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(u"{\"confirmed\":true,\"event\":\"password\",\"id\":\""_s + users.first()->id
                             + u"\",\"password\":\""_s + users.first()->password + u"\""_s));
}

TEST_CASE("resetdesk-cli reset: on a terminal, progress is one line rewritten on standard error", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 3);
    // script(1) gives the command a terminal of its own, as an admin's shell would.
    QStringList command {QStringLiteral(RESETDESK_CLI), u"reset"_s, u"--yes"_s};
    command += upns(users);
    QProcess terminal;
    terminal.setProcessEnvironment(rig.environment(u"en"_s));
    terminal.start(u"script"_s, {u"--quiet"_s, u"--return"_s, u"--command"_s, command.join(u' '), u"/dev/null"_s});
    REQUIRE(terminal.waitForStarted(10000));
    REQUIRE(waitUntil([&] { return terminal.state() == QProcess::NotRunning; }, 120000));
    const QString seen = QString::fromUtf8(terminal.readAllStandardOutput());
    INFO(seen.toStdString());
    CHECK(terminal.exitCode() == 0);
    // The last state of the line, then the summary on a line of its own.
    CHECK(seen.contains(u"\r3 of 3 done"_s));
    CHECK(seen.contains(u"Reset: 3. Not reset: 0."_s));
    for (const SandboxUser *user : users)
        CHECK_FALSE(seen.contains(user->password));
}

TEST_CASE("resetdesk-cli reset: on a terminal, nothing is reset until the admin types yes", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 1);
    const QString before = users.first()->password;
    const auto answer = [&](const QByteArray &typed) {
        QProcess terminal;
        terminal.setProcessEnvironment(rig.environment(u"en"_s));
        const QString command = QStringLiteral(RESETDESK_CLI) + u" reset "_s + users.first()->userPrincipalName;
        terminal.start(u"script"_s, {u"--quiet"_s, u"--return"_s, u"--command"_s, command, u"/dev/null"_s});
        REQUIRE(terminal.waitForStarted(10000));
        // Typed once the question is on the screen, as a person would.
        QByteArray screen;
        REQUIRE(waitUntil([&] {
            screen += terminal.readAllStandardOutput();
            return screen.contains("Type yes to go on:") || terminal.state() == QProcess::NotRunning;
        }, 120000));
        terminal.write(typed);
        REQUIRE(waitUntil([&] { return terminal.state() == QProcess::NotRunning; }, 120000));
        return terminal.exitCode();
    };
    CHECK(answer("no\n") == 2);
    CHECK(users.first()->password == before);
    CHECK(answer("yes\n") == 0);
    CHECK(users.first()->password != before);
}

TEST_CASE("resetdesk-cli reset: a permission approved step by step is asked for with a code, and a refusal exits with 3",
          "[cli]")
{
    CliRig rig;
    // Step by step: the permission to reset passwords is asked for the first time a reset needs it.
    const CliRig::Result signin = rig.run(QStringList {u"signin"_s, u"--device-code"_s} + rig.connectionArguments());
    INFO(signin.err.toStdString());
    REQUIRE(signin.exitCode == 0);
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 2);
    const QString before = users.at(0)->password;

    rig.fixture().context().signIn.declineNext = true;
    const CliRig::Result declined = rig.run({u"reset"_s, u"--yes"_s, users.at(0)->userPrincipalName});
    INFO(declined.err.toStdString());
    CHECK(declined.exitCode == 3);
    CHECK(declined.err.contains(u"ResetDesk needs more permissions: "_s));
    CHECK(declined.err.contains(u"To approve them, open "_s));
    CHECK(users.at(0)->password == before);

    const CliRig::Result approved = rig.run({u"reset"_s, u"--yes"_s, users.at(1)->userPrincipalName});
    INFO(approved.err.toStdString());
    CHECK(approved.exitCode == 0);
    CHECK(approved.err.contains(u"To approve them, open "_s));
}
