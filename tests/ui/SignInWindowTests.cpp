// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "WaitUntil.h"

#include "DemoSession.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/signin/SignInDialog.h"
#include "sandbox/TenantGenerator.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QNetworkReply>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString labelText(const MainWindow &window, const QString &name)
{
    const auto *label = window.findChild<QLabel *>(name);
    REQUIRE(label);
    return label->text();
}

/** The app as `resetdesk --demo` builds it, in English, with the window shown. */
struct DemoWindow
{
    LanguageManager languages;
    DemoSession demo;
    MainWindow window{&languages, &demo.session};

    DemoWindow()
    {
        languages.apply(u"en"_s);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

QWidget *currentPage(const MainWindow &window)
{
    const auto *stack = window.findChild<QStackedWidget *>(u"stackPages"_s);
    REQUIRE(stack);
    return stack->currentWidget();
}

} // namespace

TEST_CASE("MainWindow: the demo sign-in shows the admin, the organization and the role", "[ui][signin]")
{
    DemoWindow fixture;
    auto &[languages, demo, window] = fixture;
    window.setDemoMode(true);

    demo.signInAs();
    REQUIRE(demo.waitUntilReady());
    CHECK(currentPage(window)->objectName() == u"pageAccount"_s);
    CHECK(labelText(window, u"labelAccountUpn"_s) == TenantGenerator::adminUserPrincipalName());
    CHECK(labelText(window, u"labelAccountName"_s) == u"Karin Lindqvist (admin)"_s);
    CHECK(labelText(window, u"labelAccountTenant"_s).contains(demo.demo.sandbox().tenantId()));
    CHECK(labelText(window, u"labelAccountRoles"_s).contains(u"Global Administrator"_s));
    CHECK_FALSE(window.findChild<QLabel *>(u"labelRoleWarning"_s)->isVisible());
    CHECK(window.windowTitle().contains(u"demo"_s));
    CHECK(window.findChild<QAction *>(u"actionSignOut"_s)->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(u"actionSignIn"_s)->isEnabled());
}

TEST_CASE("MainWindow: warns when the account holds no role that can reset passwords", "[ui][signin]")
{
    DemoWindow fixture;
    auto &[languages, demo, window] = fixture;

    demo.signInAs(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser));
    REQUIRE(demo.waitUntilReady());
    const auto *warning = window.findChild<QLabel *>(u"labelRoleWarning"_s);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(u"no admin role that can reset passwords"_s));
    CHECK(labelText(window, u"labelAccountRoles"_s) == u"None"_s);
}

TEST_CASE("MainWindow: a role held through a role-assignable group counts", "[ui][signin]")
{
    DemoWindow fixture;
    auto &[languages, demo, window] = fixture;

    demo.signInAs(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::RoleGroupMember));
    REQUIRE(demo.waitUntilReady());
    CHECK(labelText(window, u"labelAccountRoles"_s).contains(u"Helpdesk Administrator"_s));
    CHECK_FALSE(window.findChild<QLabel *>(u"labelRoleWarning"_s)->isVisible());
}

TEST_CASE("MainWindow: File Sign in opens the dialog and Sign out returns to the start page", "[ui][signin]")
{
    DemoWindow fixture;
    auto &[languages, demo, window] = fixture;
    CHECK(currentPage(window)->objectName() == u"pageSignedOut"_s);

    // The start page's button and File › Sign in… open the same dialog, filled with the connection.
    QTest::mouseClick(window.findChild<QPushButton *>(u"buttonSignIn"_s), Qt::LeftButton);
    auto *dialog = window.findChild<SignInDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->enteredConnection() == demo.demo.connection());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    REQUIRE(demo.waitUntilReady());
    REQUIRE(waitUntil([&] { return window.findChild<SignInDialog *>() == nullptr; }, 5000));
    CHECK(labelText(window, u"labelAccountUpn"_s) == TenantGenerator::adminUserPrincipalName());

    window.findChild<QAction *>(u"actionSignOut"_s)->trigger();
    REQUIRE(waitUntil([&] { return demo.session.state() == ConsoleSession::State::SignedOut; }, 5000));
    CHECK(currentPage(window)->objectName() == u"pageSignedOut"_s);
    CHECK(window.findChild<QAction *>(u"actionSignIn"_s)->isEnabled());
    CHECK_FALSE(window.findChild<QAction *>(u"actionSignOut"_s)->isEnabled());
    CHECK(demo.auth.accessToken().isEmpty());
}

TEST_CASE("MainWindow: a session whose sign-in is revoked says to sign in again", "[ui][signin]")
{
    DemoWindow fixture;
    auto &[languages, demo, window] = fixture;
    demo.signInAs();
    REQUIRE(demo.waitUntilReady());

    // What a password change elsewhere does: every refresh token and access token stops working.
    demo.context().tokens.revokeRefreshTokensOf(demo.context().tenant.adminUserId);
    demo.context().tokens.expireAllAccessTokens();
    demo.auth.refreshAccessToken();
    REQUIRE(waitUntil([&] { return demo.session.state() == ConsoleSession::State::SignedOut; }, 10000));
    CHECK(currentPage(window)->objectName() == u"pageSignedOut"_s);
    CHECK(labelText(window, u"labelSignedOutHint"_s).contains(u"Sign in again"_s));
}

TEST_CASE("MainWindow: the browser tab after sign-in speaks the chosen language", "[ui][signin][i18n]")
{
    DemoWindow fixture;
    auto &[languages, demo, window] = fixture;
    languages.apply(u"sv"_s);
    // The window retranslates on the posted LanguageChange.
    REQUIRE(waitUntil([&] { return labelText(window, u"labelSignedOutTitle"_s) == u"Inte inloggad"_s; }, 5000));

    // A browser that follows every redirect and keeps the last page, as a person would see it.
    QNetworkAccessManager browser;
    QByteArray shownPage;
    demo.auth.setUrlOpener([&](const QUrl &url) {
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&shownPage, reply] {
            shownPage = reply->readAll();
            reply->deleteLater();
        });
        return true;
    });
    REQUIRE(demo.session.signIn(demo.demo.connection(), {}));
    REQUIRE(demo.waitUntilReady());
    REQUIRE(waitUntil([&] { return !shownPage.isEmpty(); }, 5000));
    const QString page = QString::fromUtf8(shownPage);
    CHECK(page.contains(u"lang=\"sv"_s));
    CHECK(page.contains(u"Du kan stänga"_s));
    languages.apply(u"en"_s);
}
