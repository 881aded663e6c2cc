// SPDX-License-Identifier: MIT
// `resetdesk --demo` as a desktop session ends it: a terminal's Ctrl+C (SIGINT) or the session
// manager's SIGTERM clean up exactly as File › Quit does, leaving no demo folder behind.
#include "CatchQt.h"
#include "WaitUntil.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

/** What the demo left in @p folder, its private temporary folder. */
QStringList leftIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

TEST_CASE("Demo: SIGTERM and SIGINT remove the demo's folder as Quit does", "[ui][demo]")
{
    for (const int signal : {SIGTERM, SIGINT}) {
        INFO(signal);
        QTemporaryDir temp;
        REQUIRE(temp.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TMPDIR"_s, temp.path());
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess app;
        app.setProcessEnvironment(environment);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        app.start(QStringLiteral(RESETDESK_APP), {u"--demo"_s, u"--demo-users"_s, u"20"_s});
        REQUIRE(app.waitForStarted(10000));
        // The demo makes its folder for bulk-run journals as its window opens.
        REQUIRE(waitUntil([&] { return !leftIn(temp.path()).isEmpty(); }, 20000));

        ::kill(pid_t(app.processId()), signal);
        REQUIRE(app.waitForFinished(20000));
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(leftIn(temp.path()) == QStringList());
    }
}
