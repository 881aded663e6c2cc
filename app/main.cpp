// SPDX-License-Identifier: MIT
// Composition root: builds the application objects and wires them together; no logic of its own.
#include "AppInfo.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
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
    parser.process(app);

    MainWindow window(&languages);
    window.show();
    return QApplication::exec();
}
