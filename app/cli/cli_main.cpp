// SPDX-License-Identifier: MIT
// resetdesk-cli's composition root: the application object, its names and language, then the
// command line. No display is needed.
#include "cli/CliApplication.h"
#include "cli/RunHandover.h"
#include "common/AppInfo.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    // Debug output of our categories is for developers who ask for it (QT_LOGGING_RULES).
    // Info lines are for the window program's journal; a terminal gets only what it must act on.
    QLoggingCategory::setFilterRules(u"resetdesk.*.debug=false\nresetdesk.*.info=false"_s);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Password slips are painted with fonts, which only a QGuiApplication may use; the offscreen
    // platform gives it one without a display. Every other command stays a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (RunHandover::wantsSlips(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppInfo::applyToApplication();
    Translations translations;
    translations.apply(Translations::savedChoice());
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
