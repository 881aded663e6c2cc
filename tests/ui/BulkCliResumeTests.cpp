// SPDX-License-Identifier: MIT
// A bulk reset started from the command line and killed with SIGKILL mid-run, finished in the
// window program: the real resetdesk-cli binary against the demo tenant over HTTP, sharing the
// window's keychain and its organisation's journal folder. Checked against the server's truth:
// nobody's password lost, nobody given two different ones, the window's results CSV exact.
#include "BulkRunWindow.h"
#include "CliRig.h"

#include "auth/KeychainTokenStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("BulkResetFlow: a command-line run killed with SIGKILL is finished here, none lost or set twice",
    "[ui][bulk]")
{
    KeychainTokenStore keychain;
    BulkRunWindow app(250, false, &keychain);
    CliRig rig(app.demo.demo.sandbox());
    app.flow->setJournalDirectory(rig.journalDirectory());
    rig.signIn();

    const QList<SandboxUser *> users = app.plainServerUsers(120);
    QHash<QString, qsizetype> historyBefore;
    for (const SandboxUser *user : users)
        historyBefore.insert(user->id, user->passwordHistory.size());
    const auto passwordWrites = [&] {
        int writes = 0;
        for (const SandboxUser *user : users)
            writes += app.patches(user->id);
        return writes;
    };

    // Slow answers, and the kill once a fifth batch of 20 is out: four go out at once, and the
    // next only after the answers of one are in the journal.
    app.delayBatches(300);
    QStringList arguments {u"reset"_s, u"--yes"_s};
    for (const SandboxUser *user : users)
        arguments.append(user->userPrincipalName);
    QProcess cli;
    cli.setProcessEnvironment(rig.environment(u"en"_s));
    cli.start(QStringLiteral(RESETDESK_CLI), arguments);
    REQUIRE(cli.waitForStarted(10000));
    cli.closeWriteChannel();
    REQUIRE(waitUntil([&] { return passwordWrites() > 80 || cli.state() == QProcess::NotRunning; }, 120000));
    REQUIRE(cli.state() == QProcess::Running);
    ::kill(pid_t(cli.processId()), SIGKILL);
    REQUIRE(waitUntil([&] { return cli.state() == QProcess::NotRunning; }, 20000));
    const int writesAtKill = passwordWrites();
    app.demo.context().faults.clearRules();

    app.signIn();
    QMessageBox *offer = app.waitForOffer(u"Unfinished bulk reset"_s);
    const QRegularExpressionMatch counts
        = QRegularExpression(u"^(\\d+) reset, (\\d+) not finished\\."_s).match(offer->informativeText());
    INFO(offer->informativeText().toStdString());
    REQUIRE(counts.hasMatch());
    const int confirmed = counts.captured(1).toInt();
    const int unfinished = counts.captured(2).toInt();
    INFO("password writes when killed: " << writesAtKill << ", confirmed " << confirmed);
    CHECK(confirmed >= 20);
    CHECK(confirmed + unfinished == users.size());
    BulkRunWindow::button(offer, u"&Resume"_s)->click();
    REQUIRE(waitUntil([&] { return app.flow->runDialog() != nullptr; }, 10000));
    BulkRunDialog *dialog = app.flow->runDialog();
    app.waitUntilFinished(dialog);
    CHECK(dialog->runner()->progress().succeeded == users.size());

    const QHash<QString, QString> handedOver
        = BulkRunWindow::passwordsByUpn(app.saveCsv(dialog, u"resumed.csv"_s));
    CHECK(dialog->isHandedOver());
    for (const SandboxUser *user : users) {
        INFO(user->userPrincipalName.toStdString());
        const QStringList added = user->passwordHistory.mid(historyBefore.value(user->id));
        REQUIRE_FALSE(added.isEmpty());
        // Sent again after the kill, perhaps, but always the journal's one password.
        CHECK(QSet<QString>(added.cbegin(), added.cend()).size() == 1);
        CHECK(handedOver.value(user->userPrincipalName) == user->password);
    }
    // Only what the journal had not seen confirmed went out again, once.
    CHECK(passwordWrites() == writesAtKill + unfinished);
}
