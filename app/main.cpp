// SPDX-License-Identifier: MIT
// Composition root: builds the application objects and wires them together; no logic of its own.
#include "common/AppInfo.h"
#include "common/BuildCommit.h"
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
#include "session/ProfileOption.h"
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

const auto versionOption = u"version"_s;

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 2;
}

/** Every option of the command line, in the order --help lists them. */
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Reset Microsoft 365 passwords through Microsoft Graph."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption({u"v"_s, versionOption},
        QCoreApplication::translate("main", "Show the version and the commit it was built from.")));
#if RESETDESK_WITH_DEMO
    DemoLaunch::addOptions(parser);
#endif
    ProfileOption::addTo(parser);
    ConnectionSettings::addCommandLineOptions(parser);
}

/**
 * Whether the command line asks only for --help or --version. Those must answer without a display
 * (over SSH, in scripts, for help2man at build time), so they are read before any application
 * object exists and get a QCoreApplication; a QApplication would end for want of a display.
 * Anything the parser does not understand goes to the QApplication, which removes Qt's own
 * options (-platform, -style) before the full parse. --help-all stays there too: it lists those.
 */
bool answersInTerminal(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    addOptions(parser);
    return parser.parse(arguments) && !parser.isSet(u"help-all"_s)
        && (parser.isSet(u"help"_s) || parser.isSet(versionOption));
}

} // namespace

int main(int argc, char *argv[])
{
    // Debug output of our categories is for developers who ask for it (QT_LOGGING_RULES).
    QLoggingCategory::setFilterRules(u"resetdesk.*.debug=false"_s);
    const std::unique_ptr<QCoreApplication> app = answersInTerminal(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    AppInfo::applyToApplication();
    LanguageManager languages;
    languages.apply(LanguageManager::savedChoice());

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(*app);
    if (parser.isSet(versionOption)) {
        std::printf("%s %s\n%s\n", qPrintable(AppInfo::applicationName()), qPrintable(AppInfo::version()),
            qPrintable(QCoreApplication::translate("main", "Built from commit %1").arg(BuildCommit::describe())));
        return 0;
    }

    QApplication::setWindowIcon(QIcon(u":/icons/resetdesk.svg"_s));
    QApplication::setDesktopFileName(AppInfo::applicationId());
    // Ended by the session or a terminal, ResetDesk still closes its windows and removes its
    // temporary folders on the way out.
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::received, app.get(), &QCoreApplication::quit);

    // Real time everywhere: the session hands it to sign-in, Graph and the views, and the demo
    // organisation runs on it too.
    Clock *clock = Clock::system();
    QNetworkAccessManager network;
#if RESETDESK_WITH_DEMO
    DemoLaunch demoLaunch(&network, clock);
#endif

#if RESETDESK_WITH_DEMO
    const bool demo = DemoLaunch::isRequested(parser);
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
        QString problem;
        if (!ProfileOption::apply(parser, session, &problem))
            return fail(problem);
        // The command line's connection options adjust the chosen organisation for this run.
        ConnectionSettings connection = session.currentOrganisation().connection;
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
        // Everything approved at once: a newcomer sees the whole product, not permission prompts.
        session.signIn(demoLaunch.connection(), {SignInMethod::Browser, ConsentChoice::AllAtOnce});
        return QApplication::exec();
    }
#endif
    session.restoreLastSession();
    return QApplication::exec();
}
