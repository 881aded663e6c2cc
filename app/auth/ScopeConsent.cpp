// SPDX-License-Identifier: MIT
#include "auth/ScopeConsent.h"

#include "auth/AuthSession.h"
#include "auth/ScopeRequest.h"

using namespace Qt::Literals::StringLiterals;

ScopeConsent *ScopeConsent::ensure(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted,
                                   Failed failed)
{
    if (auth->hasScopes(scopes)) {
        granted();
        return nullptr;
    }
    // Parented to the context: a closed dialog takes its wait (and callbacks) with it.
    return new ScopeConsent(auth, scopes, context, std::move(granted), std::move(failed));
}

ScopeConsent::ScopeConsent(AuthSession *auth, const QStringList &scopes, QObject *context, Granted granted, Failed failed)
    : QObject(context)
    , m_auth(auth)
    , m_scopes(scopes)
    , m_granted(std::move(granted))
    , m_failed(std::move(failed))
{
    m_request = auth->requestScopes(scopes);
    if (!m_request) {
        // Callers hear back asynchronously either way.
        QMetaObject::invokeMethod(this, [this] {
            const AuthError error = AuthError::local(AuthError::Kind::NotSignedIn, u"not_signed_in"_s,
                                                     u"Sign in before asking for more permissions."_s);
            finish(&error);
        }, Qt::QueuedConnection);
        return;
    }
    m_request->join(this);
    connect(m_request, &ScopeRequest::finished, this, [this](const AuthError &error) {
        if (error.isError()) {
            finish(&error);
            return;
        }
        // The admin may untick a permission on the consent page: granted is not the same as wanted.
        if (m_auth->hasScopes(m_scopes)) {
            finish(nullptr);
            return;
        }
        const AuthError incomplete = AuthError::local(AuthError::Kind::ConsentRequired, u"consent_incomplete"_s,
                                                      u"Not every permission was granted."_s);
        finish(&incomplete);
    });
}

ScopeConsent::~ScopeConsent()
{
    if (!m_finished && m_request) {
        // Not told about the end of a request this wait leaves (and may thereby cancel).
        disconnect(m_request, nullptr, this, nullptr);
        m_request->leave(this);
    }
}

void ScopeConsent::finish(const AuthError *error)
{
    m_finished = true;
    if (m_request)
        disconnect(m_request, nullptr, this, nullptr);
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
