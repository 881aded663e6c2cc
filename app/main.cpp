// SPDX-License-Identifier: MIT
// Composition root: builds the application objects and wires them together; no logic of its own.
#include "common/AppInfo.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "auth/AuthSession.h"
#include "auth/ConnectionSettings.h"
#include "auth/KeychainTokenStore.h"
#include "auth/MemoryTokenStore.h"
#include "common/Clock.h"
#include "common/QuitSignals.h"
#include "graph/GraphClient.h"
#include "session/ConsoleSession.h"
#if RESETDESK_WITH_DEMO
#include "demo/DemoLaunch.h"
#endif

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
    // Ended by the session or a terminal, ResetDesk still closes its windows and removes its
    // temporary folders on the way out.
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::received, &app, &QCoreApplication::quit);

    LanguageManager languages;
    languages.apply(LanguageManager::savedChoice());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Reset Microsoft 365 passwords through Microsoft Graph."));
    parser.addHelpOption();
    parser.addVersionOption();
    // Real time everywhere: the session hands it to sign-in, Graph and the views, and the demo
    // organisation runs on it too.
    Clock *clock = Clock::system();
    QNetworkAccessManager network;
#if RESETDESK_WITH_DEMO
    DemoLaunch demoLaunch(&network, clock);
    demoLaunch.addOptions(parser);
#endif
    ConnectionSettings::addCommandLineOptions(parser);
    parser.process(app);

#if RESETDESK_WITH_DEMO
    const bool demo = demoLaunch.isRequested(parser);
#else
    const bool demo = false;
#endif
    QSettings settings;
    std::unique_ptr<TokenStore> tokenStore;
    if (demo)
        tokenStore = std::make_unique<MemoryTokenStore>(); // demo sign-ins must not reach the real keychain
    else
        tokenStore = std::make_unique<KeychainTokenStore>();
    AuthSession auth(tokenStore.get(), &network);
    GraphClient graph(&network, &auth);
    ConsoleSession session(&auth, &graph, demo ? nullptr : &settings, clock);

    if (demo) {
#if RESETDESK_WITH_DEMO
        QString error;
        if (!demoLaunch.start(parser, auth, &error))
            return fail(error);
#endif
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
#if RESETDESK_WITH_DEMO
    if (demo) {
        session.signIn(demoLaunch.connection(), ConsoleSession::Flow::Browser);
        return QApplication::exec();
    }
#endif
    session.restoreLastSession();
    return QApplication::exec();
}
