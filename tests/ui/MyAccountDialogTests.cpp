// SPDX-License-Identifier: MIT
// The admin's own account: contact details and "Change my password", on the real dialogs against
// the demo tenant over HTTP, ending with the new sign-in the password change forces.
#include "PolicyUiSupport.h"

#include "ui/policies/ChangeOwnPasswordDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/policies/MyAccountDialog.h"
#include "ui/signin/SignInDialog.h"
#include "policy/ContactDetailsChange.h"
#include "policy/OwnPasswordChange.h"
#include "WaitUntil.h"

#include <QAction>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString newPassword = u"Vinter-Kaffe-2031!"_s;

void waitLoaded(MyAccountDialog &dialog)
{
    REQUIRE(waitUntil([&] { return dialog.isLoaded(); }, 10000));
}

/** Binds "Change my password" the way PolicyActions does: each request gets a new OwnPasswordChange. */
void bindChangePassword(MyAccountDialog &dialog, ConsoleSession &session)
{
    QObject::connect(&dialog, &MyAccountDialog::changePasswordRequested, &dialog,
                     [&dialog, &session] { dialog.openChangePassword(new OwnPasswordChange(&session)); });
}

ChangeOwnPasswordDialog *openChangePassword(MyAccountDialog &dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, u"buttonChangePassword"_s), Qt::LeftButton);
    auto *change = dialog.findChild<ChangeOwnPasswordDialog *>();
    REQUIRE(change);
    REQUIRE(QTest::qWaitForWindowExposed(change));
    return change;
}

void fill(ChangeOwnPasswordDialog &dialog, const QString &current, const QString &fresh, const QString &confirm)
{
    retype(child<QLineEdit>(dialog, u"editCurrent"_s), current);
    retype(child<QLineEdit>(dialog, u"editNew"_s), fresh);
    retype(child<QLineEdit>(dialog, u"editConfirm"_s), confirm);
}

} // namespace

TEST_CASE("MyAccountDialog: shows who is signed in and saves checked contact details", "[policyui][account]")
{
    SignedInDemo app;
    MyAccountDialog dialog(&app.demo.session, new ContactDetailsChange(&app.demo.session));
    showAndWait(dialog);
    waitLoaded(dialog);

    const SandboxUser &admin = app.admin();
    CHECK(child<QLabel>(dialog, u"labelName"_s)->text() == admin.displayName);
    CHECK(child<QLabel>(dialog, u"labelUpn"_s)->text() == admin.userPrincipalName);
    CHECK(child<QLabel>(dialog, u"labelRoles"_s)->text().contains(u"Global Administrator"_s));
    CHECK(child<QLabel>(dialog, u"labelAdvice"_s)->text().contains(u"self-service password reset"_s));
    CHECK(child<QLineEdit>(dialog, u"editEmails"_s)->text() == admin.otherMails.join(u"; "_s));
    CHECK_FALSE(dialog.saveButton()->isEnabled()); // nothing changed yet

    auto *emails = child<QLineEdit>(dialog, u"editEmails"_s);
    auto *phone = child<QLineEdit>(dialog, u"editPhone"_s);
    auto *emailProblem = child<QLabel>(dialog, u"labelEmailProblem"_s);
    auto *phoneProblem = child<QLabel>(dialog, u"labelPhoneProblem"_s);

    retype(emails, u"karin.privat@outlook"_s);
    CHECK(emailProblem->isVisible());
    CHECK(emailProblem->text().startsWith(u"“karin.privat@outlook” is not an email address"_s));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    retype(emails, admin.userPrincipalName);
    CHECK(emailProblem->text().startsWith(u"Use an address outside this account"_s));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    retype(emails, u"karin.privat@outlook.com; karin@example.org"_s);
    CHECK(emailProblem->isHidden());
    retype(phone, u"070-123 45 67"_s);
    CHECK(phoneProblem->isVisible());
    CHECK(phoneProblem->text().contains(u"country code"_s));
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    retype(phone, u"+46 70-123 45 67"_s);
    CHECK(phoneProblem->isHidden());
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    auto *status = child<QLabel>(dialog, u"labelStatus"_s);
    REQUIRE(waitUntil([&] { return status->text().startsWith(u"Saved."_s); }, 20000));
    CHECK(phone->text() == u"+46 701234567"_s); // shown as the service keeps it

    CHECK(app.admin().otherMails == QStringList{u"karin.privat@outlook.com"_s, u"karin@example.org"_s});
    CHECK(app.admin().mobilePhone == u"+46 701234567"_s);
    CHECK_FALSE(dialog.saveButton()->isEnabled());
}

TEST_CASE("ChangeOwnPasswordDialog: a wrong current password is explained and nothing changes",
          "[policyui][account]")
{
    SignedInDemo app;
    const QString before = app.admin().password;
    MyAccountDialog account(&app.demo.session, new ContactDetailsChange(&app.demo.session));
    bindChangePassword(account, app.demo.session);
    showAndWait(account);
    ChangeOwnPasswordDialog *dialog = openChangePassword(account);

    fill(*dialog, u"Inte-Mitt-Losen-1"_s, newPassword, newPassword);
    REQUIRE(dialog->changeButton()->isEnabled());
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);

    auto *problem = child<QLabel>(*dialog, u"labelProblem"_s);
    REQUIRE(waitUntil([&] { return problem->isVisible(); }, 20000));
    CHECK(problem->text()
          == u"Your current password is not correct. Type it again, and check that Caps Lock is off."_s);
    CHECK(child<QLineEdit>(*dialog, u"editCurrent"_s)->text().isEmpty());
    CHECK(child<QStackedWidget>(*dialog, u"stackPages"_s)->currentWidget()->objectName() == u"pageForm"_s);
    CHECK(app.admin().password == before);
    CHECK(app.demo.session.state() == ConsoleSession::State::Ready);
}

TEST_CASE("ChangeOwnPasswordDialog: the local rules hold back a weak or mistyped new password",
          "[policyui][account]")
{
    SignedInDemo app;
    const QString current = app.admin().password;
    MyAccountDialog account(&app.demo.session, new ContactDetailsChange(&app.demo.session));
    bindChangePassword(account, app.demo.session);
    showAndWait(account);
    ChangeOwnPasswordDialog *dialog = openChangePassword(account);
    auto *rules = child<QLabel>(*dialog, u"labelRules"_s);
    auto *problem = child<QLabel>(*dialog, u"labelProblem"_s);

    fill(*dialog, current, u"kort1"_s, u"kort1"_s);
    CHECK(rules->isVisible());
    CHECK(rules->text().contains(u"Make it at least 8 characters long (it has 5)."_s));
    CHECK_FALSE(dialog->changeButton()->isEnabled());

    fill(*dialog, current, u"bara sma bokstaver"_s, u"bara sma bokstaver"_s);
    CHECK(rules->text().contains(u"Use at least three of these four"_s));
    CHECK_FALSE(dialog->changeButton()->isEnabled());

    fill(*dialog, current, newPassword, u"Vinter-Kaffe-2031?"_s);
    CHECK(rules->isHidden());
    CHECK(problem->text().startsWith(u"The two new passwords are not the same."_s));
    CHECK_FALSE(dialog->changeButton()->isEnabled());

    fill(*dialog, current, newPassword, newPassword);
    CHECK(problem->isHidden());
    CHECK(dialog->changeButton()->isEnabled());
    CHECK(app.admin().password == current); // nothing was sent
}

TEST_CASE("MainWindow: after I change my own password the app signs in again and works", "[policyui][account]")
{
    SignedInDemo app;
    MainWindow window(&app.languages, &app.demo.session);
    showAndWait(window);
    auto *myAccountAction = child<QAction>(window, u"actionMyAccount"_s);
    REQUIRE(myAccountAction->isEnabled());
    CHECK(myAccountAction->shortcut() == QKeySequence(u"Ctrl+Shift+M"_s));
    myAccountAction->trigger();
    auto *account = window.findChild<MyAccountDialog *>();
    REQUIRE(account);
    REQUIRE(QTest::qWaitForWindowExposed(account));
    waitLoaded(*account);

    // PolicyActions made the operations these windows show, and each window keeps its own.
    CHECK(account->findChild<ContactDetailsChange *>(QString(), Qt::FindDirectChildrenOnly));
    QSignalSpy handedBack(account, &MyAccountDialog::signInAgainRequested);
    ChangeOwnPasswordDialog *dialog = openChangePassword(*account);
    CHECK(dialog->findChild<OwnPasswordChange *>(QString(), Qt::FindDirectChildrenOnly));
    fill(*dialog, app.admin().password, newPassword, newPassword);
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    auto *pages = child<QStackedWidget>(*dialog, u"stackPages"_s);
    REQUIRE(waitUntil([&] { return pages->currentWidget()->objectName() == u"pageDone"_s; }, 20000));
    CHECK(app.admin().password == newPassword);
    CHECK(child<QLabel>(*dialog, u"labelDone"_s)->text().contains(u"signed you out on every device"_s));
    CHECK(child<QLineEdit>(*dialog, u"editNew"_s)->text().isEmpty()); // no password kept around

    QTest::mouseClick(child<QPushButton>(*dialog, u"buttonSignInAgain"_s), Qt::LeftButton);
    CHECK(handedBack.size() == 1);
    REQUIRE(waitUntil([&] { return app.demo.session.state() == ConsoleSession::State::SignedOut; }, 5000));
    CHECK_FALSE(myAccountAction->isEnabled());

    // The main window offers the sign-in; the admin signs in again with the new password.
    auto *signIn = window.findChild<SignInDialog *>();
    REQUIRE(signIn);
    REQUIRE(QTest::qWaitForWindowExposed(signIn));
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    REQUIRE(app.demo.waitUntilReady());
    CHECK(myAccountAction->isEnabled());

    // The new session works: a fresh refresh token is accepted, and Graph answers.
    QSignalSpy refreshed(&app.demo.auth, &AccessTokenSource::accessTokenRefreshed);
    app.demo.auth.refreshAccessToken();
    REQUIRE(refreshed.wait(10000));
    CHECK(refreshed.first().at(0).toBool());
    myAccountAction->trigger();
    auto *again = window.findChild<MyAccountDialog *>();
    REQUIRE(again);
    waitLoaded(*again);
    CHECK(child<QLabel>(*again, u"labelUpn"_s)->text() == app.admin().userPrincipalName);
}

TEST_CASE("ContactDetailsChange: records the saved contact details in the audit log", "[policyui][account]")
{
    SignedInDemo app;
    MyAccountDialog dialog(&app.demo.session, new ContactDetailsChange(&app.demo.session));
    showAndWait(dialog);
    waitLoaded(dialog);
    CHECK(app.audit().isEmpty()); // reading is not a change
    retype(child<QLineEdit>(dialog, u"editEmails"_s), u"karin.privat@outlook.com; karin@example.org"_s);
    retype(child<QLineEdit>(dialog, u"editPhone"_s), u"+46 70-123 45 67"_s);
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    auto *status = child<QLabel>(dialog, u"labelStatus"_s);
    REQUIRE(waitUntil([&] { return status->text().startsWith(u"Saved."_s); }, 20000));

    const QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 1);
    const AuditEntry &entry = entries.first();
    CHECK(entry.action == u"contactDetailsChange"_s);
    CHECK(entry.adminId == app.admin().id);
    CHECK(entry.targetId == app.admin().id); // the admin's own account
    CHECK(entry.targetUserPrincipalName == app.admin().userPrincipalName);
    CHECK(entry.options.value(u"alternateEmails"_s).toString() == u"karin.privat@outlook.com; karin@example.org"_s);
    CHECK(entry.options.value(u"mobilePhone"_s).toString() == u"+46 701234567"_s); // as sent
    CHECK(entry.outcome == u"succeeded"_s);
    CHECK_FALSE(entry.requestId.isEmpty());
}

TEST_CASE("OwnPasswordChange: records a refused and a made change, never a password", "[policyui][account]")
{
    SignedInDemo app;
    const QString current = app.admin().password;
    const QString wrong = u"Inte-Mitt-Losen-1"_s;
    MyAccountDialog account(&app.demo.session, new ContactDetailsChange(&app.demo.session));
    bindChangePassword(account, app.demo.session);
    showAndWait(account);
    ChangeOwnPasswordDialog *dialog = openChangePassword(account);

    fill(*dialog, wrong, newPassword, newPassword);
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    auto *problem = child<QLabel>(*dialog, u"labelProblem"_s);
    REQUIRE(waitUntil([&] { return problem->isVisible(); }, 20000));
    QList<AuditEntry> entries = app.audit();
    REQUIRE(entries.size() == 1);
    CHECK(entries.at(0).action == u"ownPasswordChange"_s);
    CHECK(entries.at(0).targetId == app.admin().id);
    CHECK(entries.at(0).targetUserPrincipalName == app.admin().userPrincipalName);
    CHECK(entries.at(0).outcome == u"failed"_s);
    CHECK(entries.at(0).options.value(u"problem"_s).toString() == u"wrongCurrentPassword"_s);
    CHECK_FALSE(entries.at(0).errorKind.isEmpty());
    CHECK_FALSE(entries.at(0).requestId.isEmpty());

    fill(*dialog, current, newPassword, newPassword);
    QTest::mouseClick(dialog->changeButton(), Qt::LeftButton);
    auto *pages = child<QStackedWidget>(*dialog, u"stackPages"_s);
    REQUIRE(waitUntil([&] { return pages->currentWidget()->objectName() == u"pageDone"_s; }, 20000));
    REQUIRE(app.admin().password == newPassword);
    entries = app.audit();
    REQUIRE(entries.size() == 2);
    CHECK(entries.at(1).action == u"ownPasswordChange"_s);
    CHECK(entries.at(1).adminUserPrincipalName == app.admin().userPrincipalName);
    CHECK(entries.at(1).targetId == app.admin().id);
    CHECK(entries.at(1).outcome == u"succeeded"_s);
    CHECK(entries.at(1).options.value(u"signOut"_s) == QJsonValue(true));
    CHECK_FALSE(entries.at(1).requestId.isEmpty());
    CHECK(entries.at(1).requestId != entries.at(0).requestId);

    const QByteArray bytes = app.auditBytes();
    CHECK_FALSE(bytes.isEmpty());
    CHECK_FALSE(bytes.contains(current.toUtf8()));
    CHECK_FALSE(bytes.contains(wrong.toUtf8()));
    CHECK_FALSE(bytes.contains(newPassword.toUtf8()));
}
