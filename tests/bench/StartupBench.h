// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * Suite "startup": time from process start until the main window is shown (offscreen), beside
 * the same for a bare QMainWindow. Each sample is a fresh child process of this executable.
 */
namespace StartupBench {

int run(const QString &program, const QStringList &args);
/** The option that makes this executable act as a measured child process. */
QString childOption();
/** The child side: shows the requested window, prints "shown" and exits. */
int runChild(int argc, char *argv[], const QString &mode);

} // namespace StartupBench
