// SPDX-License-Identifier: MIT
// resetdesk-screenshots OUTPUT_DIR: the pictures the software centre shows (AppStream metainfo),
// taken from the real windows of `resetdesk --demo` in English, as the X server drew them.
// Run it under Xvfb through take-screenshots.sh, which gives it a screen of the right size.
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"
#include "common/AppInfo.h"
#include "common/Clock.h"
#include "demo/DemoTenant.h"
#include "graph/GraphClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"
#include "session/ConsoleSession.h"
#include "ui/reset/ResetFlow.h"
#include "ui/reset/ResetPasswordDialog.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/users/UsersPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Runs the event loop until @p done or @p timeoutMs pass; whether it came true. */
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

/**
 * Lets the X server draw what Qt sent it, then saves the whole screen: the window (and any
 * dialog over it) exactly as a user would see it, not a re-rendering of the widgets.
 */
bool saveScreen(const QString &file)
{
    waitFor([] { return false; }, 700);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    if (shot.isNull() || !shot.save(file, "PNG")) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(file), shot.width(), shot.height());
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "resetdesk-screenshots: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(u"resetdesk.*.debug=false"_s);
    QApplication app(argc, argv);
    if (argc != 2)
        return fail("usage: resetdesk-screenshots OUTPUT_DIR");
    const QDir output(QString::fromLocal8Bit(argv[1]));
    AppInfo::applyToApplication();
    QApplication::setWindowIcon(QIcon(u":/icons/resetdesk.svg"_s));

    // The objects `resetdesk --demo` wires together, in English whatever the machine's language.
    LanguageManager languages;
    languages.apply(u"en"_s);
    QNetworkAccessManager network;
    DemoTenant demo(&network);
    QString error;
    if (!demo.start(DemoTenant::defaultUserCount, &error))
        return fail(qPrintable(error));
    MemoryTokenStore tokens;
    AuthSession auth(&tokens, &network);
    auth.setUrlOpener([&demo](const QUrl &url) { return demo.openInBrowser(url); });
    GraphClient graph(&network, &auth);
    ConsoleSession session(&auth, &graph, nullptr, Clock::system());

    MainWindow window(&languages, &session);
    window.setDemoMode(true);
    // The whole screen: with no window manager under Xvfb the window sits at its top left.
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    session.signIn(demo.connection(), {SignInMethod::Browser, ConsentChoice::AllAtOnce});
    UsersPage *page = window.usersPage();
    if (!waitFor([&] { return session.state() == ConsoleSession::State::Ready && page->hasLoaded(); }))
        return fail("the demo organisation did not load");

    // An ordinary employee, the account a help desk resets most.
    SandboxUser *user = demo.sandbox().context().tenant.userByIdOrUpn(
        TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser));
    if (!user || !page->showUser(user->id))
        return fail("the demo user is not in the list");
    if (!saveScreen(output.filePath(u"main-window.png"_s)))
        return 1;

    auto *reset = page->findChild<QPushButton *>(u"buttonResetPassword"_s);
    if (!reset || !waitFor([&] { return reset->isEnabled(); }))
        return fail("Reset password is not available");
    reset->click();
    if (!waitFor([&] { return window.resetFlow()->dialog() && window.resetFlow()->dialog()->isVisible(); }))
        return fail("the reset dialog did not open");
    if (!saveScreen(output.filePath(u"reset-dialog.png"_s)))
        return 1;
    window.resetFlow()->dialog()->reject();
    return 0;
}
