// SPDX-License-Identifier: MIT
// The one Catch2 runner every test executable links: compiled once (it is the slowest TU we have).
#define CATCH_CONFIG_RUNNER
#include "CatchQt.h"
#ifdef RESETDESK_CATCH2_V3
#include <catch2/catch_session.hpp>
#endif

#include "common/AppInfo.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs us at build time without a display; a QApplication would abort
    // there and discovery would silently register nothing. Keep a value the caller chose.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, caches and data of tests go to a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    // Debug chatter hides real failures; QT_LOGGING_RULES still turns it back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("resetdesk.*.debug=false"));
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    return Catch::Session().run(argc, argv);
}
