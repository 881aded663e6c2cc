// SPDX-License-Identifier: MIT
// The promise of a bulk run, checked against the server's own truth over real HTTP: every
// password the server holds or may hold reaches every hand-over channel exactly (screen, results
// CSV, slips PDF, email), the journal stays until it did, and a run that cannot succeed stops and
// says so once.
#include "BulkRunWindow.h"
#include "PasswordWriteFaults.h"

#include "CsvRows.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "FastRetryPolicy.h"
#include "ui/handover/PrintSlipsDialog.h"
#include "ui/handover/HandoverDialogs.h"
#include "graph/GraphClient.h"
#include "bulk/ResetJournal.h"
#include "WaitUntil.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRadioButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;
using State = BulkItemResult::State;

namespace {

/** Every $batch answer is lost after the server carried it out, until the rule is cleared. */
void loseEveryBatchAnswer(BulkRunWindow &app)
{
    SandboxFaultRule rule;
    rule.action = SandboxFaultRule::Action::ResetConnectionAfterHandling;
    rule.method = "POST";
    rule.path = QRegularExpression(u"^/\\$batch$"_s);
    rule.remaining = -1;
    app.demo.context().faults.addRule(rule);
}

/** Clicks Print slips, saves the slips as a PDF and returns its text as pdftotext reads it. */
QString savedSlipsText(BulkRunWindow &app, BulkRunDialog *dialog)
{
    auto *print = child<QPushButton>(dialog, u"buttonPrint"_s);
    REQUIRE(print->isEnabled());
    print->click();
    PrintSlipsDialog *slips = app.single->handoverDialogs()->printDialog();
    REQUIRE(slips);
    const QString pdf = app.folder.filePath(u"slips.pdf"_s);
    REQUIRE(slips->savePdf(pdf));
    slips->close();
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

/** Emails every user at their alternate address; returns the HTML sent to each address. */
QHash<QString, QString> emailEachUser(BulkRunWindow &app, BulkRunDialog *dialog, int expected)
{
    EmailPasswordsDialog *email = app.openEmail(dialog);
    // Exchange Online's 30 a minute, a hundred times faster.
    email->handover()->setPacer(MailPacer::exchangeOnline(0.01));
    child<QRadioButton>(email, u"radioEachUser"_s)->click();
    child<QCheckBox>(email, u"checkOptIn"_s)->click();
    auto *send = child<QPushButton>(email, u"buttonSend"_s);
    REQUIRE(send->isEnabled());
    app.demo.context().tenant.outbox.clear();
    send->click();
    REQUIRE(waitUntil([&] { return int(app.demo.context().tenant.outbox.size()) == expected; }, 60000));
    QHash<QString, QString> htmlByAddress;
    for (const SandboxMail &mail : app.demo.context().tenant.outbox) {
        const QJsonArray to = mail.message.value(u"toRecipients"_s).toArray();
        REQUIRE(to.size() == 1);
        htmlByAddress.insert(to.first()[u"emailAddress"_s][u"address"_s].toString(),
                             mail.message[u"body"_s][u"content"_s].toString());
    }
    email->close();
    return htmlByAddress;
}

/** The password the run window's table shows for @p row once revealed. */
QString revealed(BulkRunDialog *dialog, int row)
{
    return dialog->model()->data(dialog->model()->index(row, BulkResultModel::Password)).toString();
}

} // namespace

TEST_CASE("BulkRunDialog: users whose answer was lost keep their password in the CSV and the journal",
          "[ui][bulk][handover]")
{
    BulkRunWindow app;
    app.demo.session.graph()->setRetryPolicy(fastRetryPolicy());
    const QList<SandboxUser *> users = app.plainServerUsers(5);
    loseEveryBatchAnswer(app);
    BulkRunDialog *dialog = app.runToEnd(users);
    const QString journalPath = dialog->runner()->journal()->path();

    // The server took every password; no answer said so.
    for (const BulkItemResult &result : dialog->runner()->results()) {
        CHECK(result.state == State::Uncertain);
        CHECK(result.password.equals(app.server(result.userId).password));
    }
    CHECK(child<QLabel>(dialog, u"labelPhase"_s)->text().contains(u"may be set but are not confirmed"_s));
    CHECK(child<QLabel>(dialog, u"labelCounts"_s)->text() == u"5 of 5 done: 0 reset, 5 not reset."_s);
    auto *retry = child<QPushButton>(dialog, u"buttonRetry"_s);
    CHECK(retry->isEnabled());

    const QList<QStringList> rows = app.saveCsv(dialog, u"lost-answers.csv"_s);
    REQUIRE(rows.size() == 6);
    const QHash<QString, QString> passwords = BulkRunWindow::passwordsByUpn(rows);
    for (qsizetype i = 1; i < rows.size(); ++i)
        CHECK(rows.at(i).at(2) == u"May be set, not confirmed"_s);
    for (const SandboxUser *user : users)
        CHECK(passwords.value(user->userPrincipalName) == user->password);
    CHECK(child<QLabel>(dialog, u"labelStatus"_s)->text().contains(u"including 5 users whose passwords may be set"_s));

    // Handed over, but not confirmed: the journal stays so that Retry can confirm them.
    QTest::qWait(300);
    CHECK(QFile::exists(journalPath));
    CHECK_FALSE(dialog->isJournalPurged());
    CHECK(retry->isEnabled());
    CHECK(child<QLabel>(dialog, u"labelHandover"_s)->text().contains(u"Retry failed"_s));

    // The connection is back: Retry sends the same passwords, confirms them, and the journal goes.
    QHash<QString, QString> handedOver;
    for (const SandboxUser *user : users)
        handedOver.insert(user->id, user->password);
    app.demo.context().faults.clearRules();
    retry->click();
    app.waitUntilFinished(dialog);
    for (const BulkItemResult &result : dialog->runner()->results()) {
        CHECK(result.state == State::Succeeded);
        CHECK(app.server(result.userId).password == handedOver.value(result.userId));
    }
    REQUIRE(waitUntil([&] { return dialog->isJournalPurged(); }, 10000));
    CHECK_FALSE(QFile::exists(journalPath));
    int purgeLines = 0;
    for (const AuditEntry &entry : app.audit()) {
        if (entry.action == u"journalPurged"_s) {
            ++purgeLines;
            CHECK(entry.options.value(u"reason"_s).toString() == u"handedOver"_s);
            CHECK(entry.options.value(u"users"_s).toInt() == 5);
        }
    }
    CHECK(purgeLines == 1);
}

TEST_CASE("BulkRunDialog: emailing the users who have an address keeps the others' passwords in the journal",
          "[ui][bulk][handover]")
{
    BulkRunWindow app(150, false);
    const QList<SandboxUser *> users = app.plainServerUsers(3);
    users.at(0)->otherMails = {u"first.home@example.org"_s};
    users.at(1)->otherMails = {u"second.home@example.org"_s};
    users.at(2)->otherMails.clear();
    app.signIn();
    BulkRunDialog *dialog = app.runToEnd(users);
    const QString journalPath = dialog->runner()->journal()->path();

    emailEachUser(app, dialog, 2);
    QTest::qWait(300);
    CHECK(QFile::exists(journalPath));
    CHECK_FALSE(dialog->isJournalPurged());
    const QString handover = child<QLabel>(dialog, u"labelHandover"_s)->text();
    INFO(handover.toStdString());
    CHECK(handover.contains(u"were not handed over yet"_s));
    CHECK(handover.contains(users.at(2)->userPrincipalName));
    CHECK_FALSE(handover.contains(users.at(0)->userPrincipalName));

    // Slips for everyone finish the hand-over.
    CHECK(savedSlipsText(app, dialog).contains(users.at(2)->password));
    REQUIRE(waitUntil([&] { return dialog->isJournalPurged(); }, 10000));
}

TEST_CASE("BulkRunDialog: every channel carries exactly the password the server holds, under faults",
          "[ui][bulk][handover]")
{
    BulkRunWindow app(150, false);
    // Fewer than the 30 messages a minute Exchange Online lets one mailbox send.
    const QList<SandboxUser *> users = app.plainServerUsers(25);
    QHash<QString, QString> before;
    QHash<QString, QString> addressOf;
    for (int i = 0; i < users.size(); ++i) {
        users.at(i)->otherMails = {u"user%1.home@example.org"_s.arg(i)};
        addressOf.insert(users.at(i)->id, users.at(i)->otherMails.first());
        before.insert(users.at(i)->id, users.at(i)->password);
    }
    app.signIn();
    app.demo.session.graph()->setRetryPolicy(fastRetryPolicy());

    // Per-item 429 and 503, connections dropped before and after the change is applied, and the
    // access token expiring once mid-run.
    SandboxFaultRates rates;
    rates.throttled429 = 0.1;
    rates.unavailable503 = 0.05;
    rates.connectionReset = 0.15;
    rates.resetAfterProcessing = 0.5;
    app.demo.context().faults.setRates(rates);
    SandboxFaultRule expire;
    expire.action = SandboxFaultRule::Action::ExpireToken;
    expire.after = 3;
    expire.remaining = 1;
    app.demo.context().faults.addRule(expire);
    BulkRunDialog *dialog = app.runToEnd(users);
    app.demo.context().faults.setRates({});
    app.demo.context().faults.clearRules();
    CHECK(app.demo.context().faults.total() > 0);
    const QString journalPath = dialog->runner()->journal()->path();

    // On screen: each password the server may hold, exactly; the others unchanged on the server.
    dialog->model()->setAllRevealed(true);
    QHash<QString, QString> held;
    const QList<BulkItemResult> &results = dialog->runner()->results();
    for (int row = 0; row < results.size(); ++row) {
        const BulkItemResult &result = results.at(row);
        const SandboxUser &user = app.server(result.userId);
        INFO(user.userPrincipalName.toStdString() << " state " << int(result.state));
        if (BulkHandover::carriesPassword(result)) {
            CHECK(revealed(dialog, row) == user.password);
            held.insert(result.userId, user.password);
        } else {
            CHECK(user.password == before.value(result.userId));
            CHECK(revealed(dialog, row).isEmpty());
        }
    }
    REQUIRE(held.size() > 15);

    // The results CSV: every held password, byte for byte; none for the others.
    const QHash<QString, QString> csv = BulkRunWindow::passwordsByUpn(app.saveCsv(dialog, u"faults.csv"_s));
    for (const BulkItemResult &result : results)
        CHECK(csv.value(result.userPrincipalName) == held.value(result.userId));
    // The CSV completes the hand-over; while a password is still unconfirmed the journal stays.
    QTest::qWait(200);
    if (dialog->runner()->progress().unconfirmed > 0)
        CHECK(QFile::exists(journalPath));
    else
        CHECK(waitUntil([&] { return dialog->isJournalPurged(); }, 10000));

    // The slips PDF and the emails: the same passwords.
    const QString slips = savedSlipsText(app, dialog);
    for (const QString &password : std::as_const(held))
        CHECK(slips.contains(password));
    const QHash<QString, QString> mails = emailEachUser(app, dialog, int(held.size()));
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        CHECK(mails.value(addressOf.value(it.key())).contains(it.value().toHtmlEscaped()));
    for (const SandboxUser *user : users)
        CHECK(user->password == (held.contains(user->id) ? held.value(user->id) : before.value(user->id)));
}

TEST_CASE("BulkRunDialog: a run refused for lack of permission stops and says once what to do",
          "[ui][bulk][handover]")
{
    BulkRunWindow app(220);
    const QList<SandboxUser *> users = app.plainServerUsers(100);
    QHash<QString, QString> before;
    for (const SandboxUser *user : users)
        before.insert(user->id, user->password);
    // The permission to reset was withdrawn: Graph refuses every password write.
    app.demo.context().faults.addRule(PasswordWriteFaults::allRefused());
    BulkRunDialog *dialog = app.runToEnd(users);

    const BulkResetRunner::Progress progress = dialog->runner()->progress();
    CHECK(dialog->runner()->ending() == BulkResetRunner::Ending::Stopped);
    CHECK(progress.succeeded == 0);
    CHECK(progress.notSent > 0);
    int sent = 0;
    for (const SandboxUser *user : users) {
        sent += app.patches(user->id);
        CHECK(user->password == before.value(user->id));
    }
    CHECK(sent < 100);
    CHECK(progress.failed + progress.notSent == 100);

    const QString headline = child<QLabel>(dialog, u"labelPhase"_s)->text();
    INFO(headline.toStdString());
    CHECK(headline.startsWith(u"Stopped: 0 reset, %1 not reset, %2 not sent."_s.arg(progress.failed)
                                  .arg(progress.notSent)));
    auto *problem = child<QLabel>(dialog, u"labelProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"stopped sending"_s));
    CHECK(problem->text().contains(u"accept the permission"_s));
    CHECK(child<QPushButton>(dialog, u"buttonRetry"_s)->isEnabled());

    // Per user: the signed-in Global Administrator is not told to ask a Global Administrator.
    const QAbstractItemModel *model = dialog->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString reason = model->data(model->index(row, BulkResultModel::Reason)).toString();
        CHECK_FALSE(reason.contains(u"Ask a Global Administrator"_s));
        CHECK_FALSE(reason.isEmpty());
    }
    int stopLines = 0;
    for (const AuditEntry &entry : app.audit()) {
        if (entry.action == u"runStopped"_s) {
            ++stopLines;
            CHECK(entry.options.value(u"reason"_s).toString() == u"permissionMissing"_s);
            CHECK(entry.options.value(u"notSent"_s).toInt() == progress.notSent);
        }
    }
    CHECK(stopLines == 1);
}
