// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "auth/IdentityClient.h"

#include <QObject>
#include <QStringList>

#include <chrono>

/**
 * One device code sign-in ("Microsoft identity platform and the OAuth 2.0 device authorization
 * grant flow"): asks for a code, reports what the admin must type where, then polls the token
 * endpoint at the given interval, 5 s slower after each slow_down, until tokens come, the admin
 * declines, or the code expires. Emits exactly one of succeeded() / failed() unless stopped
 * silently with abort(). Waits on the IdentityClient's clock.
 */
class DeviceCodeSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeSignIn)
public:
    explicit DeviceCodeSignIn(IdentityClient *identity, QObject *parent = nullptr);

    /** RFC 8628 §3.5: 5 s. Tests shorten it. */
    void setSlowDownIncrement(std::chrono::milliseconds increment) { m_slowDownIncrement = increment; }
    /**
     * Tests only: start polling at @p interval instead of the service's, to provoke slow_down.
     * Negative (the default) uses the service's interval.
     */
    void setInitialIntervalOverride(std::chrono::milliseconds interval) { m_intervalOverride = interval; }

    void start(const QStringList &scopes);
    void cancel();
    void abort();

    /** The current polling interval (grows with slow_down). */
    std::chrono::milliseconds interval() const { return m_interval; }
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void codeReady(const DeviceCodeResponse &code);
    void succeeded(const TokenResponse &tokens);
    void failed(const AuthError &error);

private:
    void poll();
    void schedulePoll();
    void fail(const AuthError &error);

    IdentityClient *m_identity;
    ClockTimer *m_pollTimer;
    /** When to stop polling, on the clock's monotonic time. */
    qint64 m_expiresAtMs = 0;
    QString m_deviceCode;
    std::chrono::milliseconds m_interval{std::chrono::seconds(5)};
    std::chrono::milliseconds m_slowDownIncrement{std::chrono::seconds(5)};
    std::chrono::milliseconds m_intervalOverride{-1};
    int m_polls = 0;
    /** Consecutive 5xx or network failures tolerated while polling before giving up. */
    static constexpr int maxTransientFailures = 5;
    int m_transientFailures = 0;
    bool m_finished = false;
};
