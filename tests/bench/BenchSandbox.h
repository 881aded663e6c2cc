// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxOptions.h"

#include <QSemaphore>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

class QEventLoop;
class QObject;
class Sandbox;

/**
 * The sandbox on a thread of its own, as a remote Graph would be: its CPU is not the client's.
 * The admin's access token is minted on start with the scopes asked for.
 */
class BenchSandbox
{
public:
    BenchSandbox() = default;
    ~BenchSandbox();
    BenchSandbox(const BenchSandbox &) = delete;
    BenchSandbox &operator=(const BenchSandbox &) = delete;

    bool start(const SandboxOptions &options, const QStringList &scopes);
    /** Runs @p work on the sandbox's thread and waits for it (server truth after a run). */
    void inspect(const std::function<void(Sandbox &)> &work);

    QUrl graphUrl() const { return m_graphUrl; }
    QString token() const { return m_token; }
    QString error() const { return m_error; }
    qsizetype liveUsers() const { return m_liveUsers; }
    QString adminId() const { return m_adminId; }

private:
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_ready;
    QEventLoop *m_loop = nullptr;
    Sandbox *m_sandbox = nullptr;
    QUrl m_graphUrl;
    QString m_token;
    QString m_error;
    QString m_adminId;
    qsizetype m_liveUsers = 0;
    bool m_ok = false;
};

namespace BenchWait {
/** Runs the event loop until @p done; blocks between events (processEvents with a time limit spins). */
bool until(const std::function<bool()> &done, int timeoutMs);
} // namespace BenchWait
