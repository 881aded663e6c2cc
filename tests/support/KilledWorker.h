// SPDX-License-Identifier: MIT
// Runs a worker process that resumes a run journal against this process's sandbox, and kills it
// with SIGKILL once a given number of the run's users are final: the crash the journal must
// survive. The worker prints "already N" (users final when it started) and "final N" per user.
#pragma once

#include "CatchQt.h"
#include "SandboxFixture.h"
#include "WaitUntil.h"

#include <QProcess>

#include <csignal>

/**
 * Starts @p workerPath on @p journalPath, giving it @p key and @p token on stdin; kills it once
 * @p killAt users of the run are final (0 = never). Returns -1 when it was killed, else its exit code.
 */
inline int runKilledWorker(SandboxFixture &fixture, const QString &workerPath, const QString &journalPath,
                           const QByteArray &key, const QString &token, int killAt)
{
    QProcess worker;
    worker.setProcessChannelMode(QProcess::SeparateChannels);
    worker.start(workerPath, {fixture.sandbox().graphUrl().toString(), journalPath});
    REQUIRE(worker.waitForStarted(10000));
    worker.write(key.toHex() + '\n' + token.toLatin1() + '\n');
    worker.closeWriteChannel();
    int finalUsers = -1; // unknown until the worker said how many were final before it started
    bool killed = false;
    // The sandbox lives in this process: keep its event loop turning while the worker runs.
    REQUIRE(waitUntil(
        [&] {
            while (worker.canReadLine()) {
                const QByteArray line = worker.readLine().trimmed();
                if (line.startsWith("already "))
                    finalUsers = line.mid(8).toInt();
                else if (line.startsWith("final ") && finalUsers >= 0)
                    ++finalUsers;
            }
            if (!killed && killAt > 0 && finalUsers >= killAt) {
                ::kill(pid_t(worker.processId()), SIGKILL);
                killed = true;
            }
            return worker.state() == QProcess::NotRunning;
        },
        120000));
    if (killed)
        return -1;
    INFO(worker.readAllStandardError().toStdString());
    REQUIRE(worker.exitStatus() == QProcess::NormalExit);
    return worker.exitCode();
}
