// SPDX-License-Identifier: MIT
// Reset › Issue Temporary Access Pass… clicked through against the demo tenant: the pre-flight,
// the policy's bounds in the controls, confirming a replacement, the run, and the hand-over.
#include "AccessibleText.h"
#include "TapWindow.h"
#include "Mnemonics.h"

#include "ui/handover/PrintSlipsDialog.h"
#include "ui/tap/IssueTapDialog.h"
#include "ui/tap/TapRunOffers.h"
#include "tap/TapIssueRunner.h"
#include "tap/TapRun.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace {

IssueTapDialog *openDialog(BulkRunWindow &app)
{
    IssueTapDialog *dialog = openTapDialog(app);
    // The policy and the existing passes are read before anything can be chosen.
    REQUIRE(waitUntil([&] { return child<QSpinBox>(dialog, u"spinLifetime"_s)->isEnabled(); }, 15000));
    return dialog;
}

QString pdfText(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

/**
 * Clicks Hand over…, saves the slips as a PDF and checks that it carries every one of @p passes;
 * every pass then went out on paper, so the run's journal is gone.
 */
void handOverOnSlips(BulkRunWindow &app, IssueTapDialog *dialog, const QStringList &passes)
{
    QSignalSpy purged(dialog->run(), &TapRun::journalPurged);
    child<QPushButton>(dialog, u"buttonHandOver"_s)->click();
    PrintSlipsDialog *slips = dialog->slipDialog();
    REQUIRE(slips);
    const QString pdf = app.folder.filePath(u"passes.pdf"_s);
    REQUIRE(slips->savePdf(pdf));
    const QString text = pdfText(pdf);
    for (const QString &pass : passes)
        CHECK(text.contains(pass));
    slips->close();
    REQUIRE(waitUntil([&] { return purged.count() == 1; }, 5000));
}

/**
 * Issues passes for @p users (ticked) in a new TAP window, which then goes without a hand-over,
 * as in a crash: the journal keeps the passes. Returns them as the server holds them.
 */
QStringList issueAndCloseWithoutHandover(BulkRunWindow &app, const QList<SandboxUser *> &users)
{
    IssueTapDialog *dialog = openDialog(app);
    child<QPushButton>(dialog, u"buttonIssue"_s)->click();
    REQUIRE(waitUntil([&] { return child<QPushButton>(dialog, u"buttonHandOver"_s)->isEnabled(); }, 30000));
    QStringList passes;
    for (const SandboxUser *user : users)
        passes.append(app.demo.context().authMethods.tapOf(user->id)->value);
    dialog->done(QDialog::Rejected);
    return passes;
}

} // namespace

TEST_CASE("IssueTapDialog: issues passes for the ticked users within the policy and hands them over on slips",
          "[ui][tap]")
{
    BulkRunWindow app(80);
    AuthMethodStore &server = app.demo.context().authMethods;
    server.tapPolicy.maximumLifetimeInMinutes = 240;
    QList<SandboxUser *> users = app.plainServerUsers(3);
    SandboxUser *guest = app.demo.context().tenant.userByIdOrUpn(
        TenantGenerator::archetypeUpn(TenantGenerator::Archetype::Guest));
    // One of them holds a pass already: the new one replaces it, once the admin agrees.
    server.setTap(users.at(0)->id, {u"old"_s, u"oldvalue"_s, QDateTime::currentDateTimeUtc(),
                                    QDateTime::currentDateTimeUtc(), 60, false});
    app.tick(users + QList<SandboxUser *>{guest});

    IssueTapDialog *dialog = openDialog(app);
    const QString summary = child<QLabel>(dialog, u"labelSummary"_s)->text();
    CHECK(summary.contains(u"3 users will get a Temporary Access Pass."_s));
    CHECK(summary.contains(u"1 of them already has one"_s));
    CHECK(child<QPlainTextEdit>(dialog, u"textSkipped"_s)->toPlainText().contains(
        u"external guests cannot get a Temporary Access Pass"_s));
    CHECK(mnemonicClashes(dialog).isEmpty());

    auto *lifetime = child<QSpinBox>(dialog, u"spinLifetime"_s);
    CHECK(lifetime->minimum() == 60);
    CHECK(lifetime->maximum() == 240);
    CHECK(lifetime->value() == 60);
    auto *once = child<QCheckBox>(dialog, u"checkUsableOnce"_s);
    CHECK(once->isEnabled());
    auto *issue = child<QPushButton>(dialog, u"buttonIssue"_s);
    auto *confirm = child<QCheckBox>(dialog, u"checkConfirmReplace"_s);
    CHECK(confirm->isVisible());
    CHECK_FALSE(issue->isEnabled());
    for (QWidget *control : std::initializer_list<QWidget *>{lifetime, once, confirm, issue,
                                                              child<QDateTimeEdit>(dialog, u"editStartTime"_s)})
        CHECK_FALSE(control->accessibleName().isEmpty());

    // From the keyboard: the lifetime typed, one-time ticked, the replacement confirmed.
    lifetime->setFocus();
    lifetime->selectAll();
    QTest::keyClicks(lifetime, u"120"_s);
    QTest::keyClick(once, Qt::Key_Space);
    confirm->click();
    REQUIRE(issue->isEnabled());
    issue->click();
    auto *handOver = child<QPushButton>(dialog, u"buttonHandOver"_s);
    REQUIRE(waitUntil([&] { return handOver->isEnabled(); }, 30000));
    CHECK(child<QLabel>(dialog, u"labelStatus"_s)->text().startsWith(u"3 passes issued."_s));

    QStringList passes;
    for (const SandboxUser *user : std::as_const(users)) {
        const SandboxTemporaryAccessPass *pass = server.tapOf(user->id);
        REQUIRE(pass);
        CHECK(pass->value != u"oldvalue"_s);
        CHECK(pass->lifetimeInMinutes == 120);
        CHECK(pass->isUsableOnce);
        passes.append(pass->value);
    }
    CHECK(server.tapOf(guest->id) == nullptr);
    // The replacement the admin confirmed is in the audit log, naming the earlier pass by its id.
    QList<AuditEntry> replaced;
    for (const AuditEntry &entry : AuditLog(app.folder.filePath(u"audit.jsonl"_s)).entries()) {
        if (entry.action == u"tapReplaced"_s)
            replaced.append(entry);
    }
    REQUIRE(replaced.size() == 1);
    CHECK(replaced.at(0).targetId == users.at(0)->id);
    CHECK(replaced.at(0).options.value(u"replacedPassId"_s) == u"old"_s);

    handOverOnSlips(app, dialog, passes);
    dialog->reject();
}

TEST_CASE("IssueTapDialog: speaks Swedish", "[ui][tap]")
{
    BulkRunWindow app(60);
    app.languages.apply(u"sv"_s);
    app.tick(app.plainServerUsers(1));
    IssueTapDialog *dialog = openDialog(app);
    CHECK(dialog->windowTitle() == u"Utfärda tillfälligt åtkomstpass"_s);
    CHECK(child<QLabel>(dialog, u"labelSummary"_s)->text().startsWith(u"1 användare får ett tillfälligt åtkomstpass."_s));
    CHECK(child<QPushButton>(dialog, u"buttonIssue"_s)->text() == u"&Utfärda pass"_s);
    CHECK(mnemonicClashes(dialog).isEmpty());
    dialog->reject();
}

TEST_CASE("IssueTapDialog: a run closed before its hand-over is resumed from its journal with the same passes",
          "[ui][tap]")
{
    BulkRunWindow app(60);
    const QList<SandboxUser *> users = app.plainServerUsers(2);
    app.tick(users);
    const QStringList passes = issueAndCloseWithoutHandover(app, users);
    QTest::qWait(50);

    IssueTapDialog *second = openDialog(app);
    auto *resume = child<QPushButton>(second, u"buttonResume"_s);
    REQUIRE(waitUntil([&] { return resume->isVisible() && resume->isEnabled(); }, 10000));
    resume->click();
    auto *handOver = child<QPushButton>(second, u"buttonHandOver"_s);
    REQUIRE(waitUntil([&] { return handOver->isEnabled(); }, 30000));
    handOverOnSlips(app, second, passes);
    // Nothing was issued twice: the passes on the server are the ones handed over.
    for (const SandboxUser *user : users)
        CHECK(app.demo.context().authMethods.tapHistory(user->id).size() == 1);
    second->reject();
}

TEST_CASE("TapRunOffers: a run closed before its hand-over is offered at sign-in, kept by Later, resumed by Resume",
          "[ui][tap]")
{
    BulkRunWindow app(60);
    const QList<SandboxUser *> users = app.plainServerUsers(2);
    app.tick(users);
    const QStringList passes = issueAndCloseWithoutHandover(app, users);

    TapRunOffers *offers = app.window.tapRunOffers();
    REQUIRE(offers);
    const auto signInAgainAndWaitForOffer = [&] {
        signInAgain(app);
        REQUIRE(waitUntil(
            [&] {
                return offers->messageBox() && offers->messageBox()->isVisible()
                       && offers->messageBox()->windowTitle() == u"Unfinished Temporary Access Pass run"_s;
            },
            15000));
        return offers->messageBox();
    };
    QMessageBox *offer = signInAgainAndWaitForOffer();
    CHECK(offer->informativeText().startsWith(u"2 issued, 0 not finished."_s));
    BulkRunWindow::button(offer, u"&Later"_s)->click();
    REQUIRE(waitUntil([&] { return !offers->messageBox(); }, 5000));
    CHECK(offers->dialog() == nullptr);

    offer = signInAgainAndWaitForOffer();
    BulkRunWindow::button(offer, u"&Resume"_s)->click();
    REQUIRE(waitUntil([&] { return offers->dialog() != nullptr; }, 5000));
    IssueTapDialog *second = offers->dialog();
    auto *handOver = child<QPushButton>(second, u"buttonHandOver"_s);
    REQUIRE(waitUntil([&] { return handOver->isEnabled(); }, 30000));
    CHECK(child<QLabel>(second, u"labelSummary"_s)->text() == u"A saved run for 2 users, picked up again."_s);
    handOverOnSlips(app, second, passes);
    for (const SandboxUser *user : users)
        CHECK(app.demo.context().authMethods.tapHistory(user->id).size() == 1);
    second->reject();
}

TEST_CASE("TapRunOffers: Delete removes a saved run and records it in the audit log", "[ui][tap]")
{
    BulkRunWindow app(60);
    const QList<SandboxUser *> users = app.plainServerUsers(1);
    app.tick(users);
    issueAndCloseWithoutHandover(app, users);
    const QString journalDirectory = IssueTapDialog::defaultJournalDirectory(&app.demo.session);
    BulkRunStore store(app.demo.auth.tokenStore(), journalDirectory);
    REQUIRE(store.storedRunCount() == 1);

    signInAgain(app);
    TapRunOffers *offers = app.window.tapRunOffers();
    REQUIRE(waitUntil([&] { return offers->messageBox() && offers->messageBox()->isVisible(); }, 15000));
    BulkRunWindow::button(offers->messageBox(), u"&Delete"_s)->click();
    REQUIRE(waitUntil([&] { return store.storedRunCount() == 0; }, 10000));
    // The line follows once the keychain has let go of the run's key as well.
    const auto auditText = [&] {
        QFile audit(app.folder.filePath(u"audit.jsonl"_s));
        return audit.open(QIODevice::ReadOnly) ? audit.readAll() : QByteArray();
    };
    CHECK(waitUntil([&] { return auditText().contains("\"adminDeleted\""); }, 10000));
}

TEST_CASE("TapRunOffers: the run of a TAP window still open is not offered at a new sign-in", "[ui][tap]")
{
    BulkRunWindow app(60);
    const QList<SandboxUser *> users = app.plainServerUsers(1);
    app.tick(users);
    IssueTapDialog *dialog = openDialog(app);
    child<QPushButton>(dialog, u"buttonIssue"_s)->click();
    REQUIRE(waitUntil([&] { return child<QPushButton>(dialog, u"buttonHandOver"_s)->isEnabled(); }, 30000));
    QPointer<IssueTapDialog> open = dialog;

    signInAgain(app);
    // The offers are looked for at sign-in; give them time to show, had they been found.
    QTest::qWait(500);
    TapRunOffers *offers = app.window.tapRunOffers();
    CHECK(offers->messageBox() == nullptr);
    if (open) {
        open->run()->recordHandover(HandoverLedger::Channel::Slips, {users.at(0)->id});
        open->reject();
    }
}
