// SPDX-License-Identifier: MIT
// Composition root: builds the application objects and wires them together; no logic of its own.
#include "AppInfo.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "auth/AuthSession.h"
#include "auth/ConnectionSettings.h"
#include "auth/KeychainTokenStore.h"
#include "auth/MemoryTokenStore.h"
#include "common/Clock.h"
#include "demo/DemoTenant.h"
#include "graph/GraphClient.h"
#include "session/ConsoleSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QIcon>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Debug output of our categories is for developers who ask for it (QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(u"resetdesk.*.debug=false"_s);
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setWindowIcon(QIcon(u":/icons/resetdesk.svg"_s));
    QApplication::setDesktopFileName(AppInfo::applicationId());

    LanguageManager languages;
    languages.apply(LanguageManager::savedChoice());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Reset Microsoft 365 passwords through Microsoft Graph."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s,
        QCoreApplication::translate("main", "Open the built-in demo organization instead of a real one."));
    parser.addOption(demoOption);
    const QCommandLineOption demoUsersOption(
        u"demo-users"_s,
        QCoreApplication::translate("main", "Number of users in the demo organization (default %1).")
            .arg(DemoTenant::defaultUserCount),
        u"count"_s, QString::number(DemoTenant::defaultUserCount));
    parser.addOption(demoUsersOption);
    ConnectionSettings::addCommandLineOptions(parser);
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    QSettings settings;
    QNetworkAccessManager network;
    std::unique_ptr<TokenStore> tokenStore;
    if (demo)
        tokenStore = std::make_unique<MemoryTokenStore>(); // demo sign-ins must not reach the real keychain
    else
        tokenStore = std::make_unique<KeychainTokenStore>();
    // Real time everywhere; the session hands it to sign-in, Graph and the views.
    Clock *clock = Clock::system();
    AuthSession auth(tokenStore.get(), &network);
    GraphClient graph(&network, &auth);
    ConsoleSession session(&auth, &graph, demo ? nullptr : &settings, clock);

    DemoTenant demoTenant(&network, clock);
    if (demo) {
        bool countOk = false;
        const int userCount = parser.value(demoUsersOption).toInt(&countOk);
        if (!countOk || userCount < 1 || userCount > 200000)
            return fail(QCoreApplication::translate("main", "--demo-users needs a number from 1 to 200000."));
        QString error;
        if (!demoTenant.start(userCount, &error))
            return fail(QCoreApplication::translate("main", "The demo organization could not start: %1").arg(error));
        auth.setUrlOpener([&demoTenant](const QUrl &url) { return demoTenant.openInBrowser(url); });
    } else {
        auth.setUrlOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
        ConnectionSettings connection = ConnectionSettings::load(settings);
        QString badOption;
        if (!connection.applyCommandLine(parser, &badOption))
            return fail(QCoreApplication::translate("main", "The value of --%1 cannot be used. Run resetdesk --help "
                                                            "to see what each option expects.")
                            .arg(badOption));
        session.setConnection(connection);
    }

    MainWindow window(&languages, &session);
    window.setDemoMode(demo);
    window.show();
    if (demo)
        session.signIn(demoTenant.connection(), ConsoleSession::Flow::Browser);
    else
        session.restoreLastSession();
    return QApplication::exec();
}
