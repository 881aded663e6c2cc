// SPDX-License-Identifier: MIT
#include "auth/ScopeRequest.h"

ScopeRequest::ScopeRequest(SignInMethod method, const QString &account, QObject *parent)
    : QObject(parent)
    , m_method(method)
    , m_account(account)
{
}

void ScopeRequest::join(QObject *waiter)
{
    if (!m_waiters.contains(waiter))
        m_waiters.append(waiter);
}

void ScopeRequest::leave(QObject *waiter)
{
    m_waiters.removeAll(waiter);
    m_waiters.removeAll(nullptr);
    if (m_waiters.isEmpty() && !m_finished)
        cancel();
}

void ScopeRequest::cancel()
{
    if (!m_finished)
        Q_EMIT cancelRequested();
}

void ScopeRequest::beginPrompt(const QStringList &missingScopes)
{
    m_missing = missingScopes;
    m_deviceCode.reset();
    m_manualAddress.clear();
    Q_EMIT promptStarted();
}

void ScopeRequest::showDeviceCode(const DeviceCodePrompt &prompt)
{
    m_deviceCode = prompt;
    Q_EMIT deviceCodeReady(prompt);
}

void ScopeRequest::showManualAddress(const QUrl &address)
{
    m_manualAddress = address;
    Q_EMIT browserNotOpened(address);
}

void ScopeRequest::finish(const AuthError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(error);
}
