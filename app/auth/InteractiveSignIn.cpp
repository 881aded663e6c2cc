// SPDX-License-Identifier: MIT
#include "auth/InteractiveSignIn.h"

#include "auth/AuthLogging.h"
#include "auth/IdentityClient.h"
#include "auth/Pkce.h"

using namespace Qt::Literals::StringLiterals;

InteractiveSignIn::InteractiveSignIn(IdentityClient *identity, QObject *parent)
    : QObject(parent)
    , m_identity(identity)
    , m_receiver(identity->clock())
{
    connect(&m_receiver, &LoopbackReceiver::redirectReceived, this, &InteractiveSignIn::onRedirect);
    connect(&m_receiver, &LoopbackReceiver::timedOut, this, [this] {
        fail(AuthError::local(AuthError::Kind::TimedOut, u"timed_out"_s, u"No answer from the browser in time."_s));
    });
}

void InteractiveSignIn::setPages(const QByteArray &completed, const QByteArray &failed)
{
    m_receiver.setPages(completed, failed);
}

QUrl InteractiveSignIn::buildAuthorizeUrl(const QUrl &authorizeEndpoint, const QString &clientId,
                                          const QUrl &redirectUri, const QString &scopeParameter,
                                          const QString &state, const QByteArray &codeChallenge,
                                          const QString &loginHint)
{
    // Encoded by hand: QUrlQuery leaves '+' alone, which the server would read as a space.
    QByteArray query;
    const auto add = [&query](const QString &name, const QString &value) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    };
    add(u"client_id"_s, clientId);
    add(u"response_type"_s, u"code"_s);
    add(u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded));
    add(u"response_mode"_s, u"query"_s);
    add(u"scope"_s, scopeParameter);
    add(u"state"_s, state);
    add(u"code_challenge"_s, QString::fromLatin1(codeChallenge));
    add(u"code_challenge_method"_s, u"S256"_s);
    add(u"prompt"_s, u"select_account"_s);
    if (!loginHint.isEmpty())
        add(u"login_hint"_s, loginHint);
    QUrl url = authorizeEndpoint;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void InteractiveSignIn::start(const QStringList &scopes, const UrlOpener &opener)
{
    m_scopes = scopes;
    m_finished = false;
    m_verifier = Pkce::generateVerifier();
    m_state = QString::fromLatin1(Pkce::generateState());
    m_receiver.setExpectedState(m_state);
    m_receiver.setTimeout(m_timeout);
    if (!m_receiver.start()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(AuthError::local(AuthError::Kind::Other, u"loopback_unavailable"_s,
                         u"No loopback port could be opened for the sign-in redirect."_s));
        }, Qt::QueuedConnection);
        return;
    }
    m_authorizeUrl = buildAuthorizeUrl(m_identity->endpoints().authorizeUrl(), m_identity->connection().clientId,
                                       m_receiver.redirectUri(), m_identity->scopeParameter(scopes), m_state,
                                       Pkce::challengeS256(m_verifier), m_loginHint);
    qCInfo(lcAuth) << "interactive sign-in: waiting on loopback port" << m_receiver.port();
    if (!CloudEndpoints::isAcceptableUrl(m_authorizeUrl)) {
        QMetaObject::invokeMethod(this, [this] {
            fail(AuthError::local(AuthError::Kind::Other, u"insecure_authorize_url"_s,
                                  u"The sign-in address is not secure."_s));
        }, Qt::QueuedConnection);
        return;
    }
    // A wrong sign-in address or tenant is named now, not after five minutes of a browser that
    // shows an error page the sign-in never hears about.
    m_identity->checkAuthority(this, [this, opener](const AuthError &error) {
        if (m_finished)
            return;
        if (error.isError()) {
            fail(error);
            return;
        }
        if (!opener || !opener(m_authorizeUrl)) {
            // The listener keeps waiting: the admin can open the address in a browser by hand.
            qCInfo(lcAuth) << "interactive sign-in: no browser opened; waiting for a manual visit";
            Q_EMIT browserNotOpened(m_authorizeUrl);
        }
    });
}

void InteractiveSignIn::cancel()
{
    if (m_finished)
        return;
    qCInfo(lcAuth) << "interactive sign-in cancelled";
    fail(AuthError::cancelled());
}

void InteractiveSignIn::abort()
{
    m_finished = true;
    m_receiver.cancel();
    m_verifier.fill('\0');
}

void InteractiveSignIn::onRedirect(const LoopbackRedirect &redirect)
{
    if (m_finished)
        return;
    if (redirect.state != m_state) {
        // Not our request (a forged or stale redirect): whatever it carries is not exchanged.
        qCWarning(lcAuth) << "sign-in redirect with a foreign state ignored";
        fail(AuthError::local(AuthError::Kind::StateMismatch, u"state_mismatch"_s,
                     u"The sign-in answer does not belong to this sign-in."_s));
        return;
    }
    if (redirect.isError()) {
        AuthError error;
        error.error = redirect.error;
        error.description = redirect.errorDescription;
        error.aadstsCode = IdentityClient::aadstsCodeIn(redirect.errorDescription);
        error.kind = IdentityClient::kindFor(error.error, error.aadstsCode, 0);
        qCInfo(lcAuth).noquote() << "sign-in redirect reports" << error.error << "AADSTS" << error.aadstsCode;
        fail(error);
        return;
    }
    qCDebug(lcAuth) << "authorization code received; redeeming it";
    m_identity->redeemAuthorizationCode(
        redirect.code, m_receiver.redirectUri(), m_verifier, m_scopes, this,
        [this](const TokenResponse &tokens, const AuthError &error) {
            if (m_finished)
                return;
            if (error.isError()) {
                fail(error);
                return;
            }
            m_finished = true;
            m_verifier.fill('\0');
            Q_EMIT succeeded(tokens);
        });
}

void InteractiveSignIn::fail(const AuthError &error)
{
    if (m_finished)
        return;
    abort();
    Q_EMIT failed(error);
}
