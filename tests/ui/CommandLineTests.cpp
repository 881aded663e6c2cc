// SPDX-License-Identifier: MIT
// `resetdesk --help` and `--version` answer in a terminal with no display at all (over SSH, in a
// package's install scripts, for help2man at build time), in the user's language.
#include "CatchQt.h"

#include "session/OrganisationStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Answer
{
    int exitCode = -1;
    QString out;
};

/** Runs the real binary with no display: no X11 or Wayland, no Qt platform chosen. */
Answer runWithoutDisplay(const QStringList &arguments, const QString &language)
{
    QTemporaryDir config;
    REQUIRE(config.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    // A fresh settings folder: no language chosen in the app, so the environment's decides.
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    environment.insert(u"LANGUAGE"_s, language);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(RESETDESK_APP), arguments);
    REQUIRE(app.waitForFinished(20000));
    REQUIRE(app.exitStatus() == QProcess::NormalExit);
    return {app.exitCode(), QString::fromUtf8(app.readAllStandardOutput())};
}

/** The commit the build should name: HEAD's hash, or "unknown" outside a git checkout. */
QString expectedCommit()
{
    QProcess git;
    git.start(u"git"_s, {u"-C"_s, QStringLiteral(RESETDESK_SOURCE_DIR), u"rev-parse"_s, u"--short=12"_s, u"HEAD"_s});
    if (!git.waitForFinished(10000) || git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return u"unknown"_s;
    return QString::fromLatin1(git.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("Command line: --version names the version and build commit without a display", "[ui][cli]")
{
    const Answer answer = runWithoutDisplay({u"--version"_s}, u"en"_s);
    CHECK(answer.exitCode == 0);
    const QStringList lines = answer.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == u"ResetDesk " RESETDESK_VERSION ""_s);
    CHECK(lines.at(1).startsWith(u"Built from commit "_s));
    CHECK(lines.at(1).contains(expectedCommit()));

    const Answer swedish = runWithoutDisplay({u"-v"_s}, u"sv"_s);
    CHECK(swedish.exitCode == 0);
    CHECK(swedish.out.contains(u"Byggd från incheckning "_s + expectedCommit()));
}

TEST_CASE("Command line: --help lists every option without a display", "[ui][cli]")
{
    const Answer answer = runWithoutDisplay({u"--help"_s}, u"en"_s);
    CHECK(answer.exitCode == 0);
    for (const QString &option : {u"--version"_s, u"--demo"_s, u"--demo-users <count>"_s, u"--cloud <cloud>"_s,
             u"--tenant <tenant>"_s, u"--client-id <id>"_s, u"--authority-url <url>"_s, u"--graph-url <url>"_s}) {
        INFO(option.toStdString());
        CHECK(answer.out.contains(option));
    }
    CHECK(answer.out.contains(u"Reset Microsoft 365 passwords through Microsoft Graph."_s));

    // An option's value that looks like an option is still its value, not a request for help.
    const Answer tenant = runWithoutDisplay({u"--tenant"_s, u"-h"_s, u"--version"_s}, u"en"_s);
    CHECK(tenant.exitCode == 0);
    CHECK(tenant.out.startsWith(u"ResetDesk "_s));

    const Answer swedish = runWithoutDisplay({u"-h"_s}, u"sv"_s);
    CHECK(swedish.exitCode == 0);
    CHECK(swedish.out.contains(u"Återställ lösenord i Microsoft 365 via Microsoft Graph."_s));
}

TEST_CASE("Command line: --profile with an unknown name names the saved organizations and exits", "[ui][cli]")
{
    QTemporaryDir config;
    REQUIRE(config.isValid());
    {
        // Where QSettings keeps ResetDesk's settings under this XDG_CONFIG_HOME.
        QSettings settings(config.filePath(u"ResetDesk/ResetDesk.conf"_s), QSettings::IniFormat);
        OrganisationStore store(&settings);
        REQUIRE(store.rename(store.current().id, u"Kvarnby Bygg AB"_s));
        REQUIRE(store.add(u"Ekdal Redovisning"_s, ConnectionSettings(), {}));
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(RESETDESK_APP), {u"--profile"_s, u"Nordvik"_s});
    REQUIRE(app.waitForFinished(20000));
    REQUIRE(app.exitStatus() == QProcess::NormalExit);
    CHECK(app.exitCode() != 0);
    const QString message = QString::fromUtf8(app.readAllStandardError());
    CAPTURE(message);
    CHECK(message.contains(u"No saved organization is called \"Nordvik\". The saved organizations are: "
                           "\"Ekdal Redovisning\" and \"Kvarnby Bygg AB\"."_s));

    const Answer help = runWithoutDisplay({u"--help"_s}, u"en"_s);
    CHECK(help.out.contains(u"--profile <name>"_s));
}
