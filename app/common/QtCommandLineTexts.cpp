// SPDX-License-Identifier: MIT
// QCommandLineParser writes the headers of --help ("Usage:", "Options:", "Arguments:") through
// its own tr() context, which the Swedish catalogue Debian ships (qt_sv.qm, no qtbase_sv.qm)
// lacks; listing them here makes lupdate keep them in our .ts, so both programs' help is Swedish
// throughout.
#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const commandLineHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

} // namespace
