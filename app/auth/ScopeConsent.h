// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class AuthSession;
class ScopeRequest;

/**
 * Incremental consent for one feature: the first time a feature needs a scope the sign-in did
 * not ask for (User-PasswordProfile.ReadWrite.All for a reset, Mail.Send for email, …) the admin
 * approves once, the way they signed in; afterwards the feature runs straight away. One object
 * per wait; it deletes itself after calling exactly one of the two callbacks. Deleting it earlier
 * stops waiting, and abandons the request when no other feature waits on it.
 */
class ScopeConsent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeConsent)
public:
    using Granted = std::function<void()>;
    using Failed = std::function<void(const AuthError &error)>;

    /**
     * Calls @p granted (synchronously when the token already carries @p scopes, else after the
     * approval) or @p failed. Neither is called once @p context is destroyed. Returns the wait,
     * owned by @p context, or nullptr when the scopes were already there.
     */
    static ScopeConsent *ensure(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted,
                                Failed failed);
    ~ScopeConsent() override;

private:
    ScopeConsent(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted, Failed failed);
    void finish(const AuthError *error);

    AuthSession *m_auth;
    QStringList m_scopes;
    Granted m_granted;
    Failed m_failed;
    QPointer<ScopeRequest> m_request;
    bool m_finished = false;
};
