// SPDX-License-Identifier: MIT
// Bulk resets as an admin runs them: users ticked in the list, the Reset menu, the plan
// dialog, the run window clicked; the demo tenant over real HTTP; every shown password checked
// against the sandbox's server-side truth, the audit log and the journal on disk.
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

namespace {

/** Ticks the opt-in and presses Send, with an empty outbox to count what arrives. */
void optInAndSend(BulkRunWindow &app, EmailPasswordsDialog *email)
{
    child<QCheckBox>(email, u"checkOptIn"_s)->click();
    auto *send = child<QPushButton>(email, u"buttonSend"_s);
    REQUIRE(send->isEnabled());
    app.demo.context().tenant.outbox.clear();
    send->click();
}

QString shown(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

} // namespace

TEST_CASE("BulkRunDialog: thirty ticked users are reset and every shown password is the server's", "[ui][bulk]")
{
    BulkRunWindow app;
    const QList<SandboxUser *> users = app.plainServerUsers(30);
    QHash<QString, QString> before;
    for (const SandboxUser *user : users)
        before.insert(user->id, user->password);
    app.tick(users);

    BulkRunDialog *dialog = app.runTicked();
    QAbstractItemModelTester modelTester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(dialog->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(dialog->isModal());
    QSignalSpy changes(dialog->model(), &QAbstractItemModel::dataChanged);
    app.waitUntilFinished(dialog);
    // Each answer repaints its own row only: what keeps 20,000 rows smooth.
    CHECK_FALSE(changes.isEmpty());
    for (const QList<QVariant> &change : std::as_const(changes)) {
        const auto topLeft = change.at(0).toModelIndex();
        const auto bottomRight = change.at(1).toModelIndex();
        CHECK(topLeft.row() == bottomRight.row());
    }

    QTableView *table = dialog->table();
    const QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == 30);
    CHECK(child<QProgressBar>(dialog, u"progressBar"_s)->value() == 30);
    CHECK(child<QLabel>(dialog, u"labelPhase"_s)->text() == u"Finished. Every user was reset."_s);
    CHECK(child<QLabel>(dialog, u"labelCounts"_s)->text().startsWith(u"30 of 30 done: 30 reset, 0 not reset"_s));

    // Hidden until revealed: dots of one length, whatever the password.
    for (int row = 0; row < 30; ++row) {
        CHECK(shown(model, row, BulkResultModel::Password) == BulkResultModel::hiddenPassword());
        CHECK(shown(model, row, BulkResultModel::Password, Qt::AccessibleTextRole) == u"Hidden password"_s);
    }
    // Reveal one row: only that one shows.
    table->setCurrentIndex(model->index(3, BulkResultModel::DisplayName));
    auto *reveal = child<QPushButton>(dialog, u"buttonReveal"_s);
    REQUIRE(reveal->isEnabled());
    reveal->click();
    const QString thirdId = model->data(model->index(3, 0), BulkResultModel::UserIdRole).toString();
    CHECK(shown(model, 3, BulkResultModel::Password) == app.server(thirdId).password);
    CHECK(shown(model, 4, BulkResultModel::Password) == BulkResultModel::hiddenPassword());
    // Copy takes the current row's password to the clipboard.
    child<QPushButton>(dialog, u"buttonCopy"_s)->click();
    CHECK(QGuiApplication::clipboard()->text() == app.server(thirdId).password);
    app.single->clipboard()->clearNow();

    child<QPushButton>(dialog, u"buttonRevealAll"_s)->click();
    QSet<QString> seen;
    for (int row = 0; row < 30; ++row) {
        const QString id = model->data(model->index(row, 0), BulkResultModel::UserIdRole).toString();
        const SandboxUser &user = app.server(id);
        INFO(user.userPrincipalName.toStdString());
        CHECK(shown(model, row, BulkResultModel::Outcome) == u"Reset"_s);
        CHECK(shown(model, row, BulkResultModel::Reason).isEmpty());
        CHECK(shown(model, row, BulkResultModel::UserPrincipalName) == user.userPrincipalName);
        CHECK(shown(model, row, BulkResultModel::Password) == user.password);
        CHECK(user.password != before.value(id));
        CHECK(user.forceChangePasswordNextSignIn);
        // Exactly one new password per user: no user was set to two values.
        CHECK(user.passwordHistory.count(user.password) == 1);
        CHECK(user.passwordHistory.last() == user.password);
        seen.insert(id);
    }
    CHECK(seen.size() == 30);

    // One audit entry per user, none holding a password.
    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 30);
    QSet<QString> audited;
    for (const AuditEntry &entry : entries) {
        CHECK(entry.action == u"bulkReset"_s);
        CHECK(entry.outcome == u"succeeded"_s);
        CHECK(entry.options.value(u"generated"_s).toBool());
        CHECK(entry.options.value(u"forceChange"_s).toBool());
        audited.insert(entry.targetId);
    }
    CHECK(audited == seen);
    QFile log(app.single->auditLog().path());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray logBytes = log.readAll();
    for (const QString &id : seen)
        CHECK_FALSE(logBytes.contains(app.server(id).password.toUtf8()));

    // Not handed over yet: the journal stays until it is, and closing asks first.
    CHECK(app.flow->store()->storedRunCount() == 1);
    child<QPushButton>(dialog, u"buttonClose"_s)->click();
    QMessageBox *question = dialog->question();
    REQUIRE(question);
    CHECK(question->text().contains(u"were not printed, emailed or saved"_s));
    question->button(QMessageBox::No)->click();
    CHECK(dialog->isVisible());
}

TEST_CASE("BulkRunDialog: failed users get a plain reason and Retry failed sends the same password", "[ui][bulk]")
{
    BulkRunWindow app;
    const QList<SandboxUser *> users = app.plainServerUsers(25);
    // Three users are refused once, the way Graph refuses a role that may not reset them.
    QSet<QString> refused;
    for (int i : {2, 11, 20}) {
        SandboxFaultRule rule;
        rule.method = "PATCH";
        rule.userId = users.at(i)->id;
        rule.status = 403;
        rule.code = u"Authorization_RequestDenied"_s;
        rule.message = u"Insufficient privileges to complete the operation."_s;
        rule.remaining = 1;
        app.demo.context().faults.addRule(rule);
        refused.insert(users.at(i)->id);
    }
    QHash<QString, QString> before;
    for (const SandboxUser *user : users)
        before.insert(user->id, user->password);
    BulkRunDialog *dialog = app.runToEnd(users);

    CHECK(dialog->runner()->progress().failed == 3);
    CHECK(child<QLabel>(dialog, u"labelPhase"_s)->text().contains(u"Retry failed"_s));
    auto *failedOnly = child<QCheckBox>(dialog, u"checkFailedOnly"_s);
    failedOnly->click();
    const QAbstractItemModel *model = dialog->table()->model();
    REQUIRE(model->rowCount() == 3);
    // The demo admin is a Global Administrator: the advice is not to go and find one.
    const QString reason = ResetRefusalText::forUser(app.demo.session.admin(), nullptr);
    CHECK(reason.startsWith(u"Your admin role allows you to reset this user"_s));
    QHash<QString, QString> planned;
    for (int row = 0; row < 3; ++row) {
        const QString id = model->data(model->index(row, 0), BulkResultModel::UserIdRole).toString();
        CHECK(refused.contains(id));
        CHECK(shown(model, row, BulkResultModel::Outcome) == u"Failed"_s);
        CHECK(shown(model, row, BulkResultModel::Reason) == reason);
        // A password that was not set is neither shown nor hidden behind dots.
        CHECK(shown(model, row, BulkResultModel::Password).isEmpty());
        CHECK(app.server(id).password == before.value(id));
    }
    for (const BulkItemResult &result : dialog->runner()->results()) {
        if (refused.contains(result.userId))
            planned.insert(result.userId, result.password.reveal());
    }
    // The hand-over tells why on the failed users' lines.
    for (const HandoverItem &item : dialog->handoverItems()) {
        CHECK((item.outcome == HandoverItem::Outcome::Reset) != refused.contains(item.userId));
        if (refused.contains(item.userId)) {
            CHECK(item.password.isEmpty());
            CHECK(item.reason == reason);
        }
    }
    const int auditedBefore = int(app.audit().size());
    CHECK(auditedBefore == 25);

    auto *retry = child<QPushButton>(dialog, u"buttonRetry"_s);
    REQUIRE(retry->isEnabled());
    retry->click();
    app.waitUntilFinished(dialog);
    CHECK(dialog->runner()->progress().succeeded == 25);
    CHECK(model->rowCount() == 0); // nothing needs attention any more
    CHECK_FALSE(retry->isEnabled());
    for (const QString &id : refused) {
        const SandboxUser &user = app.server(id);
        CHECK(user.password == planned.value(id));
        CHECK(user.passwordHistory.count(user.password) == 1);
        CHECK(app.patches(id) == 2);
    }
    // The retried users' second ending is recorded too.
    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 28);
    int failed = 0;
    for (const AuditEntry &entry : entries) {
        if (entry.outcome == u"failed"_s) {
            ++failed;
            CHECK(refused.contains(entry.targetId));
            CHECK(entry.errorKind == u"InsufficientPrivileges"_s);
            CHECK(entry.errorCode == u"Authorization_RequestDenied"_s);
        }
    }
    CHECK(failed == 3);
}

TEST_CASE("BulkRunDialog: Pause holds back what was not sent and Resume finishes the run", "[ui][bulk]")
{
    BulkRunWindow app(220);
    // More users than four $batch requests in flight hold (4 × 20), and slow answers: the admin
    // pauses while the first requests are out.
    const QList<SandboxUser *> users = app.plainServerUsers(100);
    BulkRunDialog *dialog = app.runSlowly(users, 1500);
    auto *pause = child<QPushButton>(dialog, u"buttonPause"_s);
    REQUIRE(pause->isEnabled());
    CHECK(pause->text() == u"&Pause"_s);
    pause->click();
    CHECK(dialog->runner()->isPaused());
    CHECK(pause->text() == u"Res&ume"_s);
    CHECK(child<QLabel>(dialog, u"labelPhase"_s)->text().startsWith(u"Paused."_s));

    // The requests already out are answered; the rest waits.
    const auto inFlight = [dialog] {
        for (const BulkItemResult &result : dialog->runner()->results()) {
            if (result.state == BulkItemResult::State::Sending)
                return true;
        }
        return false;
    };
    REQUIRE(waitUntil([&] { return dialog->runner()->progress().done() > 0 && !inFlight(); }, 30000));
    QTest::qWait(200);
    const BulkResetRunner::Progress paused = dialog->runner()->progress();
    CHECK(dialog->runner()->isRunning());
    CHECK(paused.done() < 100);
    int untouched = 0;
    for (const BulkItemResult &result : dialog->runner()->results()) {
        if (result.state == BulkItemResult::State::Queued) {
            ++untouched;
            CHECK(app.patches(result.userId) == 0);
        }
    }
    CHECK(untouched == 100 - paused.done());

    app.demo.context().faults.clearRules();
    pause->click();
    CHECK_FALSE(dialog->runner()->isPaused());
    app.waitUntilFinished(dialog);
    CHECK(dialog->runner()->progress().succeeded == 100);
    for (const BulkItemResult &result : dialog->runner()->results())
        CHECK(app.server(result.userId).password == result.password.reveal());
}

TEST_CASE("BulkRunDialog: Cancel asks first then leaves the users not sent as they were", "[ui][bulk]")
{
    BulkRunWindow app(220);
    const QList<SandboxUser *> users = app.plainServerUsers(100);
    QHash<QString, QString> before;
    for (const SandboxUser *user : users)
        before.insert(user->id, user->password);
    BulkRunDialog *dialog = app.runSlowly(users, 1500);
    auto *cancel = child<QPushButton>(dialog, u"buttonCancelRun"_s);
    REQUIRE(cancel->isEnabled());
    cancel->click();
    QMessageBox *question = dialog->question();
    REQUIRE(question);
    CHECK(question->windowTitle() == u"Cancel the run?"_s);
    question->button(QMessageBox::Yes)->click();
    CHECK(dialog->runner()->isCancelling());
    app.waitUntilFinished(dialog);

    const BulkResetRunner::Progress progress = dialog->runner()->progress();
    CHECK(progress.succeeded > 0);
    CHECK(progress.succeeded < 100);
    int cancelled = 0;
    for (const BulkItemResult &result : dialog->runner()->results()) {
        const SandboxUser &user = app.server(result.userId);
        if (result.state == BulkItemResult::State::Succeeded) {
            CHECK(user.password == result.password.reveal());
        } else {
            REQUIRE(result.state == BulkItemResult::State::Cancelled);
            ++cancelled;
            CHECK(user.password == before.value(result.userId));
            CHECK(BulkResultText(dialog->runner(), {}, {}).reason(result).startsWith(u"Not sent, because the run was cancelled"_s));
        }
    }
    CHECK(cancelled == 100 - progress.succeeded);
    int cancelledEntries = 0;
    int stopLines = 0;
    for (const AuditEntry &entry : app.audit()) {
        cancelledEntries += entry.outcome == u"cancelled"_s ? 1 : 0;
        if (entry.action == u"runStopped"_s) {
            ++stopLines;
            CHECK(entry.options.value(u"reason"_s).toString() == u"cancelled"_s);
            CHECK(entry.options.value(u"notSent"_s).toInt() == cancelled);
        }
    }
    CHECK(cancelledEntries == cancelled);
    CHECK(stopLines == 1);
    CHECK(child<QPushButton>(dialog, u"buttonRetry"_s)->isEnabled());

    // A cancelled run reads as cancelled, not finished: what was reset, what was never sent.
    const QString headline = child<QLabel>(dialog, u"labelPhase"_s)->text();
    INFO(headline.toStdString());
    CHECK(headline.startsWith(u"Cancelled: %1 reset, %2 not sent."_s.arg(progress.succeeded).arg(cancelled)));
    CHECK_FALSE(headline.contains(u"Finished"_s));
    auto *bar = child<QProgressBar>(dialog, u"progressBar"_s);
    CHECK(bar->value() == progress.succeeded);
    CHECK(bar->value() < bar->maximum());
    CHECK(child<QLabel>(dialog, u"labelCounts"_s)->text().startsWith(u"%1 of 100 done"_s.arg(progress.succeeded)));
}

TEST_CASE("BulkRunDialog: saving the results as CSV hands them over and purges the journal", "[ui][bulk]")
{
    BulkRunWindow app;
    const QList<SandboxUser *> users = app.plainServerUsers(5);
    BulkRunDialog *dialog = app.runToEnd(users);
    const QString journalPath = dialog->runner()->journal()->path();
    REQUIRE(QFile::exists(journalPath));
    auto *print = child<QPushButton>(dialog, u"buttonPrint"_s);
    CHECK(print->isEnabled());
    // Every control has a name for assistive technology and is reached with Tab.
    const auto buttons = dialog->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (dialog->table()->isAncestorOf(button))
            continue; // the table's corner button: Ctrl+A does what it does
        INFO(button->objectName().toStdString());
        CHECK_FALSE(button->accessibleName().isEmpty());
        CHECK((button->focusPolicy() & Qt::TabFocus));
    }
    // Its labels are heard as what they show, and say what they are about even while empty.
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        INFO(label->objectName().toStdString());
        CHECK_FALSE(label->accessibleDescription().isEmpty());
    }
    const QStringList hiding = labelsHidingTheirText(dialog);
    INFO(hiding.join(u'\n').toStdString());
    CHECK(hiding.isEmpty());
    CHECK((dialog->table()->focusPolicy() & Qt::TabFocus));
    CHECK(child<QPushButton>(dialog, u"buttonEmail"_s)->isEnabled());

    const QString csvPath = app.folder.filePath(u"results.csv"_s);
    QString suggested;
    dialog->setFileChooser([&](const QString &path) {
        suggested = path;
        return csvPath;
    });
    child<QPushButton>(dialog, u"buttonSaveCsv"_s)->click();
    CHECK(suggested.endsWith(u"bulk-reset-results.csv"_s));
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    for (const SandboxUser *user : users) {
        CHECK(bytes.contains(user->userPrincipalName.toUtf8()));
        CHECK(bytes.contains(user->password.toUtf8()));
    }
    CHECK(QFile(csvPath).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    auto *handover = child<QLabel>(dialog, u"labelHandover"_s);
    REQUIRE(waitUntil([dialog] { return dialog->isJournalPurged(); }, 10000));
    CHECK_FALSE(QFile::exists(journalPath));
    CHECK(app.flow->store()->storedRunCount() == 0);
    CHECK(handover->isVisible());
    CHECK(handover->text().contains(u"deleted its saved record"_s));
    CHECK_FALSE(child<QPushButton>(dialog, u"buttonRetry"_s)->isEnabled());

    // The open window follows a language switch: labels, headers and outcomes.
    app.languages.apply(u"sv"_s);
    CHECK(waitUntil(
        [&] { return child<QLabel>(dialog, u"labelPhase"_s)->text() == u"Klart. Alla användare återställdes."_s; }, 5000));
    const QAbstractItemModel *model = dialog->table()->model();
    CHECK(model->headerData(BulkResultModel::Password, Qt::Horizontal).toString() == u"Tillfälligt lösenord"_s);
    CHECK(shown(model, 0, BulkResultModel::Outcome) == u"Återställt"_s);
    CHECK(child<QPushButton>(dialog, u"buttonSaveCsv"_s)->text() == u"Spara resultatet som &CSV…"_s);
    app.languages.apply(u"en"_s);

    // Handed over: closing asks nothing.
    QSignalSpy closed(dialog, &QDialog::finished);
    child<QPushButton>(dialog, u"buttonClose"_s)->click();
    CHECK(closed.size() == 1);
    CHECK(waitUntil([&app] { return app.flow->runDialog() == nullptr && app.flow->runner() == nullptr; }, 5000));
}

TEST_CASE("BulkRunDialog: emailing the passwords hands them over and purges the journal", "[ui][bulk]")
{
    BulkRunWindow app;
    const QList<SandboxUser *> users = app.plainServerUsers(4);
    BulkRunDialog *dialog = app.runToEnd(users);
    const QString journalPath = dialog->runner()->journal()->path();
    EmailPasswordsDialog *email = app.openEmail(dialog);
    QTest::keyClicks(child<QLineEdit>(email, u"editRecipients"_s), u"it-lead@example.org"_s);
    optInAndSend(app, email);
    // Mail.Send is asked for on first use; once the list is sent, the journal goes.
    REQUIRE(waitUntil([&] { return dialog->isJournalPurged(); }, 30000));
    REQUIRE(app.demo.context().tenant.outbox.size() == 1);
    const QByteArray json = QJsonDocument(app.demo.context().tenant.outbox.front().message).toJson();
    for (const SandboxUser *user : users)
        CHECK(QString::fromUtf8(json).contains(user->password.toHtmlEscaped()));
    CHECK_FALSE(QFile::exists(journalPath));
    CHECK(dialog->isHandedOver());
    email->close();
}

TEST_CASE("BulkRunDialog: emailing each user goes to their alternate address in their language", "[ui][bulk]")
{
    // The list loads after the server's users are given alternate addresses and languages.
    BulkRunWindow app(150, false);
    const QList<SandboxUser *> users = app.plainServerUsers(2);
    users.at(0)->otherMails = {u"anna.home@example.org"_s};
    users.at(0)->preferredLanguage = u"sv-SE"_s;
    users.at(1)->otherMails = {u"bo.home@example.net"_s};
    users.at(1)->preferredLanguage = u"en-US"_s;
    app.signIn();
    BulkRunDialog *dialog = app.runToEnd(users);
    EmailPasswordsDialog *email = app.openEmail(dialog);
    child<QRadioButton>(email, u"radioEachUser"_s)->click();
    optInAndSend(app, email);
    REQUIRE(waitUntil([&] { return dialog->isHandedOver(); }, 30000));
    REQUIRE(app.demo.context().tenant.outbox.size() == 2);
    QHash<QString, QString> htmlByRecipient;
    for (const SandboxMail &mail : app.demo.context().tenant.outbox) {
        const QJsonArray to = mail.message.value(u"toRecipients"_s).toArray();
        REQUIRE(to.size() == 1);
        htmlByRecipient.insert(to.first().toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString(),
            mail.message.value(u"body"_s).toObject().value(u"content"_s).toString());
    }
    REQUIRE(htmlByRecipient.contains(u"anna.home@example.org"_s));
    REQUIRE(htmlByRecipient.contains(u"bo.home@example.net"_s));
    CHECK(htmlByRecipient.value(u"anna.home@example.org"_s).contains(u"lang=\"sv\""_s));
    CHECK(htmlByRecipient.value(u"anna.home@example.org"_s).contains(users.at(0)->password.toHtmlEscaped()));
    CHECK(htmlByRecipient.value(u"bo.home@example.net"_s).contains(u"lang=\"en\""_s));
    CHECK(htmlByRecipient.value(u"bo.home@example.net"_s).contains(users.at(1)->password.toHtmlEscaped()));
    email->close();

    // Emailing the same run again sends nobody their password a second time.
    email = app.openEmail(dialog);
    child<QRadioButton>(email, u"radioEachUser"_s)->click();
    CHECK(child<QLabel>(email, u"labelStatus"_s)->text()
        == u"2 of these messages were sent earlier and will not be sent again."_s);
    optInAndSend(app, email);
    REQUIRE(waitUntil([&] { return email->run() && email->run()->state() == MailDeliveryRun::State::Finished; }, 10000));
    CHECK(app.demo.context().tenant.outbox.empty());
    email->close();
}
