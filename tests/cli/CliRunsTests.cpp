// SPDX-License-Identifier: MIT
// Saved runs from the command line: a reset killed with SIGKILL mid-run is listed by `runs`,
// finished by `resume` with the journal's passwords (nobody's password lost, nobody given two
// different ones), handed over exactly, and its journal goes; `handover` and `purge` keep the
// journal rules.
#include "CatchQt.h"
#include "CliRig.h"
#include "SandboxTargets.h"
#include "WaitUntil.h"

#include "auth/KeychainTokenStore.h"
#include "bulk/BulkResetItem.h"
#include "bulk/BulkRunStore.h"
#include "bulk/ResetJournal.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

/** The run ids `resetdesk-cli runs` lists. */
QStringList listedRuns(CliRig &rig)
{
    const CliRig::Result runs = rig.run({u"runs"_s});
    INFO(runs.err.toStdString());
    REQUIRE(runs.exitCode == 0);
    QStringList ids;
    for (const QString &line : runs.out.split(u'\n', Qt::SkipEmptyParts))
        ids.append(line.section(u' ', 0, 0));
    return ids;
}

} // namespace

TEST_CASE("resetdesk-cli resume: a run killed with SIGKILL finishes with no password lost or set twice", "[cli]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 400;
    options.latencyMs = 150; // long enough for the kill to land mid-run
    CliRig rig(options);
    rig.signIn();
    QHash<QString, qsizetype> historyBefore;
    for (const SandboxUser &user : rig.fixture().tenant().users())
        historyBefore.insert(user.id, user.passwordHistory.size());
    const auto changedCount = [&] {
        int changed = 0;
        for (const SandboxUser &user : rig.fixture().tenant().users())
            changed += user.passwordHistory.size() > historyBefore.value(user.id) ? 1 : 0;
        return changed;
    };

    // Everyone the server lets us reset: a refused user would make the exit status 1.
    QStringList arguments {u"reset"_s, u"--everyone"_s, u"--yes"_s};
    for (const SandboxUser &user : rig.fixture().tenant().users()) {
        if (!user.deleted && isFederated(rig.fixture().tenant(), user))
            arguments << u"--exclude"_s << user.userPrincipalName;
    }
    QProcess cli;
    cli.setProcessEnvironment(rig.environment(u"en"_s));
    cli.start(QStringLiteral(RESETDESK_CLI), arguments);
    REQUIRE(cli.waitForStarted(10000));
    cli.closeWriteChannel();
    REQUIRE(waitUntil([&] { return changedCount() >= 40 || cli.state() == QProcess::NotRunning; }, 120000));
    REQUIRE(cli.state() == QProcess::Running);
    ::kill(pid_t(cli.processId()), SIGKILL);
    REQUIRE(waitUntil([&] { return cli.state() == QProcess::NotRunning; }, 20000));
    const int changedAtKill = changedCount();
    INFO("changed when killed: " << changedAtKill);

    const QStringList runs = listedRuns(rig);
    REQUIRE(runs.size() == 1);
    const QString results = rig.home() + u"/resumed.csv"_s;
    const CliRig::Result resume = rig.run({u"resume"_s, runs.first().left(8), u"--results"_s, results});
    INFO(resume.err.toStdString());
    REQUIRE(resume.exitCode == 0);

    const QHash<QString, QString> handedOver = passwordsInResults(results);
    CHECK(handedOver.size() > changedAtKill);
    int reset = 0;
    for (const SandboxUser &user : rig.fixture().tenant().users()) {
        const QStringList added = user.passwordHistory.mid(historyBefore.value(user.id));
        if (added.isEmpty()) {
            CHECK_FALSE(handedOver.contains(user.userPrincipalName));
            continue;
        }
        ++reset;
        INFO(user.userPrincipalName.toStdString());
        // Sent again after the kill, perhaps, but always the journal's one password.
        CHECK(QSet<QString>(added.cbegin(), added.cend()).size() == 1);
        CHECK(handedOver.value(user.userPrincipalName) == user.password);
    }
    CHECK(reset == handedOver.size());
    // Handed over exactly: the journal went.
    CHECK(listedRuns(rig).isEmpty());
}

TEST_CASE("resetdesk-cli handover and purge: a saved run is handed over later or deleted", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 4);
    const CliRig::Result first = rig.run({u"reset"_s, u"--yes"_s, users.at(0)->userPrincipalName,
                                          users.at(1)->userPrincipalName});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    QStringList runs = listedRuns(rig);
    REQUIRE(runs.size() == 1);
    CHECK(first.err.contains(u"resetdesk-cli handover "_s + runs.first()));

    // Without a channel, handover refuses; with one, it carries the passwords the server holds.
    CHECK(rig.run({u"handover"_s, runs.first()}).exitCode == 2);
    const QString results = rig.home() + u"/later.csv"_s;
    const CliRig::Result handover = rig.run({u"handover"_s, runs.first(), u"--results"_s, results});
    INFO(handover.err.toStdString());
    REQUIRE(handover.exitCode == 0);
    const QHash<QString, QString> handedOver = passwordsInResults(results);
    CHECK(handedOver.value(users.at(0)->userPrincipalName) == users.at(0)->password);
    CHECK(handedOver.value(users.at(1)->userPrincipalName) == users.at(1)->password);
    CHECK(listedRuns(rig).isEmpty());

    // A second run is deleted on request; off a terminal only with --yes.
    REQUIRE(rig.run({u"reset"_s, u"--yes"_s, users.at(2)->userPrincipalName}).exitCode == 0);
    runs = listedRuns(rig);
    REQUIRE(runs.size() == 1);
    CHECK(rig.run({u"purge"_s, runs.first()}).exitCode == 2);
    CHECK(listedRuns(rig).size() == 1);
    CHECK(rig.run({u"purge"_s, u"no-such-run"_s, u"--yes"_s}).exitCode == 2);
    const CliRig::Result purge = rig.run({u"purge"_s, u"--all"_s, u"--yes"_s});
    INFO(purge.err.toStdString());
    CHECK(purge.exitCode == 0);
    CHECK(listedRuns(rig).isEmpty());
}

TEST_CASE("resetdesk-cli resume: finishes a run the window program saved, with its passwords", "[cli]")
{
    CliRig rig;
    rig.signIn();
    const QList<const SandboxUser *> users = plainUsers(rig.fixture(), 3);

    // What the window program leaves when it stops right after planning: a journal in the
    // organisation's folder, its key in the keychain, the passwords decided, nothing sent.
    KeychainTokenStore keychain;
    BulkRunStore store(&keychain, rig.journalDirectory());
    std::shared_ptr<ResetJournal> journal;
    QObject::connect(&store, &BulkRunStore::runCreated,
                     [&journal](const std::shared_ptr<ResetJournal> &created) { journal = created; });
    store.createRun();
    REQUIRE(waitUntil([&] { return journal != nullptr; }, 20000));
    QList<BulkTarget> targets;
    for (const SandboxUser *user : users)
        targets.append(bulkTargetFor(*user));
    QList<ResetJournal::PlannedReset> planned;
    for (const BulkResetItem &item : BulkResetItem::fromTargets(targets, {}, u"Kvarnby"_s))
        planned.append({item.userId, item.userPrincipalName, item.password, item.displayName});
    REQUIRE(journal->setRunSettings(BulkResetSettings().toJson()));
    REQUIRE(journal->plan(planned));
    const QString runId = journal->runId();
    journal.reset();

    REQUIRE(listedRuns(rig) == QStringList {runId});
    const QString results = rig.home() + u"/resumed.csv"_s;
    const CliRig::Result resume = rig.run({u"resume"_s, runId, u"--results"_s, results});
    INFO(resume.err.toStdString());
    REQUIRE(resume.exitCode == 0);
    const QHash<QString, QString> handedOver = passwordsInResults(results);
    for (const ResetJournal::PlannedReset &reset : std::as_const(planned)) {
        const SandboxUser *user = rig.fixture().tenant().userByIdOrUpn(reset.userId);
        CHECK(user->password == reset.password.reveal());
        CHECK(handedOver.value(user->userPrincipalName) == reset.password.reveal());
    }
    CHECK(listedRuns(rig).isEmpty());
}
