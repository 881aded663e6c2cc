// SPDX-License-Identifier: MIT
#include "auth/ScopeConsent.h"

#include "auth/AuthSession.h"

using namespace Qt::Literals::StringLiterals;

void ScopeConsent::ensure(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted, Failed failed)
{
    if (auth->hasScopes(scopes)) {
        granted();
        return;
    }
    // Parented to the context: a closed dialog takes its pending consent (and callbacks) with it.
    new ScopeConsent(auth, scopes, context, std::move(granted), std::move(failed));
}

ScopeConsent::ScopeConsent(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted, Failed failed)
    : QObject(context)
    , m_auth(auth)
    , m_scopes(scopes)
    , m_granted(std::move(granted))
    , m_failed(std::move(failed))
{
    connect(auth, &AuthSession::scopesGranted, this, [this] {
        // The admin may untick a permission on the consent page: granted is not the same as wanted.
        if (m_auth->hasScopes(m_scopes)) {
            finish(nullptr);
            return;
        }
        const AuthError error = AuthError::local(AuthError::Kind::ConsentRequired, u"consent_incomplete"_s,
                                                 u"Not every permission was granted."_s);
        finish(&error);
    });
    connect(auth, &AuthSession::signInFailed, this, [this](const AuthError &error) { finish(&error); });
    auth->requestScopes(scopes);
}

void ScopeConsent::finish(const AuthError *error)
{
    disconnect(m_auth, nullptr, this, nullptr);
    // Copy first: the callback may close the dialog that owns this object.
    if (error) {
        const Failed failed = m_failed;
        const AuthError copy = *error;
        deleteLater();
        failed(copy);
    } else {
        const Granted granted = m_granted;
        deleteLater();
        granted();
    }
}
