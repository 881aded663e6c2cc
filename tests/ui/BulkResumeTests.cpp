// SPDX-License-Identifier: MIT
// Bulk runs that outlive their window or their process: journals left by an interrupted
// run or a run never handed over are offered at sign-in (Resume, Later, Delete), resumed with the
// passwords they hold, and purged on request. The demo tenant over real HTTP.
#include "BulkRunWindow.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/handover/HandoverDialogs.h"

#include "bulk/BulkRunStore.h"
#include "bulk/ResetJournal.h"
#include "WaitUntil.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {

/** A journal as a run leaves it when the process dies: made with the app's own store, key in the keychain. */
std::shared_ptr<ResetJournal> createJournal(BulkRunWindow &app)
{
    BulkRunStore store(app.demo.auth.tokenStore(), app.journalDirectory());
    std::shared_ptr<ResetJournal> journal;
    QObject::connect(&store, &BulkRunStore::runCreated, &store,
                     [&journal](const std::shared_ptr<ResetJournal> &created) { journal = created; });
    store.createRun();
    REQUIRE(waitUntil([&] { return journal != nullptr; }, 5000));
    REQUIRE(journal->setRunSettings(BulkResetSettings().toJson()));
    return journal;
}

QList<ResetJournal::PlannedReset> planFor(const QList<SandboxUser *> &users)
{
    QList<ResetJournal::PlannedReset> planned;
    for (int i = 0; i < users.size(); ++i) {
        const SandboxUser *user = users.at(i);
        planned.append({user->id, user->userPrincipalName, SecretString(u"Tulpan-Fjord-%1x!"_s.arg(47 + i)),
                        user->displayName});
    }
    return planned;
}

} // namespace

TEST_CASE("BulkResetFlow: an interrupted run is offered at sign-in and resumes with its passwords", "[ui][bulk]")
{
    BulkRunWindow app(150, false);
    const QList<SandboxUser *> users = app.plainServerUsers(10);
    const QList<ResetJournal::PlannedReset> planned = planFor(users);
    {
        std::shared_ptr<ResetJournal> journal = createJournal(app);
        REQUIRE(journal->plan(planned));
        // Killed mid-run: two users confirmed (the server has their new password), three sent
        // without an answer, five never sent.
        for (int i : {0, 1}) {
            users.at(i)->password = planned.at(i).password.reveal();
            users.at(i)->passwordHistory.append(users.at(i)->password);
            REQUIRE(journal->markConfirmed(users.at(i)->id));
        }
        REQUIRE(journal->markSent({users.at(2)->id, users.at(3)->id, users.at(4)->id}));
    }
    app.signIn();

    QMessageBox *offer = app.waitForOffer(u"Unfinished bulk reset"_s);
    CHECK(offer->informativeText().startsWith(u"2 reset, 8 not finished."_s));
    BulkRunWindow::button(offer, u"&Resume"_s)->click();
    REQUIRE(waitUntil([&] { return app.flow->runDialog() != nullptr; }, 10000));
    BulkRunDialog *dialog = app.flow->runDialog();
    app.waitUntilFinished(dialog);

    CHECK(dialog->runner()->progress().succeeded == 10);
    for (int i = 0; i < users.size(); ++i) {
        const SandboxUser &user = app.server(users.at(i)->id);
        INFO(user.userPrincipalName.toStdString());
        CHECK(user.password == planned.at(i).password.reveal());
        CHECK(user.passwordHistory.count(user.password) == 1);
        // Confirmed before the crash: not sent again.
        CHECK(app.patches(user.id) == (i < 2 ? 0 : 1));
    }
    // The window shows the journal's passwords, names included.
    child<QPushButton>(dialog, u"buttonRevealAll"_s)->click();
    const QAbstractItemModel *model = dialog->table()->model();
    REQUIRE(model->rowCount() == 10);
    for (int row = 0; row < 10; ++row) {
        CHECK(model->data(model->index(row, BulkResultModel::DisplayName)).toString() == users.at(row)->displayName);
        CHECK(model->data(model->index(row, BulkResultModel::Password)).toString() == users.at(row)->password);
    }
    // Only what ended in this session is new in the audit log.
    const QList<AuditEntry> entries = app.audit();
    CHECK(entries.size() == 8);
    for (const AuditEntry &entry : entries) {
        CHECK(entry.action == u"bulkReset"_s);
        CHECK_FALSE(entry.options.contains(u"generated"_s));
    }
}

TEST_CASE("BulkResetFlow: a run closed without hand-over is offered again at the next sign-in", "[ui][bulk]")
{
    BulkRunWindow app;
    const QList<SandboxUser *> users = app.plainServerUsers(5);
    BulkRunDialog *dialog = app.runToEnd(users);
    const QString journalPath = dialog->runner()->journal()->path();
    child<QPushButton>(dialog, u"buttonClose"_s)->click();
    QMessageBox *question = dialog->question();
    REQUIRE(question);
    CHECK(question->windowTitle() == u"Close without handing over the passwords?"_s);
    question->button(QMessageBox::Yes)->click();
    REQUIRE(waitUntil([&] { return app.flow->runDialog() == nullptr; }, 5000));
    CHECK(QFile::exists(journalPath));

    app.demo.session.signOut();
    REQUIRE(waitUntil([&] { return app.demo.session.state() == ConsoleSession::State::SignedOut; }, 5000));
    app.signIn();
    QMessageBox *offer = app.waitForOffer(u"Unfinished bulk reset"_s);
    CHECK(offer->informativeText().startsWith(u"5 reset, 0 not finished."_s));
    BulkRunWindow::button(offer, u"&Resume"_s)->click();
    REQUIRE(waitUntil([&] { return app.flow->runDialog() != nullptr; }, 10000));
    dialog = app.flow->runDialog();
    app.waitUntilFinished(dialog);
    child<QPushButton>(dialog, u"buttonRevealAll"_s)->click();
    const QAbstractItemModel *model = dialog->table()->model();
    REQUIRE(model->rowCount() == 5);
    for (int row = 0; row < 5; ++row) {
        const QString id = model->data(model->index(row, 0), BulkResultModel::UserIdRole).toString();
        CHECK(model->data(model->index(row, BulkResultModel::Password)).toString() == app.server(id).password);
        CHECK(app.patches(id) == 1);
    }
    CHECK(child<QPushButton>(dialog, u"buttonSaveCsv"_s)->isEnabled());
}

TEST_CASE("BulkResetFlow: a resumed run emails only the users its journal has not emailed", "[ui][bulk]")
{
    // Before a restart, the run reset two users and emailed the first of them.
    BulkRunWindow app(60, false);
    const QList<SandboxUser *> users = app.plainServerUsers(2);
    users.at(0)->otherMails = {u"first.home@example.org"_s};
    users.at(1)->otherMails = {u"second.home@example.org"_s};
    const QList<ResetJournal::PlannedReset> planned = planFor(users);
    {
        std::shared_ptr<ResetJournal> journal = createJournal(app);
        REQUIRE(journal->plan(planned));
        REQUIRE(journal->markConfirmed(QStringList {users.at(0)->id, users.at(1)->id}));
        REQUIRE(journal->markEmailed({u"user:"_s + users.at(0)->id}));
    }
    app.signIn();
    BulkRunWindow::button(app.waitForOffer(u"Unfinished bulk reset"_s), u"&Resume"_s)->click();
    REQUIRE(waitUntil([&] { return app.flow->runDialog() != nullptr; }, 10000));
    BulkRunDialog *dialog = app.flow->runDialog();
    app.waitUntilFinished(dialog);

    child<QPushButton>(dialog, u"buttonEmail"_s)->click();
    EmailPasswordsDialog *email = app.single->handoverDialogs()->emailDialog();
    REQUIRE(email);
    child<QRadioButton>(email, u"radioEachUser"_s)->click();
    CHECK(child<QLabel>(email, u"labelStatus"_s)->text()
        == u"1 of these messages was sent earlier and will not be sent again."_s);
    child<QCheckBox>(email, u"checkOptIn"_s)->click();
    app.demo.context().tenant.outbox.clear();
    child<QPushButton>(email, u"buttonSend"_s)->click();
    REQUIRE(waitUntil([&] { return dialog->isHandedOver(); }, 30000));
    REQUIRE(app.demo.context().tenant.outbox.size() == 1);
    const QString json = QString::fromUtf8(QJsonDocument(app.demo.context().tenant.outbox.front().message).toJson());
    CHECK(json.contains(u"second.home@example.org"_s));
    CHECK(json.contains(planned.at(1).password.reveal()));
    CHECK_FALSE(json.contains(u"first.home@example.org"_s));
    email->close();
}

TEST_CASE("BulkResetFlow: a saved run that cannot be opened is explained and can be deleted", "[ui][bulk]")
{
    BulkRunWindow app(60, false);
    const QList<SandboxUser *> users = app.plainServerUsers(2);
    QString error;
    // Its key never reached the keychain (or the keychain was reset since).
    std::unique_ptr<ResetJournal> orphan
        = ResetJournal::create(app.journalDirectory(), ResetJournal::generateKey(), &error);
    REQUIRE(orphan);
    REQUIRE(orphan->plan(planFor(users)));
    const QString path = orphan->path();
    orphan.reset();
    app.signIn();

    QMessageBox *offer = app.waitForOffer(u"Saved bulk reset cannot be opened"_s);
    CHECK(offer->informativeText().contains(u"cannot be read"_s));
    CHECK_FALSE(offer->detailedText().isEmpty());
    BulkRunWindow::button(offer, u"&Delete"_s)->click();
    CHECK(waitUntil([&] { return !QFile::exists(path); }, 5000));
    CHECK(app.flow->runDialog() == nullptr);
    CHECK(app.flow->store()->storedRunCount() == 0);
}

TEST_CASE("BulkResetFlow: Delete saved reset records purges every journal after confirming the count", "[ui][bulk]")
{
    BulkRunWindow app(60, false);
    const QList<SandboxUser *> users = app.plainServerUsers(4);
    QStringList paths;
    for (int run = 0; run < 2; ++run) {
        std::shared_ptr<ResetJournal> journal = createJournal(app);
        REQUIRE(journal->plan(planFor(users.mid(run * 2, 2))));
        paths.append(journal->path());
    }
    app.signIn();
    // Both are offered, one after the other; the admin answers Later to each.
    for (int offerIndex = 0; offerIndex < 2; ++offerIndex) {
        QMessageBox *offer = app.waitForOffer(u"Unfinished bulk reset"_s);
        QSignalSpy gone(offer, &QObject::destroyed);
        BulkRunWindow::button(offer, u"&Later"_s)->click();
        REQUIRE(waitUntil([&] { return !gone.isEmpty(); }, 5000));
    }
    CHECK(app.flow->store()->storedRunCount() == 2);

    QAction *purge = app.action("actionDeleteResetRecords");
    REQUIRE(purge->isEnabled());
    purge->trigger();
    QMessageBox *question = app.flow->messageBox();
    REQUIRE(question);
    CHECK(question->text().startsWith(u"Delete 2 saved record"_s));
    question->button(QMessageBox::Yes)->click();
    REQUIRE(waitUntil(
        [&] { return app.flow->messageBox() && app.flow->messageBox()->windowTitle() == u"Saved reset records deleted"_s; },
        5000));
    for (const QString &path : paths)
        CHECK_FALSE(QFile::exists(path));
    CHECK(app.flow->store()->storedRunCount() == 0);

    // Nothing left: the command says so instead of asking.
    app.flow->messageBox()->button(QMessageBox::Ok)->click();
    purge->trigger();
    REQUIRE(app.flow->messageBox());
    CHECK(app.flow->messageBox()->windowTitle() == u"No saved reset records"_s);
}
