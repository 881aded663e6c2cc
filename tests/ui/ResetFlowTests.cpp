// SPDX-License-Identifier: MIT
// Resetting one user's password as an admin does it: the demo tenant over real HTTP, the user
// picked in the list, the real dialog clicked and typed into, and the result checked against the
// sandbox's server-side truth and request log.
#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"
#include "PasswordWriteFaults.h"
#include "WidgetLookup.h"

#include "ui/audit/AuditLogDialog.h"
#include "DemoSession.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/policies/PasswordPolicyDialog.h"
#include "ui/handover/PrintSlipsDialog.h"
#include "ui/reset/ResetFlow.h"
#include "ui/reset/ResetPasswordDialog.h"
#include "ui/reset/ResetResultDialog.h"
#include "ui/users/UsersPage.h"
#include "delivery/MailDeliveryRun.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserSelection.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "reset/ResetRunner.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"
#include "ui/widgets/SecretClipboard.h"
#include "ui/handover/HandoverDialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QKeyEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;

namespace {

/**
 * The app as `resetdesk --demo` builds it, in English, signed in, the list loaded; given a clock,
 * the app and its demo tenant both wait on it.
 */
struct ResetWindow
{
    LanguageManager languages;
    DemoSession demo;
    MainWindow window {&languages, &demo.session};
    UsersPage *page = window.usersPage();
    ResetFlow *flow = window.resetFlow();
    QTemporaryDir folder;

    explicit ResetWindow(Archetype signedInAs = Archetype::Admin, ManualClock *clock = nullptr)
        : demo(nullptr, nullptr, 120, clock)
    {
        languages.apply(u"en"_s);
        REQUIRE(page);
        REQUIRE(flow);
        REQUIRE(folder.isValid());
        flow->setAuditLogPath(folder.filePath(u"audit.jsonl"_s));
        // The sandbox's writeback operation needs three polls; no need to wait a second for each.
        flow->setPollPolicy({10, 40, 40});
        QSignalSpy finished(page->loader(), &UserDirectoryLoader::finished);
        window.resize(1100, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        demo.signInAs(signedInAs == Archetype::Admin ? QString() : TenantGenerator::archetypeUpn(signedInAs));
        REQUIRE(demo.waitUntilReady());
        REQUIRE(waitUntil([&] { return !finished.isEmpty() && page->hasLoaded(); }, 30000));
    }

    SandboxUser &server(Archetype archetype)
    {
        SandboxUser *user = demo.context().tenant.userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
        REQUIRE(user);
        return *user;
    }

    /** Picks @p archetype in the list and clicks the details pane's button. */
    ResetPasswordDialog *open(Archetype archetype, bool resend = false)
    {
        REQUIRE(page->showUser(server(archetype).id));
        auto *button = page->findChild<QPushButton *>(resend ? u"buttonResendPassword"_s : u"buttonResetPassword"_s);
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        button->click();
        ResetPasswordDialog *dialog = flow->dialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }

    /** Clicks a check box or radio button on its indicator, where a user clicks. */
    static void tick(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
    }

    ResetResultDialog *waitForResult()
    {
        REQUIRE(waitUntil([this] { return flow->resultDialog() != nullptr; }, 20000));
        return flow->resultDialog();
    }

    /** Password-changing requests the sandbox received for @p userId. */
    int resetRequests(const QString &userId)
    {
        int count = 0;
        for (const RequestLogEntry &entry : demo.context().log.entries()) {
            if (entry.path.contains(userId) && (entry.method == u"PATCH"_s || entry.path.endsWith(u"resetPassword"_s)))
                ++count;
        }
        return count;
    }

    QList<AuditEntry> audit() const { return AuditLog(flow->auditLog().path()).entries(); }
};

} // namespace

TEST_CASE("ResetFlow: a generated reset forces a change at first sign-in and is audited", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    const QString before = elsa.password;
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    CHECK(dialog->windowTitle() == u"Reset password"_s);
    CHECK(child<QRadioButton>(dialog, u"radioGenerate"_s)->isChecked());
    CHECK(child<QCheckBox>(dialog, u"checkForceChange"_s)->isChecked());
    CHECK_FALSE(child<QLabel>(dialog, u"labelPrecheck"_s)->isVisible());
    REQUIRE(dialog->resetButton()->isEnabled());
    dialog->resetButton()->click();

    ResetResultDialog *result = app.waitForResult();
    CHECK(app.flow->dialog() == nullptr);
    auto *field = child<QLineEdit>(result, u"linePassword"_s);
    CHECK(field->echoMode() == QLineEdit::Password);
    const QString shown = field->text();
    CHECK(shown.size() == 14);
    CHECK(elsa.password == shown);
    CHECK(elsa.password != before);
    CHECK(elsa.forceChangePasswordNextSignIn);
    CHECK_FALSE(elsa.forceChangePasswordNextSignInWithMfa);
    ResetWindow::tick(child<QCheckBox>(result, u"checkReveal"_s));
    CHECK(field->echoMode() == QLineEdit::Normal);
    CHECK(child<QLabel>(result, u"labelNotes"_s)->text().contains(u"new password when they first sign in"_s));

    // The pane wipes the password when it closes.
    child<QPushButton>(result, u"buttonClose"_s)->click();
    CHECK(field->text().isEmpty());
    CHECK_FALSE(result->holdsPassword());

    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().targetId == elsa.id);
    CHECK(entries.first().action == u"reset"_s);
    CHECK(entries.first().outcome == u"succeeded"_s);
    CHECK_FALSE(entries.first().requestId.isEmpty());
    QFile file(app.flow->auditLog().path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains(shown.toUtf8()));
}

TEST_CASE("ResetFlow: a typed password is checked locally then by the banned list", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    auto *typed = child<QRadioButton>(dialog, u"radioTyped"_s);
    auto *line = child<QLineEdit>(dialog, u"linePassword"_s);
    auto *rules = child<QLabel>(dialog, u"labelRules"_s);
    ResetWindow::tick(typed);
    REQUIRE(typed->isChecked());
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    CHECK(rules->text().contains(u"Type a password"_s));

    // QTest::keyClicks only knows ASCII; å, ä and ö arrive as key events carrying their text.
    const auto typeIn = [&](const QString &text) {
        line->clear();
        for (const QChar c : text) {
            if (c.unicode() < 128) {
                QTest::keyClick(line, char(c.unicode()));
                continue;
            }
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(line, &press);
        }
    };
    typeIn(u"Ab1!"_s);
    CHECK(rules->text().contains(u"at least 8 characters"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    typeIn(u"alllowercase"_s);
    CHECK(rules->text().contains(u"three of these four"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    typeIn(u"Smörgås-2026"_s);
    CHECK(rules->text().contains(u"Remove “ö”"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    const QString firstName = elsa.givenName.toLower();
    REQUIRE(firstName.size() >= 3);
    typeIn(u"Xy7!"_s + elsa.givenName + u"Qz9"_s);
    CHECK(rules->text().contains(u"must not contain the user's name"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    line->setText(QString(257, u'a'));
    CHECK(line->text().size() == 256); // the field itself stops at Entra's maximum

    // Locally fine, but on the server's banned list: explained, and kept for editing.
    typeIn(u"Password1!"_s);
    CHECK(rules->text().contains(u"meets the Microsoft 365 rules"_s));
    REQUIRE(dialog->resetButton()->isEnabled());
    const QString before = elsa.password;
    dialog->resetButton()->click();
    auto *problem = child<QLabel>(dialog, u"labelProblem"_s);
    REQUIRE(waitUntil([&] { return problem->isVisible(); }, 20000));
    CHECK(app.flow->dialog() == dialog);
    CHECK(problem->text().contains(u"did not accept this password"_s));
    CHECK(line->text() == u"Password1!"_s);
    CHECK(typed->isChecked());
    CHECK(elsa.password == before);

    typeIn(u"Harbour-Lantern-73"_s);
    dialog->resetButton()->click();
    ResetResultDialog *result = app.waitForResult();
    CHECK(elsa.password == u"Harbour-Lantern-73"_s);
    CHECK(child<QLineEdit>(result, u"linePassword"_s)->text() == u"Harbour-Lantern-73"_s);
    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(0).outcome == u"failed"_s);
    CHECK(entries.at(0).errorKind == u"PasswordRejected"_s);
    CHECK(entries.at(1).outcome == u"succeeded"_s);
    result->close();
}

TEST_CASE("ResetFlow: the MFA variant and sign-out of all sessions reach the server", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    const QDateTime sessionsBefore = elsa.signInSessionsValidFromDateTime;
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    auto *mfa = child<QCheckBox>(dialog, u"checkVerifyMfa"_s);
    auto *force = child<QCheckBox>(dialog, u"checkForceChange"_s);
    // The MFA variant only makes sense with the forced change.
    ResetWindow::tick(force);
    CHECK_FALSE(mfa->isEnabled());
    ResetWindow::tick(force);
    REQUIRE(mfa->isEnabled());
    ResetWindow::tick(mfa);
    ResetWindow::tick(child<QCheckBox>(dialog, u"checkSignOut"_s));
    dialog->resetButton()->click();

    ResetResultDialog *result = app.waitForResult();
    CHECK(elsa.forceChangePasswordNextSignIn);
    CHECK(elsa.forceChangePasswordNextSignInWithMfa);
    CHECK(elsa.signInSessionsValidFromDateTime > sessionsBefore);
    bool revoked = false;
    for (const RequestLogEntry &entry : app.demo.context().log.entries())
        revoked = revoked || (entry.method == u"POST"_s && entry.path.endsWith(elsa.id + u"/revokeSignInSessions"_s));
    CHECK(revoked);
    const QString notes = child<QLabel>(result, u"labelNotes"_s)->text();
    CHECK(notes.contains(u"multifactor authentication"_s));
    CHECK(notes.contains(u"signed out of all sessions"_s));
    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().options.value(u"forceChangeWithMfa"_s).toBool());
    CHECK(entries.first().options.value(u"signOut"_s).toBool());
    result->close();
}

TEST_CASE("ResetFlow: a synced user needs writeback and gets it when chosen", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &sven = app.server(Archetype::SyncedUser);
    const QString before = sven.password;
    ResetPasswordDialog *dialog = app.open(Archetype::SyncedUser);
    auto *precheck = child<QLabel>(dialog, u"labelPrecheck"_s);
    auto *writeback = child<QCheckBox>(dialog, u"checkWriteback"_s);
    CHECK(precheck->isVisible());
    CHECK(precheck->text().contains(u"synced from your on-premises Active Directory"_s));
    CHECK(writeback->isVisible());
    CHECK(writeback->isEnabled());
    // Without writeback the cloud reset would be refused: nothing is sent.
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    dialog->resetButton()->click();
    QTest::qWait(50);
    CHECK(app.resetRequests(sven.id) == 0);

    ResetWindow::tick(writeback);
    REQUIRE(writeback->isChecked());
    CHECK(precheck->text().contains(u"written back"_s));
    CHECK_FALSE(child<QCheckBox>(dialog, u"checkVerifyMfa"_s)->isEnabled());
    REQUIRE(dialog->resetButton()->isEnabled());
    dialog->resetButton()->click();

    ResetResultDialog *result = app.waitForResult();
    CHECK(sven.password != before);
    CHECK(sven.password == child<QLineEdit>(result, u"linePassword"_s)->text());
    CHECK(sven.forceChangePasswordNextSignIn);
    CHECK(child<QLabel>(result, u"labelNotes"_s)->text().contains(u"written back"_s));
    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().options.value(u"writeback"_s).toBool());
    result->close();
}

TEST_CASE("ResetFlow: a role that cannot reset the target is stopped before sending", "[ui][reset]")
{
    ResetWindow app(Archetype::HelpdeskAdministrator);
    const SandboxUser &global = app.server(Archetype::SecondGlobalAdministrator);
    ResetPasswordDialog *dialog = app.open(Archetype::SecondGlobalAdministrator);
    auto *precheck = child<QLabel>(dialog, u"labelPrecheck"_s);
    CHECK(precheck->isVisible());
    CHECK(precheck->text().contains(u"Your admin role cannot reset the password"_s));
    CHECK(precheck->text().contains(u"Global Administrator"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    CHECK_FALSE(child<QGroupBox>(dialog, u"groupPassword"_s)->isEnabled());
    dialog->resetButton()->click();
    QTest::qWait(50);
    CHECK(app.resetRequests(global.id) == 0);
    dialog->reject();

    // The same admin may reset a plain user.
    dialog = app.open(Archetype::PlainUser);
    CHECK(dialog->resetButton()->isEnabled());
    dialog->reject();
}

TEST_CASE("ResetFlow: the admin's own account points to change my password", "[ui][reset]")
{
    ResetWindow app;
    ResetPasswordDialog *dialog = app.open(Archetype::Admin);
    auto *precheck = child<QLabel>(dialog, u"labelPrecheck"_s);
    CHECK(precheck->text().contains(u"This is your own account"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    auto *change = child<QPushButton>(dialog, u"buttonChangeOwnPassword"_s);
    REQUIRE(change->isVisible());
    QSignalSpy wanted(app.flow, &ResetFlow::changeOwnPasswordRequested);
    change->click();
    CHECK(wanted.size() == 1);
    REQUIRE(waitUntil([&] { return app.flow->dialog() == nullptr; }, 5000));
    CHECK(app.resetRequests(app.server(Archetype::Admin).id) == 0);
}

TEST_CASE("ResetFlow: resend sets a new password again and copies it", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    dialog->resetButton()->click();
    ResetResultDialog *first = app.waitForResult();
    const QString firstPassword = elsa.password;
    first->close();
    REQUIRE(waitUntil([&] { return app.flow->resultDialog() == nullptr; }, 5000));

    dialog = app.open(Archetype::PlainUser, true);
    CHECK(dialog->windowTitle() == u"Resend password"_s);
    auto *handover = child<QComboBox>(dialog, u"comboHandover"_s);
    handover->setCurrentIndex(handover->findData(int(HandoverMethod::Copy)));
    dialog->resetButton()->click();
    ResetResultDialog *second = app.waitForResult();
    CHECK(elsa.password != firstPassword);
    CHECK(QGuiApplication::clipboard()->text() == elsa.password);
    CHECK(child<QLabel>(second, u"labelClipboard"_s)->text().contains(u"cleared"_s));
    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).action == u"resend"_s);
    second->close();
    app.flow->clipboard()->clearNow();
}

TEST_CASE("ResetFlow: the clipboard is cleared after the timeout unless it changed", "[ui][reset]")
{
    ManualClock clock;
    ResetWindow app(Archetype::Admin, &clock);
    const int timeoutMs = app.flow->clipboard()->clearAfter();
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    dialog->resetButton()->click();
    ResetResultDialog *result = app.waitForResult();
    QSignalSpy cleared(app.flow->clipboard(), &SecretClipboard::cleared);
    child<QPushButton>(result, u"buttonCopy"_s)->click();
    const QString password = app.server(Archetype::PlainUser).password;
    CHECK(QGuiApplication::clipboard()->text() == password);
    // Closing the pane does not stop the countdown.
    result->close();
    passTime(clock, timeoutMs - 1);
    CHECK(cleared.isEmpty());
    CHECK(QGuiApplication::clipboard()->text() == password);
    passTime(clock, 1);
    REQUIRE(cleared.size() == 1);
    CHECK(cleared.first().at(0).toBool());
    CHECK(QGuiApplication::clipboard()->text().isEmpty());

    // Something the admin copied afterwards is left alone.
    app.flow->clipboard()->copy(u"Temporary-Secret-42"_s);
    QGuiApplication::clipboard()->setText(u"meeting notes"_s);
    cleared.clear();
    passTime(clock, timeoutMs);
    REQUIRE(cleared.size() == 1);
    CHECK_FALSE(cleared.first().at(0).toBool());
    CHECK(QGuiApplication::clipboard()->text() == u"meeting notes"_s);
}

TEST_CASE("AuditLogDialog: lists the resets and exports them as CSV without passwords", "[ui][reset]")
{
    ResetWindow app;
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    dialog->resetButton()->click();
    ResetResultDialog *result = app.waitForResult();
    const QString password = app.server(Archetype::PlainUser).password;
    result->close();

    auto *action = app.window.findChild<QAction *>(u"actionAuditLog"_s);
    REQUIRE(action);
    action->trigger();
    auto *viewer = app.window.findChild<AuditLogDialog *>();
    REQUIRE(viewer);
    REQUIRE(QTest::qWaitForWindowExposed(viewer));
    REQUIRE(viewer->proxy()->rowCount() == 1);
    const QString upn = TenantGenerator::archetypeUpn(Archetype::PlainUser);
    CHECK(viewer->proxy()->index(0, AuditLogModel::User).data().toString() == upn);
    CHECK(viewer->proxy()->index(0, AuditLogModel::Outcome).data().toString() == u"Succeeded"_s);
    CHECK(child<QLabel>(viewer, u"labelCount"_s)->text()
          == QCoreApplication::translate("AuditLogDialog", "%n entry(s)", nullptr, 1));

    // Searching narrows the list; a user nobody reset matches nothing.
    QTest::keyClicks(child<QLineEdit>(viewer, u"lineSearch"_s), u"nobody-like-this"_s);
    CHECK(viewer->proxy()->rowCount() == 0);
    child<QLineEdit>(viewer, u"lineSearch"_s)->clear();
    CHECK(viewer->proxy()->rowCount() == 1);

    const QString csvPath = app.folder.filePath(u"audit.csv"_s);
    viewer->setSavePathPrompt([&](QWidget *, const QString &suggested) {
        CHECK(suggested.endsWith(u".csv"_s));
        return csvPath;
    });
    child<QPushButton>(viewer, u"buttonExport"_s)->click();
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.contains(upn.toUtf8()));
    CHECK(bytes.contains("succeeded"));
    CHECK_FALSE(bytes.contains(password.toUtf8()));
    viewer->close();
}

TEST_CASE("ResetFlow: Print slip saves the new password as a PDF slip in the user's language", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    elsa.preferredLanguage = u"sv-SE"_s;
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    auto *handover = child<QComboBox>(dialog, u"comboHandover"_s);
    handover->setCurrentIndex(handover->findData(int(HandoverMethod::Print)));
    // The details (language, alternate email) are read while the dialog is open.
    QTest::qWait(300);
    dialog->resetButton()->click();
    app.waitForResult();
    REQUIRE(waitUntil([&] { return app.flow->handoverDialogs()->printDialog() != nullptr; }, 5000));
    PrintSlipsDialog *print = app.flow->handoverDialogs()->printDialog();
    const QString pdf = app.folder.filePath(u"slip.pdf"_s);
    REQUIRE(print->savePdf(pdf));
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(20000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(elsa.password));
    CHECK(text.contains(elsa.userPrincipalName));
    CHECK(text.contains(u"Logga in på"_s));
    print->close();
    app.flow->resultDialog()->close();
}

TEST_CASE("UsersPage: password policies open for the current user or the ticked users", "[ui][reset]")
{
    ResetWindow app;
    REQUIRE(app.page->showUser(app.server(Archetype::PlainUser).id));
    child<QPushButton>(app.page, u"buttonPasswordPolicies"_s)->click();
    auto *single = app.window.findChild<PasswordPolicyDialog *>();
    REQUIRE(single);
    CHECK(child<QLabel>(single, u"labelTargets"_s)->text().contains(app.server(Archetype::PlainUser).displayName));
    CHECK_FALSE(child<QCheckBox>(single, u"checkNeverExpires"_s)->isTristate());
    QPointer<PasswordPolicyDialog> closed = single;
    single->close();
    REQUIRE(waitUntil([&] { return closed.isNull(); }, 5000));

    QAction *bulk = app.page->selectionPoliciesAction();
    CHECK_FALSE(bulk->isEnabled());
    app.page->selection()->setSelected(app.server(Archetype::PlainUser).id, true);
    app.page->selection()->setSelected(app.server(Archetype::UnlicensedUser).id, true);
    REQUIRE(bulk->isEnabled());
    CHECK(bulk->text().contains(u"2"_s));
    CHECK(app.page->selectedUsers().size() == 2);
    bulk->trigger();
    PasswordPolicyDialog *many = nullptr;
    REQUIRE(waitUntil([&] {
        for (auto *dialog : app.window.findChildren<PasswordPolicyDialog *>()) {
            if (dialog->isVisible())
                many = dialog;
        }
        return many != nullptr;
    }, 5000));
    CHECK(child<QCheckBox>(many, u"checkNeverExpires"_s)->isTristate());
    many->close();
}

namespace {

/** Resends @p archetype's password choosing "Email it", and leaves the result and email windows open. */
EmailPasswordsDialog *resendByEmail(ResetWindow &app, Archetype archetype)
{
    ResetPasswordDialog *dialog = app.open(archetype, true);
    auto *handover = child<QComboBox>(dialog, u"comboHandover"_s);
    handover->setCurrentIndex(handover->findData(int(HandoverMethod::Email)));
    QTest::qWait(300); // the alternate email is read while the dialog is open
    dialog->resetButton()->click();
    app.waitForResult();
    REQUIRE(waitUntil([&] { return app.flow->handoverDialogs()->emailDialog() != nullptr; }, 5000));
    EmailPasswordsDialog *email = app.flow->handoverDialogs()->emailDialog();
    REQUIRE(QTest::qWaitForWindowExposed(email));
    return email;
}

/** Sends @p email to the user's alternate address and returns the message's JSON. */
QString sendToEachUser(ResetWindow &app, EmailPasswordsDialog *email)
{
    ResetWindow::tick(child<QRadioButton>(email, u"radioEachUser"_s));
    ResetWindow::tick(child<QCheckBox>(email, u"checkOptIn"_s));
    auto *send = child<QPushButton>(email, u"buttonSend"_s);
    REQUIRE(send->isEnabled());
    app.demo.context().tenant.outbox.clear();
    send->click();
    REQUIRE(waitUntil([&] { return !app.demo.context().tenant.outbox.empty(); }, 20000));
    return QString::fromUtf8(QJsonDocument(app.demo.context().tenant.outbox.front().message).toJson());
}

} // namespace

TEST_CASE("ResetFlow: Email sends the new password to the user's alternate email", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    elsa.otherMails = {u"elsa.private@example.org"_s};
    elsa.preferredLanguage = u"sv-SE"_s;
    EmailPasswordsDialog *email = resendByEmail(app, Archetype::PlainUser);
    ResetWindow::tick(child<QRadioButton>(email, u"radioEachUser"_s));
    auto *send = child<QPushButton>(email, u"buttonSend"_s);
    CHECK_FALSE(send->isEnabled()); // not before the admin opts in
    ResetWindow::tick(child<QCheckBox>(email, u"checkOptIn"_s));
    REQUIRE(send->isEnabled());
    app.demo.context().tenant.outbox.clear();
    send->click();
    // Mail.Send is asked for on first use, then the message goes out.
    REQUIRE(waitUntil([&] { return !app.demo.context().tenant.outbox.empty(); }, 20000));
    const SandboxMail &mail = app.demo.context().tenant.outbox.front();
    const QByteArray json = QJsonDocument(mail.message).toJson(QJsonDocument::Compact);
    CHECK(json.contains("elsa.private@example.org"));
    // The body is HTML: symbols such as & and < arrive escaped.
    CHECK(QString::fromUtf8(json).contains(elsa.password.toHtmlEscaped()));
    QStringList recipients;
    for (const QJsonValue &recipient : mail.message.value(u"toRecipients"_s).toArray())
        recipients << recipient[u"emailAddress"_s][u"address"_s].toString();
    CHECK(recipients == QStringList {u"elsa.private@example.org"_s}); // never the reset mailbox
    CHECK_FALSE(mail.saveToSentItems);
    email->close();
    app.flow->resultDialog()->close();
}


TEST_CASE("ResetFlow: with an earlier user's email still open, Reset targets the user selected",
          "[ui][reset][handover]")
{
    ResetWindow app;
    SandboxUser &anna = app.server(Archetype::PlainUser);
    SandboxUser &bo = app.server(Archetype::UnlicensedUser);
    anna.otherMails = {u"anna.private@example.org"_s};
    EmailPasswordsDialog *annasEmail = resendByEmail(app, Archetype::PlainUser);
    REQUIRE(app.resetRequests(anna.id) == 1);
    const QString annasPassword = anna.password;

    // The admin selects Bo in the list, as the details pane shows, and presses Reset password….
    REQUIRE(app.page->showUser(bo.id));
    auto *button = app.page->findChild<QPushButton *>(u"buttonResetPassword"_s);
    REQUIRE(button->isEnabled());
    button->click();
    ResetPasswordDialog *dialog = app.flow->dialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->user().id() == bo.id);
    CHECK(child<QLabel>(dialog, u"labelUser"_s)->text().contains(bo.displayName.toHtmlEscaped()));
    dialog->resetButton()->click();
    REQUIRE(waitUntil([&] { return app.resetRequests(bo.id) == 1; }, 20000));
    REQUIRE(waitUntil([&] { return app.flow->resultDialog() && app.flow->resultDialog()->isVisible(); }, 20000));
    CHECK(app.flow->resultDialog()->outcome().userId == bo.id);
    CHECK(app.resetRequests(anna.id) == 1);
    CHECK(anna.password == annasPassword);

    // Anna's email, still open, sends the password Anna's account still has.
    REQUIRE(annasEmail->isVisible());
    const QString json = sendToEachUser(app, annasEmail);
    CHECK(json.contains(u"anna.private@example.org"_s));
    CHECK(json.contains(anna.password.toHtmlEscaped()));
    CHECK_FALSE(json.contains(bo.password.toHtmlEscaped()));
}

TEST_CASE("ResetFlow: resetting a user again says the earlier password was not handed over, then closes it",
          "[ui][reset][handover]")
{
    ResetWindow app;
    SandboxUser &anna = app.server(Archetype::PlainUser);
    anna.otherMails = {u"anna.private@example.org"_s};
    QPointer<EmailPasswordsDialog> annasEmail = resendByEmail(app, Archetype::PlainUser);
    const QString first = anna.password;

    ResetPasswordDialog *again = app.open(Archetype::PlainUser);
    CHECK(again->user().id() == anna.id);
    auto *status = child<QLabel>(again, u"labelStatus"_s);
    CHECK(status->isVisible());
    CHECK(status->text().contains(u"has not been handed over yet"_s));
    CHECK(status->text().contains(anna.userPrincipalName));
    again->resetButton()->click();
    REQUIRE(waitUntil([&] { return app.resetRequests(anna.id) == 2; }, 20000));
    // The old password no longer works: the window that would have sent it is gone.
    REQUIRE(waitUntil([&] { return annasEmail.isNull() || !annasEmail->isVisible(); }, 5000));
    CHECK(anna.password != first);
    app.demo.context().tenant.outbox.clear();
    QTest::qWait(200);
    CHECK(app.demo.context().tenant.outbox.empty());
}

TEST_CASE("ResetFlow: while Microsoft 365 asks to wait, the dialog says why and for how long",
          "[ui][reset]")
{
    ManualClock clock;
    ResetWindow app(Archetype::Admin, &clock);
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    app.demo.context().faults.addRule(PasswordWriteFaults::throttledOnce(elsa.id, 3));
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    dialog->resetButton()->click();
    auto *status = child<QLabel>(dialog, u"labelStatus"_s);
    REQUIRE(waitUntil([&] { return status->isVisible() && status->text().contains(u"asked ResetDesk to wait"_s); },
                            10000));
    CHECK(status->text().contains(u"trying again in 3 seconds"_s));
    CHECK(app.flow->dialog() == dialog);
    // The count goes down while Microsoft 365's wait passes.
    passTime(clock, 1000);
    CHECK(status->text().contains(u"trying again in 2 seconds"_s));
    // Cancel stays available and stops the reset.
    QPushButton *cancel = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Cancel);
    REQUIRE(cancel->isEnabled());
    const QString before = elsa.password;
    cancel->click();
    // Past the 3 s the service asked for: a retry still armed would go out now.
    passTime(clock, 3000);
    CHECK(elsa.password == before);
    CHECK(app.resetRequests(elsa.id) == 1); // the throttled one; nothing went out after the cancel
}

TEST_CASE("ResetFlow: a password already emailed is not reported as waiting to be handed over",
          "[ui][reset][handover]")
{
    ResetWindow app;
    SandboxUser &anna = app.server(Archetype::PlainUser);
    anna.otherMails = {u"anna.private@example.org"_s};
    EmailPasswordsDialog *email = resendByEmail(app, Archetype::PlainUser);
    CHECK(sendToEachUser(app, email).contains(anna.password.toHtmlEscaped()));
    // The server has the message; the answer reaches ResetDesk a moment later.
    REQUIRE(waitUntil([&] { return email->run() && email->run()->sentCount() == 1; }, 10000));
    REQUIRE(email->isVisible());

    ResetPasswordDialog *again = app.open(Archetype::PlainUser);
    CHECK_FALSE(child<QLabel>(again, u"labelStatus"_s)->isVisible());
    again->reject();
}
