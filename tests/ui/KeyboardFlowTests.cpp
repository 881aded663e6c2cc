// SPDX-License-Identifier: MIT
// Flows an admin completes with the keyboard alone: every key goes to the widget that has the
// focus, as a real keyboard's would, and no click or direct call moves the flow on.
#include "BulkRunWindow.h"
#include "ResetWindow.h"

#include <QApplication>
#include <QFile>
#include <QTableView>

namespace {

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

/** @p key to whatever has the keyboard focus now, or to the active window when nothing has. */
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

/**
 * Waits until @p window really is the application's active window (qWaitForWindowActive also
 * accepts a dialog that only shares its parent's activation).
 */
bool becomesActive(QWidget *window)
{
    return waitUntil([window] { return QApplication::activeWindow() == window; }, 5000);
}

} // namespace

TEST_CASE("Keyboard: a single reset and its hand-over on screen, with keys only", "[ui][reset][keyboard]")
{
    ResetWindow app;
    app.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&app.window));
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    // Signed in, the list loaded: the keyboard starts in the list, not nowhere.
    CHECK(focused() == app.page->table());

    // Find her: Ctrl+F, her name, Down to the list.
    press(Qt::Key_F, Qt::ControlModifier);
    CHECK(focused()->objectName() == u"lineSearch"_s);
    type(elsa.displayName);
    REQUIRE(waitUntil([&] { return app.page->table()->model()->rowCount() == 1; }, 10000));
    press(Qt::Key_Down);
    CHECK(focused() == app.page->table());
    REQUIRE(waitUntil([&] { return app.page->currentUser().id() == elsa.id; }, 5000));

    // Ctrl+R opens the reset dialog with the focus in it; Enter resets.
    press(Qt::Key_R, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return app.flow->dialog() != nullptr; }, 5000));
    ResetPasswordDialog *dialog = app.flow->dialog();
    REQUIRE(becomesActive(dialog));
    CHECK(focused()->window() == dialog);
    press(Qt::Key_Return);

    // The result: the focus is on it, its Copy button copies the password, Esc closes it.
    ResetResultDialog *result = app.waitForResult();
    REQUIRE(becomesActive(result));
    CHECK(focused()->window() == result);
    // Tab to Copy, Space presses it.
    for (int step = 0; step < 10 && focused()->objectName() != u"buttonCopy"_s; ++step)
        press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"buttonCopy"_s);
    press(Qt::Key_Space);
    CHECK(QGuiApplication::clipboard()->text() == elsa.password);
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !result->isVisible(); }, 5000));

    // Back where the admin was: the list, on her row, ready for the next one.
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() != nullptr; }, 5000));
    CHECK(focused() == app.page->table());
    CHECK(app.page->currentUser().id() == elsa.id);
}

TEST_CASE("Keyboard: a bulk reset from ticks to hand-over, with keys only", "[ui][bulk][keyboard]")
{
    BulkRunWindow app(60);
    app.window.activateWindow();
    REQUIRE(becomesActive(&app.window));
    const QList<SandboxUser *> users = app.plainServerUsers(3);
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == app.page->table(); }, 5000));

    // Tick each: Ctrl+F, the username, Down to the list, Space ticks the user the list is on.
    for (const SandboxUser *user : users) {
        press(Qt::Key_F, Qt::ControlModifier);
        REQUIRE(focused()->objectName() == u"lineSearch"_s);
        type(user->userPrincipalName); // the username: ASCII, as QTest types
        REQUIRE(waitUntil([&] { return app.page->table()->model()->rowCount() == 1; }, 10000));
        press(Qt::Key_Down);
        REQUIRE(focused() == app.page->table());
        press(Qt::Key_Space);
    }
    REQUIRE(app.page->selectedUsers().size() == 3);

    // Ctrl+Shift+B opens the plan with the focus in it; Enter starts the run.
    press(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(waitUntil([&] { return app.flow->planDialog() != nullptr; }, 5000));
    BulkPlanDialog *plan = app.flow->planDialog();
    REQUIRE(becomesActive(plan));
    REQUIRE(waitUntil([&] { return plan->resetButton()->isEnabled(); }, 10000));
    press(Qt::Key_Return);

    // The run window takes the focus; the run ends by itself.
    REQUIRE(waitUntil([&] { return app.flow->runDialog() != nullptr; }, 20000));
    BulkRunDialog *run = app.flow->runDialog();
    REQUIRE(becomesActive(run));
    CHECK(focused()->window() == run);
    app.waitUntilFinished(run);

    // Hand-over: Tab to Save results as CSV, Space; the admin names the file.
    const QString csvPath = app.folder.filePath(u"keyboard.csv"_s);
    run->setFileChooser([&](const QString &) { return csvPath; });
    // Tab leaves the results table (it does not walk its cells) and reaches the buttons.
    for (int step = 0; step < 30 && focused()->objectName() != u"buttonSaveCsv"_s; ++step)
        press(Qt::Key_Tab);
    REQUIRE(focused()->objectName() == u"buttonSaveCsv"_s);
    press(Qt::Key_Space);
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray written = csv.readAll();
    for (const SandboxUser *user : users)
        CHECK(written.contains(user->password.toUtf8()));

    // Esc closes the window; the keyboard is back in the list.
    press(Qt::Key_Escape);
    REQUIRE(waitUntil([&] { return !run->isVisible(); }, 5000));
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() != nullptr; }, 5000));
    CHECK(focused() == app.page->table());
}
