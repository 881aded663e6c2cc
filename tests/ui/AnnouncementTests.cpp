// SPDX-License-Identifier: MIT
// What a screen reader is told without the admin moving the focus: problems, rules, progress
// and results raise accessibility events, as the AT-SPI bridge that Orca listens to receives them.
// Tagged [atspi]: they run under Xvfb with the accessibility bus (with-atspi.sh), where Qt's
// bridge is active as it is with a screen reader running.
#include "AccessibilityEventSpy.h"
#include "AccessibleText.h"
#include "BulkRunWindow.h"
#include "ResetWindow.h"

#include <QProgressBar>

namespace {

/** The names @p label was announced with (raised as an alert). */
QStringList alerts(const AccessibilityEventSpy &spy, const QLabel *label)
{
    return spy.heard(label, QAccessible::Alert);
}

} // namespace

TEST_CASE("Announcement: the reset dialog announces its problem and the password rules", "[ui][a11y][atspi]")
{
    ResetWindow app;
    const DirectoryUser user = app.page->model()->userAt(1);
    ResetPasswordDialog dialog(user, app.demo.session.admin(), ResetRequest::Action::Reset);
    showAndWait(dialog);
    AccessibilityEventSpy spy;

    const QString problem = u"Microsoft 365 refused the password: it is too easy to guess."_s;
    dialog.showProblem(problem);
    auto *labelProblem = child<QLabel>(dialog, u"labelProblem"_s);
    CHECK(alerts(spy, labelProblem) == QStringList {problem});

    // Typing a password: the rule list is announced when it changes, not at every key.
    child<QRadioButton>(dialog, u"radioTyped"_s)->click();
    auto *rules = child<QLabel>(dialog, u"labelRules"_s);
    spy.clear();
    QTest::keyClicks(child<QLineEdit>(dialog, u"linePassword"_s), u"sh"_s);
    const QStringList heard = alerts(spy, rules);
    REQUIRE_FALSE(heard.isEmpty());
    CHECK(heard.last() == displayedText(rules));
    CHECK(heard.size() < 3);
    spy.clear();
    QTest::keyClicks(child<QLineEdit>(dialog, u"linePassword"_s), u"-Tolv-Lampor-Bada-42"_s);
    CHECK(alerts(spy, rules).value(alerts(spy, rules).size() - 1)
        == u"This password meets the Microsoft 365 rules."_s);
}

TEST_CASE("Announcement: the result dialog announces the outcome when it opens", "[ui][a11y][atspi]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    AccessibilityEventSpy spy;
    app.open(Archetype::PlainUser)->resetButton()->click();
    ResetResultDialog *result = app.waitForResult();
    const auto *headline = child<QLabel>(result, u"labelHeadline"_s);
    CHECK(alerts(spy, headline)
        == QStringList {u"The password of "_s + elsa.displayName + u" has been reset."_s});

    // Copying is said once; the countdown's seconds are not.
    spy.clear();
    child<QPushButton>(result, u"buttonCopy"_s)->click();
    const auto *clipboard = child<QLabel>(result, u"labelClipboard"_s);
    REQUIRE(waitUntil([&] { return clipboard->isVisible(); }, 5000));
    QTest::qWait(1200);
    CHECK(alerts(spy, clipboard).size() == 1);
}

TEST_CASE("Announcement: the bulk run window announces its progress, phases and result", "[ui][a11y][atspi]")
{
    BulkRunWindow app;
    AccessibilityEventSpy spy;
    BulkRunDialog *dialog = app.runToEnd(app.plainServerUsers(12));
    QTest::qWait(50);

    const auto *bar = child<QProgressBar>(dialog, u"progressBar"_s);
    CHECK_FALSE(spy.heard(bar, QAccessible::ValueChanged).isEmpty());
    const QStringList phases = alerts(spy, child<QLabel>(dialog, u"labelPhase"_s));
    REQUIRE_FALSE(phases.isEmpty());
    CHECK(phases.contains(u"Resetting passwords…"_s));
    CHECK(phases.last() == u"Finished. Every user was reset."_s);
    // Each phase once, however many answers came in.
    CHECK(phases.size() <= 3);
}

TEST_CASE("Announcement: the details pane announces a user's details it could not read", "[ui][a11y][atspi]")
{
    ResetWindow app;
    SandboxUser &elsa = app.server(Archetype::PlainUser);
    SandboxFaultRule rule;
    rule.method = "GET";
    rule.userId = elsa.id;
    rule.remaining = -1;
    rule.status = 403;
    rule.code = u"Authorization_RequestDenied"_s;
    rule.message = u"Insufficient privileges to complete the operation."_s;
    app.demo.context().faults.addRule(rule);
    AccessibilityEventSpy spy;

    REQUIRE(app.page->showUser(elsa.id));
    auto *status = child<QLabel>(app.page, u"labelDetailsStatus"_s);
    REQUIRE(waitUntil([&] { return status->text().startsWith(u"ResetDesk could not read"_s); }, 10000));
    CHECK(alerts(spy, status) == QStringList {status->text()});
    // The values it did read are heard as they change.
    CHECK_FALSE(spy.heard(child<QLabel>(app.page, u"labelDetailsUpn"_s), QAccessible::NameChanged).isEmpty());
}
