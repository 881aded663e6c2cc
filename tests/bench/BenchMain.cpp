// SPDX-License-Identifier: MIT
// resetdesk-bench <suite> [options]: runs one named benchmark suite and prints its figures.
#include "BenchReport.h"
#include "ResetBench.h"
#include "SandboxBench.h"
#include "SlipsBench.h"
#include "StartupBench.h"
#include "UsersBench.h"

#include <QApplication>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Suite
{
    QString description;
    std::function<int(const QString &program, const QStringList &args)> run;
};

std::map<QString, Suite> suites()
{
    return {
        {u"startup"_s, {u"process start to main window shown, against a bare QMainWindow"_s, &StartupBench::run}},
        {u"sandbox"_s, {u"sandbox tenant: start with 100,000 users, then page all of GET /users?$top=999"_s,
                        &SandboxBench::run}},
        {u"users"_s, {u"Active users: load 100,000 users, against a bare download loop and a naive client; search and "
                      u"select all"_s,
                      &UsersBench::run}},
        {u"slips"_s, {u"1,000 password slips to PDF: time and file size"_s, &SlipsBench::run}},
        {u"reset"_s, {u"bulk reset: 3,000 users at 150 ms latency against a sequential client; 20,000 users "
                      u"with throttling"_s,
                      &ResetBench::run}},
    };
}

int usage(int exitCode)
{
    QTextStream err(stderr);
    err << "usage: resetdesk-bench <suite> [options]\n\nsuites:\n";
    for (const auto &[name, suite] : suites())
        err << "  " << name << "  " << suite.description << '\n';
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.size() >= 2 && args.at(0) == StartupBench::childOption())
        return StartupBench::runChild(argc, argv, args.at(1));
    if (args.isEmpty() || args.at(0) == u"--help"_s || args.at(0) == u"-h"_s)
        return usage(args.isEmpty() ? 2 : 0);

    const auto all = suites();
    const auto found = all.find(args.at(0));
    if (found == all.end()) {
        QTextStream(stderr) << "unknown suite: " << args.at(0) << '\n';
        return usage(2);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The users suite measures the real widgets and the slips suite paints with fonts; the others need no GUI.
    std::unique_ptr<QCoreApplication> app;
    if (args.at(0) == u"users"_s || args.at(0) == u"slips"_s)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    const QString program = QCoreApplication::applicationFilePath();
    return found->second.run(program, args.mid(1));
}
