// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AccessTokenSource.h"
#include "auth/AuthTypes.h"
#include "auth/ConnectionSettings.h"
#include "auth/ScopeRequest.h"
#include "auth/TokenStore.h"

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class Clock;
class QNetworkAccessManager;
class IdentityClient;
class InteractiveSignIn;
class DeviceCodeSignIn;

/** Who is signed in, from the id_token's claims. */
struct SignedInAccount
{
    QString userPrincipalName; // preferred_username
    QString displayName;       // name
    QString tenantId;          // tid
    QString objectId;          // oid
};

/**
 * The signed-in admin's tokens. The access token lives in memory only; the refresh token is
 * written to the TokenStore (the keychain) after every sign-in and rotation so restore() can
 * sign in silently on the next start. When the keychain cannot keep it, the session goes on in
 * memory only (isRemembered() false) and never falls back to a file. The keychain entry is
 * {"refreshToken": …, "scopes": "…", "method": …} so a restored session asks for what was granted
 * before, and asks for more the way the admin signed in.
 */
class AuthSession final : public AccessTokenSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthSession)
public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn };
    Q_ENUM(State)

    using UrlOpener = std::function<bool(const QUrl &)>;

    AuthSession(TokenStore *store, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AuthSession() override;

    /** Only while signed out; ignored (with a warning) otherwise. */
    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const;
    /** UI: QDesktopServices::openUrl; demo: InProcessBrowser. */
    void setUrlOpener(UrlOpener opener);
    void setInteractiveTimeout(std::chrono::seconds timeout);
    /** The clock sign-ins wait on (device code polls, the browser's timeout); the system one unless set. */
    void setClock(Clock *clock);
    /** Translated UTF-8 HTML for the browser tab after the loopback redirect (empty = English default). */
    void setLoopbackPages(const QByteArray &completed, const QByteArray &failed);

    State state() const;
    /** Valid when SignedIn. */
    const SignedInAccount &account() const;
    QStringList grantedScopes() const;
    /**
     * True when the current access token carries every Graph scope of @p scopes (case-insensitive;
     * resource prefixes and openid/profile/offline_access/email ignored). False when signed out.
     */
    bool hasScopes(const QStringList &scopes) const;
    /** How the signed-in admin signed in (for a restored session: how they first signed in). */
    SignInMethod signInMethod() const { return m_method; }
    /** False when the keychain could not keep the refresh token (session lives in memory only). */
    bool isRemembered() const;
    /** Where secrets are kept (the keychain; a memory store in demo mode): bulk-run journal keys go there too. */
    TokenStore *tokenStore() const { return m_store; }

    /**
     * Interactive sign-in (auth code + PKCE on a loopback redirect) for @p scopes plus openid,
     * profile and offline_access; emits signedIn or signInFailed. Started while signed in, the
     * current session stays usable until the new one replaces it (or the attempt fails).
     */
    void signInWithBrowser(const QStringList &scopes);
    /** Device code sign-in: emits deviceCodeReady, then signedIn or signInFailed. */
    void signInWithDeviceCode(const QStringList &scopes);
    /** Ends the sign-in or restore under way: signInFailed / restoreFailed with Kind::Cancelled. */
    void cancelSignIn();
    /**
     * Silent sign-in with the refresh token stored for @p userPrincipalName under connection();
     * emits signedIn or restoreFailed. Nothing stored gives restoreFailed with
     * Kind::InteractionRequired (an interactive sign-in is needed; no error to show); a stored
     * token the service rejects gives Kind::SessionExpired.
     */
    void restore(const QString &userPrincipalName);
    /**
     * Incremental consent: asks the signed-in account for @p scopes on top of those granted, the
     * way it signed in (browser with login_hint, or a device code). Joins the request already
     * pending, widening it when it does not cover @p scopes. The session stays SignedIn; the
     * request reports its outcome (scopesGranted() too on success). nullptr when not signed in.
     */
    ScopeRequest *requestScopes(const QStringList &scopes);
    /** The request for more permissions under way, or nullptr. */
    ScopeRequest *scopeRequest() const { return m_scopeRequest; }
    /** Forgets the tokens in memory and removes the refresh token from the keychain; emits signedOut. */
    void signOut();
    /**
     * Ends the session in memory only and emits signedOut: the refresh token stays in the keychain,
     * so restore() can sign the account in again silently (switching to another organisation).
     */
    void closeSession();

    // AccessTokenSource
    QString accessToken() const override;
    /** Coalesced; rotates and re-stores the refresh token. */
    void refreshAccessToken() override;

Q_SIGNALS:
    void stateChanged(AuthSession::State state);
    void deviceCodeReady(const DeviceCodePrompt &prompt);
    /** The browser did not open; the sign-in waits for @p authorizeUrl to be opened by hand (until the timeout). */
    void browserNotOpened(const QUrl &authorizeUrl);
    void signedIn(const SignedInAccount &account);
    /** A request for more permissions started: show its prompt (see ScopeRequest). */
    void scopeRequestStarted(ScopeRequest *request);
    void scopesGranted(const QStringList &scopes);
    void signInFailed(const AuthError &error);
    /**
     * Restoring did not sign in. Kind::InteractionRequired: no refresh token stored for that
     * account (or the keychain could not be read); Kind::SessionExpired: the stored token was
     * rejected (it is then removed); others: network/service problems.
     */
    void restoreFailed(const AuthError &error);
    void signedOut();
    /** remembered = false from now on. */
    void keychainProblem(TokenStoreError error, const QString &detail);

private:
    enum class Purpose { SignIn, Restore };

    void setState(State state);
    void startInteractive(const QStringList &scopes);
    void startScopeFlow(const QStringList &scopes);
    void finishScopeFlow(const TokenResponse &tokens);
    void endScopeRequest(const AuthError &error);
    void finishFlow(const TokenResponse &tokens, Purpose purpose);
    void failFlow(const AuthError &error, Purpose purpose);
    void applyTokens(const TokenResponse &tokens, const QStringList &requested);
    void storeRefreshToken();
    void onReadFinished(const QString &key, const QByteArray &secret, TokenStoreError error,
                        const QString &detail);
    void onWriteFinished(const QString &key, TokenStoreError error, const QString &detail);
    void reportKeychainProblem(TokenStoreError error, const QString &detail);
    void clearFlows();
    void clearTokens();
    void endSession(bool forgetStoredToken);

    TokenStore *m_store;
    QNetworkAccessManager *m_network;
    IdentityClient *m_identity = nullptr;
    QPointer<InteractiveSignIn> m_interactive;
    QPointer<DeviceCodeSignIn> m_deviceCode;
    ConnectionSettings m_connection;
    UrlOpener m_urlOpener;
    std::chrono::seconds m_interactiveTimeout{std::chrono::minutes(5)};
    QByteArray m_completedPage;
    QByteArray m_failedPage;

    State m_state = State::SignedOut;
    SignedInAccount m_account;
    QString m_accessToken;
    QString m_refreshToken;
    QStringList m_grantedScopes;
    QString m_restoreKey;       // key being read by restore()
    QString m_restoreUpn;
    QStringList m_flowScopes;   // requested by the flow under way
    SignInMethod m_method = SignInMethod::Browser;
    SignInMethod m_flowMethod = SignInMethod::Browser; // of the sign-in under way
    QPointer<ScopeRequest> m_scopeRequest;
    QPointer<QObject> m_scopeFlow; // the InteractiveSignIn or DeviceCodeSignIn behind m_scopeRequest
    QStringList m_scopeFlowScopes; // what m_scopeFlow asks for
    QString m_storedKey;        // key the refresh token was last written under
    bool m_remembered = true;
    bool m_refreshing = false;
    quint64 m_generation = 0;   // bumps on sign-out/sign-in so stale replies are dropped
};
