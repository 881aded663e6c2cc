// SPDX-License-Identifier: MIT
#include "auth/DeviceCodeSignIn.h"

#include "auth/AuthLogging.h"

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

DeviceCodeSignIn::DeviceCodeSignIn(IdentityClient *identity, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_pollTimer(identity->clock()->createTimer(ClockTimer::Kind::SingleShot, this))
{
    connect(m_pollTimer, &ClockTimer::timeout, this, &DeviceCodeSignIn::poll);
}

void DeviceCodeSignIn::start(const QStringList &scopes)
{
    m_finished = false;
    m_polls = 0;
    m_transientFailures = 0;
    m_identity->requestDeviceCode(scopes, this, [this](const DeviceCodeResponse &code, const AuthError &error) {
        if (m_finished)
            return;
        if (error.isError()) {
            fail(error);
            return;
        }
        m_deviceCode = code.deviceCode;
        m_interval = std::chrono::seconds(std::max(code.interval, 0));
        if (m_intervalOverride.count() >= 0)
            m_interval = m_intervalOverride;
        // The service's expired_token is the normal end; this deadline (a poll interval later) only
        // stops polling a service that never says so. Without expires_in, 15 min is its default.
        const int expiresIn = code.expiresIn > 0 ? code.expiresIn : 900;
        const qint64 pollForMs = (expiresIn + std::max(code.interval, 5)) * 1000LL;
        m_expiresAtMs = m_identity->clock()->monotonicMs() + pollForMs;
        qCInfo(lcAuth) << "device code issued; polling every" << code.interval << "s for" << code.expiresIn << "s";
        Q_EMIT codeReady(code);
        schedulePoll();
    });
}

void DeviceCodeSignIn::cancel()
{
    if (m_finished)
        return;
    qCInfo(lcAuth) << "device code sign-in cancelled";
    fail(AuthError::cancelled());
}

void DeviceCodeSignIn::abort()
{
    m_finished = true;
    m_pollTimer->stop();
    m_deviceCode.fill(u'\0');
    m_deviceCode.clear();
}

void DeviceCodeSignIn::schedulePoll()
{
    m_pollTimer->start(m_interval.count());
}

void DeviceCodeSignIn::poll()
{
    if (m_finished)
        return;
    if (m_identity->clock()->monotonicMs() >= m_expiresAtMs) {
        AuthError error;
        error.kind = AuthError::Kind::CodeExpired;
        error.error = u"expired_token"_s;
        error.description = u"The code was not entered before it expired."_s;
        fail(error);
        return;
    }
    ++m_polls;
    m_identity->pollDeviceCode(m_deviceCode, this, [this](const TokenResponse &tokens, const AuthError &error) {
        if (m_finished)
            return;
        if (!error.isError()) {
            qCInfo(lcAuth) << "device code approved after" << m_polls << "polls";
            m_finished = true;
            m_pollTimer->stop();
            m_deviceCode.clear();
            Q_EMIT succeeded(tokens);
            return;
        }
        const bool transient = error.kind == AuthError::Kind::ServiceError
                               || error.kind == AuthError::Kind::NetworkUnavailable;
        if (transient && ++m_transientFailures < maxTransientFailures) {
            // The admin may be typing the code right now: a passing outage must not cost the sign-in.
            qCInfo(lcAuth) << "device code: transient failure, polling again";
            schedulePoll();
            return;
        }
        if (!transient)
            m_transientFailures = 0;
        if (error.error == u"authorization_pending"_s) {
            schedulePoll();
            return;
        }
        if (error.error == u"slow_down"_s) {
            m_interval += m_slowDownIncrement;
            qCInfo(lcAuth) << "device code: slow_down, polling every" << m_interval.count() << "ms";
            schedulePoll();
            return;
        }
        fail(error);
    });
}

void DeviceCodeSignIn::fail(const AuthError &error)
{
    if (m_finished)
        return;
    abort();
    Q_EMIT failed(error);
}
