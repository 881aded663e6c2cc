// SPDX-License-Identifier: MIT
#pragma once

#include "CatchQt.h"
#include "WaitUntil.h"
#include "WidgetLookup.h"

#include "DemoSession.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/users/UsersPage.h"
#include "directory/UserDirectoryLoader.h"
#include "sandbox/SandboxTenant.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

/**
 * The app as `resetdesk --demo` builds it, in English, shown and active, with the users page's
 * models under Fatal testers and its loads recorded; signing in is left to the test.
 */
struct UsersPageWindow
{
    LanguageManager languages;
    DemoSession demo;
    MainWindow window {&languages, &demo.session};
    UsersPage *page = window.usersPage();
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<QSignalSpy> finishes;

    explicit UsersPageWindow(int users)
        : demo(nullptr, nullptr, users)
    {
        languages.apply(QStringLiteral("en"));
        REQUIRE(page);
        REQUIRE(page->loader());
        modelTester = std::make_unique<QAbstractItemModelTester>(
            page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        finishes = std::make_unique<QSignalSpy>(page->loader(), &UserDirectoryLoader::finished);
        window.resize(1200, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    /** Until a load has finished and nothing is under way. */
    void waitUntilLoaded()
    {
        REQUIRE(waitUntil([this] { return !finishes->isEmpty() && !page->loader()->isBusy(); }, 60000));
    }

    template<typename T> T *child(const QString &name) const { return ::child<T>(page, name); }

    SandboxTenant &tenant() { return demo.context().tenant; }
};
