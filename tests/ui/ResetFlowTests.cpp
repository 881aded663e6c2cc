// SPDX-License-Identifier: MIT
// Resetting one user's password as an admin does it: the demo tenant over real HTTP, the user
// picked in the list, the real dialog clicked and typed into, and the result checked against the
// sandbox's server-side truth and request log.
#include "ResetWindow.h"

TEST_CASE("ResetFlow: a generated reset forces a change at first sign-in and is audited", "[ui][reset]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    const QString before = elsa.password;
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    CHECK(dialog->windowTitle() == u"Reset password"_s);
    CHECK(child<QRadioButton>(dialog, u"radioGenerate"_s)->isChecked());
    auto *style = child<QComboBox>(dialog, u"comboStyle"_s);
    style->setCurrentIndex(style->findData(int(PasswordStyle::Readable)));
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
