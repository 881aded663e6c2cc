// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"

#include <QObject>
#include <QStringList>

#include <functional>

class AuthSession;

/**
 * Incremental consent for one feature: the first time a feature needs a scope the
 * sign-in did not ask for (User-PasswordProfile.ReadWrite.All for a reset, Mail.Send for email,
 * …) the admin consents in the browser once; afterwards the feature runs straight away. One
 * object per request; it deletes itself after calling exactly one of the two callbacks.
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
     * consent) or @p failed. Neither is called once @p context is destroyed.
     */
    static void ensure(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted, Failed failed);

private:
    ScopeConsent(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted, Failed failed);
    void finish(const AuthError *error);

    AuthSession *m_auth;
    QStringList m_scopes;
    Granted m_granted;
    Failed m_failed;
};
