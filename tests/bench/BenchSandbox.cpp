// SPDX-License-Identifier: MIT
#include "BenchSandbox.h"

#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/TenantGenerator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSet>
#include <QTimer>

BenchSandbox::~BenchSandbox()
{
    if (!m_thread)
        return;
    if (m_loop)
        QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_thread->wait();
}

bool BenchSandbox::start(const SandboxOptions &options, const QStringList &scopes)
{
    m_thread.reset(QThread::create([this, options, scopes] {
        Sandbox sandbox(options);
        m_ok = sandbox.start(&m_error);
        QEventLoop loop;
        if (m_ok) {
            m_sandbox = &sandbox;
            m_graphUrl = sandbox.graphUrl();
            m_liveUsers = sandbox.context().tenant.liveUserCount();
            m_adminId = sandbox.context().tenant.adminUserId;
            m_token = sandbox.context()
                          .tokens
                          .issue(sandbox.context().tenant.adminUserId, TenantGenerator::sandboxClientId(),
                              QSet<QString>(scopes.cbegin(), scopes.cend()), false)
                          .accessToken;
            m_loop = &loop;
        }
        m_ready.release();
        if (m_ok)
            loop.exec();
        m_sandbox = nullptr;
    }));
    m_thread->start();
    m_ready.acquire();
    return m_ok;
}

void BenchSandbox::inspect(const std::function<void(Sandbox &)> &work)
{
    if (!m_loop || !m_sandbox)
        return;
    QMetaObject::invokeMethod(m_loop, [this, &work] { work(*m_sandbox); }, Qt::BlockingQueuedConnection);
}

bool BenchWait::until(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // WaitForMoreEvents returns at least this often, to see the deadline
    wake.start(100);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}
