// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>

/**
 * What the admin must do for a device-code approval: open the address the service sent (it
 * differs from cloud to cloud) on any device and type the code.
 */
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    int expiresInSeconds = 0;
    QString message; // the service's English instructions
};

/**
 * One pending request for more permissions (incremental consent) while signed in, made the way
 * the admin signed in: a browser prompt, or a code for a device-code sign-in. Every feature that
 * needs a permission not yet granted waits on the one request (AuthSession widens it to the
 * union); it is abandoned when the last of them stops waiting, or when the admin cancels it.
 * The session stays signed in throughout. AuthSession owns it and deletes it after finished().
 */
class ScopeRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeRequest)
public:
    ScopeRequest(SignInMethod method, const QString &account, QObject *parent);

    SignInMethod method() const { return m_method; }
    /** Who is asked to approve: the signed-in account. */
    QString account() const { return m_account; }
    /** The Graph permissions the current prompt asks for that the session lacks (short names). */
    QStringList missingScopes() const { return m_missing; }
    /** The device code to enter, once the service sent it (device-code sign-ins only). */
    const std::optional<DeviceCodePrompt> &deviceCode() const { return m_deviceCode; }
    /** The address to open by hand when no browser opened (browser sign-ins only); empty otherwise. */
    QUrl manualAddress() const { return m_manualAddress; }
    bool isFinished() const { return m_finished; }

    /** A feature starts waiting for the permissions; see leave(). */
    void join(QObject *waiter);
    /** @p waiter no longer waits; when nobody does any more the request is abandoned (Cancelled). */
    void leave(QObject *waiter);
    /** The admin gave up: finished(Cancelled) for everyone waiting. */
    void cancel();

    // Called by AuthSession, which runs the sign-in flow behind the request.
    void beginPrompt(const QStringList &missingScopes);
    void showDeviceCode(const DeviceCodePrompt &prompt);
    void showManualAddress(const QUrl &address);
    void finish(const AuthError &error);

Q_SIGNALS:
    /** A (new or widened) prompt started: the code or address shown so far no longer applies. */
    void promptStarted();
    void deviceCodeReady(const DeviceCodePrompt &prompt);
    /** The browser did not open; the request completes if the admin opens @p address by hand. */
    void browserNotOpened(const QUrl &address);
    /** Cancel was asked for: AuthSession stops the flow and finishes with Cancelled. */
    void cancelRequested();
    /** Kind::None: granted (callers still check that every wanted permission was). */
    void finished(const AuthError &error);

private:
    SignInMethod m_method;
    QString m_account;
    QStringList m_missing;
    std::optional<DeviceCodePrompt> m_deviceCode;
    QUrl m_manualAddress;
    QList<QPointer<QObject>> m_waiters;
    bool m_finished = false;
};
