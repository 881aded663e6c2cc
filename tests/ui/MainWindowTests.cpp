// SPDX-License-Identifier: MIT
#include "AccessibleText.h"
#include "CatchQt.h"
#include "WaitUntil.h"

#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

/** Restores English and the saved choice after a test that switches language. */
struct LanguageGuard
{
    LanguageManager &languages;
    ~LanguageGuard()
    {
        QSettings().remove(u"ui/language"_s);
        languages.apply(u"en"_s);
    }
};

} // namespace

TEST_CASE("MainWindow: opens with File, View and Help menus and a status bar", "[ui][mainwindow]")
{
    LanguageManager languages;
    languages.apply(u"en"_s);
    MainWindow window(&languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    CHECK(window.windowTitle() == u"ResetDesk"_s);
    CHECK(menuTitles(window) == QStringList{u"&File"_s, u"&View"_s, u"&Reset"_s, u"&Policies"_s, u"&Help"_s});
    CHECK_FALSE(window.windowIcon().isNull());
    const auto *status = window.statusBar()->findChild<QLabel *>();
    REQUIRE(status);
    CHECK(status->text() == u"Not signed in"_s);
    // A screen reader hears the status itself, and what it is about as the description.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QLabel *>(status));
    REQUIRE(accessible);
    CHECK(accessible->text(QAccessible::Name) == u"Not signed in"_s);
    CHECK(accessible->text(QAccessible::Description) == u"Connection status"_s);
}

TEST_CASE("MainWindow: About names the ResetDesk and Qt versions", "[ui][mainwindow]")
{
    MainWindow window(nullptr);
    const QString about = window.aboutText();
    CHECK(about.contains(QStringLiteral(RESETDESK_VERSION)));
    CHECK(about.contains(QString::fromLatin1(qVersion())));
}

TEST_CASE("MainWindow: choosing Svenska in the View menu retranslates the open window", "[ui][mainwindow][i18n]")
{
    LanguageManager languages;
    languages.apply(u"en"_s);
    LanguageGuard guard{languages};
    MainWindow window(&languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *swedish = window.findChild<QAction *>(u"actionLanguage_sv"_s);
    REQUIRE(swedish);
    CHECK(swedish->text() == u"Svenska"_s);
    swedish->trigger();

    CHECK(languages.current() == u"sv"_s);
    CHECK(LanguageManager::savedChoice() == u"sv"_s);
    // Qt posts QEvent::LanguageChange to the widgets; wait for it to arrive.
    const QStringList swedishMenus{u"&Arkiv"_s, u"&Visa"_s, u"&Återställ"_s, u"&Principer"_s, u"&Hjälp"_s};
    REQUIRE(waitUntil([&] { return menuTitles(window) == swedishMenus; }, 5000));
    CHECK(window.statusBar()->findChild<QLabel *>()->text() == u"Inte inloggad"_s);
    auto *hint = window.findChild<QLabel *>(u"labelSignedOutHint"_s);
    REQUIRE(hint);
    CHECK(hint->text().startsWith(u"Logga in"_s));

    // Qt's own standard buttons follow too (Debian's Swedish Qt catalogue lacks them; ours has them).
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == u"Avbryt"_s);
    CHECK(buttons.button(QDialogButtonBox::Close)->text() == u"Stäng"_s);

    auto *english = window.findChild<QAction *>(u"actionLanguage_en"_s);
    REQUIRE(english);
    english->trigger();
    const QStringList englishMenus{u"&File"_s, u"&View"_s, u"&Reset"_s, u"&Policies"_s, u"&Help"_s};
    CHECK(waitUntil([&] { return menuTitles(window) == englishMenus; }, 5000));
}

TEST_CASE("MainWindow: every menu and status control has a name for assistive technology", "[ui][mainwindow][a11y]")
{
    LanguageManager languages;
    languages.apply(u"en"_s);
    MainWindow window(&languages);
    const auto labels = window.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        // What a screen reader announces: the label's text, and for a label that shows a value
        // or a message, a description of what it is (so it says something even while empty).
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        REQUIRE(accessible);
        INFO(label->objectName().toStdString());
        CHECK_FALSE(QString(accessible->text(QAccessible::Name) + accessible->text(QAccessible::Description)).isEmpty());
    }
    const QStringList hiding = labelsHidingTheirText(&window);
    INFO(hiding.join(u'\n').toStdString());
    CHECK(hiding.isEmpty());
    const auto actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->menu())
            continue;
        INFO(action->objectName().toStdString());
        CHECK_FALSE(action->text().isEmpty());
    }
}

TEST_CASE("MainWindow: opens as wide as its list within the screen, then as the admin left it",
          "[ui][mainwindow]")
{
    const QString key = u"mainWindow/geometry"_s;
    QSettings().remove(key);
    LanguageManager languages;
    languages.apply(u"en"_s);
    QSize leftAt;
    {
        MainWindow first(&languages);
        const QSize available = first.screen()->availableGeometry().size();
        CHECK(first.width() <= available.width());
        CHECK(first.height() <= available.height());
        // Wider than the 960 pixels that showed four and a half of twelve columns, where the
        // screen has room for it.
        CHECK(first.width() >= std::min(1100, int(available.width() * 0.9)));
        first.show();
        REQUIRE(QTest::qWaitForWindowExposed(&first));
        first.resize(first.width() - 100, first.height() - 100);
        leftAt = first.size();
        first.close();
    }
    MainWindow second(&languages);
    CHECK(second.size() == leftAt);
    QSettings().remove(key);
}
