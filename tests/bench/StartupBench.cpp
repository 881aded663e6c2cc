// SPDX-License-Identifier: MIT
#include "StartupBench.h"

#include "common/AppInfo.h"
#include "BenchReport.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int samplesPerMode = 7;

/** Milliseconds from spawning the child until it reports its window shown; negative on failure. */
double timeChild(const QString &program, const QString &mode)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    child.start(program, {StartupBench::childOption(), mode});
    while (child.waitForReadyRead(30000)) {
        if (child.readAllStandardOutput().contains("shown")) {
            const double elapsed = timer.nsecsElapsed() / 1e6;
            child.waitForFinished(30000);
            return elapsed;
        }
    }
    child.kill();
    child.waitForFinished();
    return -1.0;
}

} // namespace

namespace StartupBench {

QString childOption()
{
    return u"--startup-child"_s;
}

int run(const QString &program, const QStringList &)
{
    QList<double> mainSamples;
    QList<double> bareSamples;
    // Interleave the two kinds so disk cache and CPU frequency favour neither.
    for (int i = 0; i < samplesPerMode; ++i) {
        const double bare = timeChild(program, u"bare"_s);
        const double main = timeChild(program, u"main"_s);
        if (bare < 0 || main < 0) {
            BenchReport::note(u"a child process did not show its window"_s);
            return 1;
        }
        bareSamples.append(bare);
        mainSamples.append(main);
    }
    const double mainMs = BenchReport::median(mainSamples);
    const double bareMs = BenchReport::median(bareSamples);
    BenchReport::note(u"median of %1 fresh processes each, offscreen"_s.arg(samplesPerMode));
    BenchReport::figure(u"startup_main_window_ms"_s, mainMs, u"ms"_s);
    BenchReport::figure(u"startup_bare_window_ms"_s, bareMs, u"ms"_s);
    BenchReport::figure(u"startup_ratio"_s, bareMs > 0 ? mainMs / bareMs : 0.0, u"x"_s);
    return 0;
}

int runChild(int argc, char *argv[], const QString &mode)
{
    QApplication app(argc, argv);
    std::unique_ptr<LanguageManager> languages;
    std::unique_ptr<QMainWindow> window;
    if (mode == u"main"_s) {
        // The same steps as app/main.cpp, so the figure is what an admin waits for.
        AppInfo::applyToApplication();
        languages = std::make_unique<LanguageManager>();
        languages->apply(LanguageManager::savedChoice());
        window = std::make_unique<MainWindow>(languages.get());
    } else {
        window = std::make_unique<QMainWindow>();
    }
    window->show();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (window->windowHandle() && window->windowHandle()->isExposed()) {
            poll.stop();
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        }
    });
    poll.start(0);
    return QApplication::exec();
}

} // namespace StartupBench
