// SPDX-License-Identifier: MIT
// After a single reset: the audit log, slips, email and policies, a second reset of the same user,
// and waiting when Microsoft 365 asks to, all through the real windows against the demo tenant.
#include "ResetWindow.h"

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
