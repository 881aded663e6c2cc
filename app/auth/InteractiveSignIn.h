// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "auth/LoopbackReceiver.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class IdentityClient;

/**
 * One interactive sign-in: authorization code with PKCE S256 and `state` ("Microsoft identity
 * platform and OAuth 2.0 authorization code flow"). Opens the authorize URL through the UrlOpener,
 * waits for the redirect on a one-shot loopback listener (timing out on the IdentityClient's
 * clock), checks the state, and redeems the code.
 * Emits exactly one of succeeded() / failed() unless cancelled silently with abort().
 */
class InteractiveSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractiveSignIn)
public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    InteractiveSignIn(IdentityClient *identity, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /** Pre-fills the account (incremental consent); empty asks the admin to pick one. */
    void setLoginHint(const QString &loginHint) { m_loginHint = loginHint; }
    /** The loopback page texts (see LoopbackReceiver::setPages). */
    void setPages(const QByteArray &completed, const QByteArray &failed);

    /** Starts listening and opens the browser; failure is reported through failed() (queued). */
    void start(const QStringList &scopes, const UrlOpener &opener);
    /** Stops and reports Kind::Cancelled. */
    void cancel();
    /** Stops without reporting anything. */
    void abort();

    /** The authorize URL opened (empty before start()); for tests and the "copy link" fallback. */
    QUrl authorizeUrl() const { return m_authorizeUrl; }

    /** The authorize URL: response_type=code, response_mode=query, S256 challenge, prompt=select_account. */
    static QUrl buildAuthorizeUrl(const QUrl &authorizeEndpoint, const QString &clientId, const QUrl &redirectUri,
                                  const QString &scopeParameter, const QString &state,
                                  const QByteArray &codeChallenge, const QString &loginHint);

Q_SIGNALS:
    void succeeded(const TokenResponse &tokens);
    void failed(const AuthError &error);
    /** No browser could be opened; the sign-in still completes if @p authorizeUrl is visited by hand. */
    void browserNotOpened(const QUrl &authorizeUrl);

private:
    void onRedirect(const LoopbackRedirect &redirect);
    void fail(const AuthError &error);

    IdentityClient *m_identity;
    LoopbackReceiver m_receiver;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    QString m_loginHint;
    QStringList m_scopes;
    QByteArray m_verifier;
    QString m_state;
    QUrl m_authorizeUrl;
    bool m_finished = false;
};
