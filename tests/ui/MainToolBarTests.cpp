// SPDX-License-Identifier: MIT
// The toolbar's main actions, clicked as an admin clicks them, named for screen readers and in
// Swedish after the switch.
#include "ResetWindow.h"

#include "directory/UserListModel.h"
#include "ui/bulk/BulkPlanDialog.h"
#include "ui/bulk/BulkResetFlow.h"
#include "ui/handover/HandoverDialogs.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace {

QToolButton *toolButton(MainWindow &window, const QString &actionName)
{
    auto *bar = child<QToolBar>(window, u"toolBarMain"_s);
    auto *action = child<QAction>(bar, actionName);
    auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
    REQUIRE(button);
    return button;
}

QString heard(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    REQUIRE(accessible);
    return accessible->text(QAccessible::Name);
}

} // namespace

TEST_CASE("MainToolBar: its buttons reset, print, refresh and search, named and reached with Tab",
    "[ui][toolbar][a11y]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    const QStringList names {u"toolResetPassword"_s, u"toolResetSelected"_s, u"toolPrintSlips"_s,
        u"toolRefresh"_s, u"toolSearch"_s};
    for (const QString &name : names) {
        QToolButton *button = toolButton(app.window, name);
        INFO(name.toStdString());
        CHECK(button->isVisible());
        CHECK(button->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
        CHECK_FALSE(button->icon().isNull());
        CHECK((button->focusPolicy() & Qt::TabFocus));
        CHECK(heard(button) == button->text());
    }

    // Search puts the keyboard in the search field.
    QTest::mouseClick(toolButton(app.window, u"toolSearch"_s), Qt::LeftButton);
    CHECK(QApplication::focusWidget() == app.page->findChild<QLineEdit *>(u"lineSearch"_s));

    // Reset selected users (N) follows the ticks and opens the plan for them.
    QToolButton *resetSelected = toolButton(app.window, u"toolResetSelected"_s);
    CHECK(resetSelected->text() == u"Reset selected users (0)"_s);
    CHECK_FALSE(resetSelected->isEnabled());
    const QString otherId = app.page->model()->userAt(2).id();
    app.page->selection()->select(elsa.id);
    app.page->selection()->select(otherId);
    CHECK(resetSelected->text() == u"Reset selected users (2)"_s);
    CHECK(heard(resetSelected) == u"Reset selected users (2)"_s);
    REQUIRE(resetSelected->isEnabled());
    QTest::mouseClick(resetSelected, Qt::LeftButton);
    BulkPlanDialog *plan = app.window.bulkResetFlow()->planDialog();
    REQUIRE(plan);
    REQUIRE(waitUntil([&] { return plan->isVisible(); }, 5000));
    CHECK(plan->request().targets.size() == 2);
    plan->reject();
    app.page->selection()->clear();

    // Refresh loads the list again.
    QSignalSpy loads(app.page->loader(), &UserDirectoryLoader::finished);
    QToolButton *refresh = toolButton(app.window, u"toolRefresh"_s);
    REQUIRE(waitUntil([&] { return refresh->isEnabled(); }, 10000));
    QTest::mouseClick(refresh, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !loads.isEmpty(); }, 30000));

    // Reset password… resets the chosen user; Print slips… then prints the result's slip.
    QToolButton *print = toolButton(app.window, u"toolPrintSlips"_s);
    CHECK_FALSE(print->isEnabled());
    REQUIRE(app.page->showUser(elsa.id));
    QToolButton *reset = toolButton(app.window, u"toolResetPassword"_s);
    REQUIRE(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return app.flow->dialog() && app.flow->dialog()->isVisible(); }, 5000));
    app.flow->dialog()->resetButton()->click();
    ResetResultDialog *result = app.waitForResult();
    app.window.activateWindow();
    REQUIRE(waitUntil([&] { return print->isEnabled(); }, 5000));
    QTest::mouseClick(print, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return app.flow->handoverDialogs()->printDialog() != nullptr; }, 5000));
    result->reject();
}

TEST_CASE("MainToolBar: speaks Swedish after the switch", "[ui][toolbar][i18n]")
{
    ResetWindow app;
    app.page->selection()->select(app.page->model()->userAt(1).id());
    app.languages.apply(u"sv"_s);
    QCoreApplication::processEvents();
    CHECK(toolButton(app.window, u"toolResetPassword"_s)->text() == u"Återställ lösenord…"_s);
    CHECK(toolButton(app.window, u"toolResetSelected"_s)->text() == u"Återställ markerade användare (1)"_s);
    CHECK(toolButton(app.window, u"toolPrintSlips"_s)->text() == u"Skriv ut lösenordslappar…"_s);
    CHECK(toolButton(app.window, u"toolRefresh"_s)->text() == u"Uppdatera"_s);
    CHECK(toolButton(app.window, u"toolSearch"_s)->text() == u"Sök"_s);
    app.languages.apply(u"en"_s);
}
