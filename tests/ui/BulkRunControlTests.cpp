// SPDX-License-Identifier: MIT
// A bulk run's window under pressure: a journal that cannot be written, the Reset menu's ways in,
// quitting mid-run, and waiting when Microsoft 365 asks to; the demo tenant over real HTTP.
#include "AccessibleText.h"
#include "BulkRunWindow.h"
#include "PasswordWriteFaults.h"

#include "ui/bulk/BulkResultText.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/texts/ResetRefusalText.h"
#include "bulk/ResetJournal.h"
#include "ui/widgets/SecretClipboard.h"
#include "WaitUntil.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLabel>
#include <QJsonArray>
#include <QJsonObject>
#include <QProgressBar>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <sys/resource.h>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("BulkRunDialog: a journal that cannot be written pauses the run and says what to do", "[ui][bulk]")
{
    BulkRunWindow app(220);
    // More users than the requests in flight hold, so there is something left to hold back.
    const QList<SandboxUser *> users = app.plainServerUsers(100);
    BulkRunDialog *dialog = app.runSlowly(users, 1000);
    const QString journalPath = dialog->runner()->journal()->path();

    // A full disk, for real: no file of this process may grow any more (SIGXFSZ ignored, so the
    // write fails with EFBIG instead of killing the test).
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit old {};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    rlimit full = old;
    full.rlim_cur = rlim_t(QFileInfo(journalPath).size());
    REQUIRE(setrlimit(RLIMIT_FSIZE, &full) == 0);
    QSignalSpy failed(dialog->runner(), &BulkResetRunner::journalFailed);
    const bool sawFailure = waitUntil([&] { return !failed.isEmpty(); }, 30000);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    REQUIRE(sawFailure);

    CHECK(dialog->runner()->isPaused());
    CHECK(dialog->runner()->isRunning());
    CHECK(child<QLabel>(dialog, u"labelPhase"_s)->text().startsWith(u"Paused: the record"_s));
    auto *problem = child<QLabel>(dialog, u"labelProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"Free some disk space"_s));
    CHECK(problem->text().contains(u"click Resume"_s));
    REQUIRE(dialog->problemBox());
    CHECK(dialog->problemBox()->windowTitle() == u"Run paused"_s);
    dialog->problemBox()->button(QMessageBox::Ok)->click();

    // Space again: Resume goes on and every user ends with the password the journal holds.
    app.demo.context().faults.clearRules();
    auto *pause = child<QPushButton>(dialog, u"buttonPause"_s);
    CHECK(pause->text() == u"Res&ume"_s);
    pause->click();
    CHECK_FALSE(problem->isVisible());
    app.waitUntilFinished(dialog);
    CHECK(dialog->runner()->progress().succeeded == 100);
    for (const BulkItemResult &result : dialog->runner()->results())
        CHECK(app.server(result.userId).password == result.password.reveal());
}

TEST_CASE("BulkResetFlow: the Reset menu opens the plan for each source and explains what is missing", "[ui][bulk]")
{
    BulkRunWindow app(60);
    app.page->selection()->clear();
    QAction *selected = app.action("actionResetSelected");
    CHECK(selected->isEnabled());
    CHECK(selected->shortcut() == QKeySequence(u"Ctrl+Shift+B"_s));
    selected->trigger();
    CHECK(app.flow->planDialog() == nullptr);
    QMessageBox *box = app.flow->messageBox();
    REQUIRE(box);
    CHECK(box->text().startsWith(u"Tick the users"_s));
    box->button(QMessageBox::Ok)->click();

    // While the list loads, "everyone" is not known yet: the admin is asked to wait.
    QSignalSpy loaded(app.page->loader(), &UserDirectoryLoader::finished);
    app.page->load();
    REQUIRE(app.page->loader()->isBusy());
    app.action("actionResetEveryone")->trigger();
    CHECK(app.flow->planDialog() == nullptr);
    REQUIRE(app.flow->messageBox());
    CHECK(app.flow->messageBox()->windowTitle() == u"User list still loading"_s);
    app.flow->messageBox()->button(QMessageBox::Ok)->click();
    REQUIRE(waitUntil([&] { return !loaded.isEmpty() && !app.page->loader()->isBusy(); }, 30000));

    // Everyone opens the plan with every loaded user.
    app.action("actionResetEveryone")->trigger();
    BulkPlanDialog *plan = app.flow->planDialog();
    REQUIRE(plan);
    CHECK(plan->source() == BulkPlanDialog::Source::Everyone);
    CHECK(plan->plan().rows.size() == app.page->model()->rowCount());
    plan->reject();
    REQUIRE(waitUntil([&] { return app.flow->planDialog() == nullptr; }, 5000));

    // The incident preset plans everyone too.
    app.action("actionRequireChange")->trigger();
    plan = app.flow->planDialog();
    REQUIRE(plan);
    CHECK(plan->source() == BulkPlanDialog::Source::Incident);
    plan->reject();
    REQUIRE(waitUntil([&] { return app.flow->planDialog() == nullptr; }, 5000));

    // A CSV file: the chosen file is read against the loaded users.
    const QList<SandboxUser *> users = app.plainServerUsers(3);
    const QString csvPath = app.folder.filePath(u"users.csv"_s);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("userPrincipalName\n");
    for (const SandboxUser *user : users)
        csv.write(user->userPrincipalName.toUtf8() + "\n");
    csv.close();
    app.flow->setCsvChooser([&] { return csvPath; });
    QAction *fromCsv = app.action("actionResetFromCsv");
    CHECK(fromCsv->shortcut() == QKeySequence(u"Ctrl+Shift+O"_s));
    fromCsv->trigger();
    plan = app.flow->planDialog();
    REQUIRE(plan);
    CHECK(plan->source() == BulkPlanDialog::Source::CsvFile);
    CHECK(plan->plan().includedCount() == 3);
    CHECK(plan->canRun());
    plan->reject();
}

TEST_CASE("MainWindow: quitting during a bulk run asks through the run window first", "[ui][bulk]")
{
    BulkRunWindow app(80);
    const QList<SandboxUser *> users = app.plainServerUsers(30);
    BulkRunDialog *dialog = app.runSlowly(users, 800);

    // Quit while requests are out: the run window asks, and "Keep open" keeps everything open.
    app.window.close();
    QMessageBox *question = dialog->question();
    REQUIRE(question);
    CHECK(question->windowTitle() == u"Stop the run and close?"_s);
    question->button(QMessageBox::No)->click();
    QTest::qWait(50);
    CHECK(app.window.isVisible());
    CHECK(dialog->isVisible());

    app.demo.context().faults.clearRules();
    app.waitUntilFinished(dialog);
    CHECK(dialog->runner()->progress().succeeded == 30);

    // Finished but not handed over: quitting asks again; agreeing closes the run window, then the app's.
    app.window.close();
    question = dialog->question();
    REQUIRE(question);
    CHECK(question->text().contains(u"were not printed, emailed or saved"_s));
    CHECK(app.window.isVisible());
    question->button(QMessageBox::Yes)->click();
    REQUIRE(waitUntil([&] { return !app.window.isVisible(); }, 10000));
}

TEST_CASE("BulkRunDialog: while Microsoft 365 asks to wait, the window says so and counts down", "[ui][bulk]")
{
    ManualClock clock;
    BulkRunWindow app(150, true, nullptr, {}, &clock);
    const QList<SandboxUser *> users = app.plainServerUsers(5);
    app.demo.context().faults.addRule(PasswordWriteFaults::throttledOnce(users.at(2)->id, 4));
    app.tick(users);
    BulkRunDialog *dialog = app.runTicked();
    auto *phase = child<QLabel>(dialog, u"labelPhase"_s);
    REQUIRE(waitUntil([&] { return phase->text().contains(u"asked ResetDesk to wait"_s); }, 10000));
    const QString first = phase->text();
    CHECK(first.contains(u"trying again in"_s));
    CHECK(child<QPushButton>(dialog, u"buttonCancelRun"_s)->isEnabled());
    // The count goes down by itself while nothing else happens.
    REQUIRE(waitUntil([&] { return phase->text() != first; }, clock, 3000));
    // Once the 4 s are over, the user goes out again.
    passTime(clock, 4000);
    app.waitUntilFinished(dialog);
    CHECK(dialog->runner()->progress().succeeded == 5);
    CHECK(app.server(users.at(2)->id).password == dialog->runner()->results().at(2).password.reveal());
}
