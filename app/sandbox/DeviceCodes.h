// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

class Clock;
struct SandboxSignInControl;

/** A device-code sign-in as the devicecode endpoint started it. */
struct DeviceAuthorization
{
    QString deviceCode;
    QString userCode;
    QString clientId;
    QString userId; // who approves it: the demo admin
    QSet<QString> scopes;
    int intervalSeconds = 5;
    int expiresInSeconds = 900;
};

/** What a token-endpoint poll of the device code flow gets. */
enum class DevicePoll {
    Approved,
    Pending,       // authorization_pending, AADSTS70016
    SlowDown,      // slow_down (RFC 8628): polled faster than the interval
    Declined,      // authorization_declined
    Expired,       // expired_token, AADSTS70019
    Unknown,       // bad_verification_code, AADSTS70018
    WrongClient,   // bad_verification_code for another client id
    AlreadyRedeemed,
    BlockedByPolicy, // AADSTS53003: Conditional Access blocks the device code flow
};

/**
 * Device codes and their polling state. The "user" approves (or, with
 * SandboxSignInControl::declineNext, declines) after SandboxSignInControl::devicePendingPolls
 * polls answered authorization_pending. Polling faster than the interval answers slow_down and,
 * as RFC 8628 says, adds 5 seconds to the interval the client must keep from then on.
 */
class DeviceCodes final
{
public:
    /** Codes expire, and polls are timed, on @p clock. */
    explicit DeviceCodes(const Clock *clock);

    /**
     * Starts a flow with the interval, expiry and pending count of @p control. @p timeScale
     * shortens the 5 s slow_down penalty the sandbox enforces (SandboxOptions::timeScale), so
     * tests need not wait; the client is still told nothing but slow_down.
     */
    DeviceAuthorization start(const QString &clientId, const QString &userId, const QSet<QString> &scopes,
                              const SandboxSignInControl &control, double timeScale = 1.0);

    struct PollResult
    {
        DevicePoll outcome = DevicePoll::Unknown;
        DeviceAuthorization authorization; // valid for Approved
    };
    /**
     * @p control: declineNext and approveAsUserId are consumed when the "user" acts on this code;
     * blockDeviceCode turns the approval into BlockedByPolicy.
     */
    PollResult poll(const QString &deviceCode, const QString &clientId, SandboxSignInControl &control);

private:
    struct Record
    {
        DeviceAuthorization authorization;
        QDateTime expiresAt;
        QDateTime lastPoll;
        int pendingLeft = 0;
        int intervalMs = 0;
        int penaltyMs = 5000;
        enum class State { Waiting, Approved, Declined, Blocked, Redeemed } state = State::Waiting;
    };

    static QString userCode();
    const Clock *m_clock;
    QHash<QString, Record> m_codes;
};
