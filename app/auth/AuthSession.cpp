// SPDX-License-Identifier: MIT
#include "auth/AuthSession.h"

#include "auth/AuthLogging.h"
#include "auth/AuthScopes.h"
#include "auth/DeviceCodeSignIn.h"
#include "auth/IdTokenClaims.h"
#include "auth/IdentityClient.h"
#include "auth/InteractiveSignIn.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

/**
 * What the keychain entry holds: the refresh token and the scopes granted with it, so a restored
 * session asks for the same permissions again instead of falling back to the sign-in set.
 * A bare token (older entries) still reads.
 */
struct StoredSession
{
    QString refreshToken;
    QStringList scopes;
    SignInMethod method = SignInMethod::Browser;

    QByteArray toSecret() const
    {
        const QJsonObject json{{u"refreshToken"_s, refreshToken},
                               {u"scopes"_s, scopes.join(u' ')},
                               {u"method"_s, method == SignInMethod::DeviceCode ? u"deviceCode"_s : u"browser"_s}};
        return QJsonDocument(json).toJson(QJsonDocument::Compact);
    }

    static StoredSession fromSecret(const QByteArray &secret)
    {
        const QJsonDocument document = QJsonDocument::fromJson(secret);
        if (!document.isObject())
            return {QString::fromUtf8(secret), {}};
        const QJsonObject json = document.object();
        return {json.value(u"refreshToken"_s).toString(),
                json.value(u"scopes"_s).toString().split(u' ', Qt::SkipEmptyParts),
                json.value(u"method"_s).toString() == u"deviceCode"_s ? SignInMethod::DeviceCode
                                                                       : SignInMethod::Browser};
    }
};

/** Stops a sign-in flow at once (no more polls, the loopback port closed) and deletes it later. */
void stopFlow(QObject *flow)
{
    if (!flow)
        return;
    if (auto *interactive = qobject_cast<InteractiveSignIn *>(flow))
        interactive->abort();
    else if (auto *deviceCode = qobject_cast<DeviceCodeSignIn *>(flow))
        deviceCode->abort();
    flow->deleteLater();
}

bool isKeychainFailure(TokenStoreError error)
{
    return error != TokenStoreError::None && error != TokenStoreError::NotFound;
}

} // namespace

AuthSession::AuthSession(TokenStore *store, QNetworkAccessManager *network, QObject *parent)
    : AccessTokenSource(parent)
    , m_store(store)
    , m_network(network)
    , m_identity(new IdentityClient(network, this))
{
    m_identity->setConnection(m_connection);
    if (m_store) {
        connect(m_store, &TokenStore::readFinished, this, &AuthSession::onReadFinished);
        connect(m_store, &TokenStore::writeFinished, this, &AuthSession::onWriteFinished);
    }
}

AuthSession::~AuthSession()
{
    // Nobody is told about a request for more permissions that dies with the session.
    if (m_scopeRequest)
        m_scopeRequest->disconnect();
    clearFlows();
    clearTokens();
}

void AuthSession::setConnection(const ConnectionSettings &settings)
{
    if (m_state != State::SignedOut) {
        qCWarning(lcAuth) << "connection settings change ignored while not signed out";
        return;
    }
    m_connection = settings;
    m_identity->setConnection(settings);
}

const ConnectionSettings &AuthSession::connection() const
{
    return m_connection;
}

void AuthSession::setUrlOpener(UrlOpener opener)
{
    m_urlOpener = std::move(opener);
}

void AuthSession::setInteractiveTimeout(std::chrono::seconds timeout)
{
    m_interactiveTimeout = timeout;
}

void AuthSession::setClock(Clock *clock)
{
    m_identity->setClock(clock);
}

void AuthSession::setLoopbackPages(const QByteArray &completed, const QByteArray &failed)
{
    m_completedPage = completed;
    m_failedPage = failed;
}

AuthSession::State AuthSession::state() const
{
    return m_state;
}

const SignedInAccount &AuthSession::account() const
{
    return m_account;
}

QStringList AuthSession::grantedScopes() const
{
    return m_grantedScopes;
}

bool AuthSession::hasScopes(const QStringList &scopes) const
{
    // Not tied to SignedIn: while more scopes are being consented the current token still counts.
    return !m_accessToken.isEmpty() && AuthScopes::covers(m_grantedScopes, scopes);
}

bool AuthSession::isRemembered() const
{
    return m_remembered;
}

void AuthSession::signInWithBrowser(const QStringList &scopes)
{
    startInteractive(AuthScopes::withBase(scopes));
}

ScopeRequest *AuthSession::requestScopes(const QStringList &scopes)
{
    if (m_state != State::SignedIn || m_accessToken.isEmpty()) {
        qCWarning(lcAuth) << "more scopes requested while not signed in";
        return nullptr;
    }
    const bool pending = m_scopeRequest && !m_scopeRequest->isFinished();
    if (pending && AuthScopes::covers(m_scopeFlowScopes, scopes))
        return m_scopeRequest;
    // The new token must keep what was granted before and what others already wait for: ask
    // for the union, in one prompt.
    QStringList wanted = m_grantedScopes + scopes;
    if (pending)
        wanted += m_scopeFlowScopes;
    wanted.removeDuplicates();
    if (!pending) {
        m_scopeRequest = new ScopeRequest(m_method, m_account.userPrincipalName, this);
        connect(m_scopeRequest, &ScopeRequest::cancelRequested, this, [this] {
            qCInfo(lcAuth) << "request for more permissions cancelled";
            endScopeRequest(AuthError::cancelled());
        });
    }
    ScopeRequest *request = m_scopeRequest;
    startScopeFlow(AuthScopes::withBase(wanted));
    if (!pending)
        Q_EMIT scopeRequestStarted(request);
    return request;
}

void AuthSession::startScopeFlow(const QStringList &scopes)
{
    stopFlow(m_scopeFlow);
    m_scopeFlowScopes = scopes;
    QStringList missing;
    for (const QString &scope : scopes) {
        if (!AuthScopes::covers(m_grantedScopes, {scope}))
            missing.append(AuthScopes::shortName(scope));
    }
    ScopeRequest *request = m_scopeRequest;
    request->beginPrompt(missing);
    qCInfo(lcAuth) << "asking for" << missing.size() << "more permissions by"
                   << (m_method == SignInMethod::DeviceCode ? "device code" : "browser");

    // Replies of a flow that was replaced (widened) or abandoned are dropped.
    const auto wire = [this](auto *flow) {
        using Flow = std::remove_pointer_t<decltype(flow)>;
        m_scopeFlow = flow;
        connect(flow, &Flow::succeeded, this, [this, flow](const TokenResponse &tokens) {
            flow->deleteLater();
            if (flow == m_scopeFlow.data())
                finishScopeFlow(tokens);
        });
        connect(flow, &Flow::failed, this, [this, flow](const AuthError &error) {
            flow->deleteLater();
            if (flow == m_scopeFlow.data())
                endScopeRequest(error);
        });
    };
    if (m_method == SignInMethod::DeviceCode) {
        auto *flow = new DeviceCodeSignIn(m_identity, request);
        wire(flow);
        connect(flow, &DeviceCodeSignIn::codeReady, request, [request](const DeviceCodeResponse &code) {
            request->showDeviceCode(DeviceCodePrompt{code.userCode, code.verificationUri, code.expiresIn, code.message});
        });
        flow->start(scopes);
        return;
    }
    auto *flow = new InteractiveSignIn(m_identity, request);
    wire(flow);
    flow->setTimeout(m_interactiveTimeout);
    flow->setLoginHint(m_account.userPrincipalName);
    flow->setPages(m_completedPage, m_failedPage);
    connect(flow, &InteractiveSignIn::browserNotOpened, request, &ScopeRequest::showManualAddress);
    flow->start(scopes, m_urlOpener);
}

void AuthSession::finishScopeFlow(const TokenResponse &tokens)
{
    // Another account may approve in the browser (or enter the code): its tokens must not join
    // this session.
    if (const auto claims = IdTokenClaims::decode(tokens.idToken);
        claims && claims->preferredUsername.compare(m_account.userPrincipalName, Qt::CaseInsensitive) != 0) {
        AuthError error = AuthError::local(AuthError::Kind::WrongAccount, u"account_mismatch"_s,
                                           u"Permissions were granted for a different account than the one signed in."_s);
        error.approvedAccount = claims->preferredUsername;
        error.expectedAccount = m_account.userPrincipalName;
        qCInfo(lcAuth) << "more permissions were approved by another account; not used";
        endScopeRequest(error);
        return;
    }
    applyTokens(tokens, m_scopeFlowScopes);
    storeRefreshToken();
    qCInfo(lcAuth) << "more permissions granted;" << m_grantedScopes.size() << "scopes now";
    Q_EMIT scopesGranted(m_grantedScopes);
    endScopeRequest({});
}

void AuthSession::endScopeRequest(const AuthError &error)
{
    ScopeRequest *request = m_scopeRequest;
    if (!request)
        return;
    m_scopeRequest = nullptr;
    stopFlow(m_scopeFlow);
    m_scopeFlow = nullptr;
    m_scopeFlowScopes.clear();
    if (error.isError())
        qCInfo(lcAuth).noquote() << "request for more permissions ended:" << int(error.kind) << error.error
                                 << "AADSTS" << error.aadstsCode << "correlation" << error.correlationId;
    request->finish(error);
    request->deleteLater();
}

void AuthSession::startInteractive(const QStringList &scopes)
{
    clearFlows();
    m_flowScopes = scopes;
    m_flowMethod = SignInMethod::Browser;
    auto *flow = new InteractiveSignIn(m_identity, this);
    m_interactive = flow;
    flow->setTimeout(m_interactiveTimeout);
    flow->setPages(m_completedPage, m_failedPage);
    const quint64 generation = ++m_generation;
    connect(flow, &InteractiveSignIn::succeeded, this, [this, flow, generation](const TokenResponse &tokens) {
        flow->deleteLater();
        if (generation == m_generation)
            finishFlow(tokens, Purpose::SignIn);
    });
    connect(flow, &InteractiveSignIn::failed, this, [this, flow, generation](const AuthError &error) {
        flow->deleteLater();
        if (generation == m_generation)
            failFlow(error, Purpose::SignIn);
    });
    connect(flow, &InteractiveSignIn::browserNotOpened, this, &AuthSession::browserNotOpened);
    setState(State::SigningIn);
    flow->start(scopes, m_urlOpener);
}

void AuthSession::signInWithDeviceCode(const QStringList &scopes)
{
    clearFlows();
    m_flowScopes = AuthScopes::withBase(scopes);
    m_flowMethod = SignInMethod::DeviceCode;
    auto *flow = new DeviceCodeSignIn(m_identity, this);
    m_deviceCode = flow;
    const quint64 generation = ++m_generation;
    connect(flow, &DeviceCodeSignIn::codeReady, this, [this](const DeviceCodeResponse &code) {
        Q_EMIT deviceCodeReady(DeviceCodePrompt{code.userCode, code.verificationUri, code.expiresIn, code.message});
    });
    connect(flow, &DeviceCodeSignIn::succeeded, this, [this, flow, generation](const TokenResponse &tokens) {
        flow->deleteLater();
        if (generation == m_generation)
            finishFlow(tokens, Purpose::SignIn);
    });
    connect(flow, &DeviceCodeSignIn::failed, this, [this, flow, generation](const AuthError &error) {
        flow->deleteLater();
        if (generation == m_generation)
            failFlow(error, Purpose::SignIn);
    });
    setState(State::SigningIn);
    flow->start(m_flowScopes);
}

void AuthSession::cancelSignIn()
{
    // Each flow reports Cancelled through failed(), which restores the state.
    if (m_interactive)
        m_interactive->cancel();
    else if (m_deviceCode)
        m_deviceCode->cancel();
    else if (m_state == State::Restoring) {
        ++m_generation; // drops the keychain read or refresh still under way
        m_restoreKey.clear();
        failFlow(AuthError::cancelled(), Purpose::Restore);
    }
}

void AuthSession::restore(const QString &userPrincipalName)
{
    clearFlows();
    ++m_generation;
    m_restoreKey = m_connection.refreshTokenKey(userPrincipalName);
    m_restoreUpn = userPrincipalName;
    setState(State::Restoring);
    if (!m_store) {
        failFlow(AuthError::local(AuthError::Kind::InteractionRequired, u"nothing_stored"_s,
                         u"No refresh token is stored for this account."_s),
                 Purpose::Restore);
        return;
    }
    qCDebug(lcAuth) << "restoring a session from the keychain";
    m_store->read(m_restoreKey);
}

void AuthSession::onReadFinished(const QString &key, const QByteArray &secret, TokenStoreError error,
                                 const QString &detail)
{
    if (m_state != State::Restoring || key != m_restoreKey)
        return;
    const QString upn = m_restoreUpn;
    m_restoreKey.clear();
    if (error != TokenStoreError::None || StoredSession::fromSecret(secret).refreshToken.isEmpty()) {
        if (isKeychainFailure(error))
            reportKeychainProblem(error, detail);
        qCInfo(lcAuth) << "no stored session to restore:" << int(error);
        failFlow(AuthError::local(AuthError::Kind::InteractionRequired,
                         error == TokenStoreError::NotFound || error == TokenStoreError::None ? u"nothing_stored"_s
                                                                                               : u"keychain_unavailable"_s,
                         u"No refresh token could be read for this account."_s),
                 Purpose::Restore);
        return;
    }
    const StoredSession stored = StoredSession::fromSecret(secret);
    m_flowMethod = stored.method;
    const QString refreshToken = stored.refreshToken;
    const QString restoreKey = key;
    const quint64 generation = m_generation;
    m_identity->redeemRefreshToken(
        refreshToken, AuthScopes::withBase(AuthScopes::signIn() + stored.scopes), this,
        [this, generation, upn, restoreKey](const TokenResponse &tokens, const AuthError &refreshError) {
            if (generation != m_generation || m_state != State::Restoring)
                return;
            if (refreshError.isError()) {
                if (refreshError.kind == AuthError::Kind::SessionExpired && m_store) {
                    qCInfo(lcAuth) << "stored session rejected; forgetting it";
                    m_store->remove(restoreKey);
                }
                failFlow(refreshError, Purpose::Restore);
                return;
            }
            if (m_account.userPrincipalName.isEmpty())
                m_account.userPrincipalName = upn;
            finishFlow(tokens, Purpose::Restore);
        });
}

void AuthSession::finishFlow(const TokenResponse &tokens, Purpose purpose)
{
    SignedInAccount account = purpose == Purpose::SignIn ? SignedInAccount() : m_account;
    // A sign-in or restore replaces the session, and any request for more permissions with it.
    endScopeRequest(AuthError::cancelled());
    if (!tokens.idToken.isEmpty()) {
        if (const auto claims = IdTokenClaims::decode(tokens.idToken)) {
            account = SignedInAccount{claims->preferredUsername, claims->name, claims->tenantId, claims->objectId};
        }
    }
    if (purpose == Purpose::Restore && account.userPrincipalName.isEmpty())
        account.userPrincipalName = m_restoreUpn;
    if (account.userPrincipalName.isEmpty()) {
        failFlow(AuthError::local(AuthError::Kind::MalformedResponse, u"no_id_token"_s,
                         u"The sign-in did not say which account signed in."_s),
                 purpose);
        return;
    }
    const QString previousKey = m_storedKey;
    m_account = account;
    m_method = m_flowMethod;
    applyTokens(tokens, m_flowScopes);
    if (purpose == Purpose::SignIn && !previousKey.isEmpty() && previousKey != m_connection.refreshTokenKey(account.userPrincipalName) && m_store)
        m_store->remove(previousKey);
    storeRefreshToken();
    m_flowScopes.clear();
    setState(State::SignedIn);
    qCInfo(lcAuth) << "signed in;" << m_grantedScopes.size() << "scopes granted";
    Q_EMIT signedIn(m_account);
}

void AuthSession::failFlow(const AuthError &error, Purpose purpose)
{
    m_flowScopes.clear();
    // A failed second sign-in leaves the session that was there.
    setState(m_accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    if (m_state == State::SignedOut)
        m_account = {};
    qCInfo(lcAuth).noquote() << "sign-in failed:" << int(error.kind) << error.error << "AADSTS" << error.aadstsCode
                             << "correlation" << error.correlationId;
    if (purpose == Purpose::Restore)
        Q_EMIT restoreFailed(error);
    else
        Q_EMIT signInFailed(error);
}

void AuthSession::applyTokens(const TokenResponse &tokens, const QStringList &requested)
{
    m_accessToken = tokens.accessToken;
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    if (!tokens.scopes.isEmpty()) {
        QStringList granted;
        for (const QString &scope : tokens.scopes)
            granted.append(AuthScopes::shortName(scope));
        m_grantedScopes = granted;
    } else if (!requested.isEmpty()) {
        // The scope field is optional; without it the requested scopes were granted (RFC 6749 §5.1).
        m_grantedScopes = requested;
    }
}

void AuthSession::storeRefreshToken()
{
    if (m_refreshToken.isEmpty() || !m_store || !m_remembered)
        return;
    m_storedKey = m_connection.refreshTokenKey(m_account.userPrincipalName);
    m_store->write(m_storedKey, StoredSession{m_refreshToken, m_grantedScopes, m_method}.toSecret());
}

void AuthSession::onWriteFinished(const QString &key, TokenStoreError error, const QString &detail)
{
    if (key != m_storedKey || error == TokenStoreError::None)
        return;
    reportKeychainProblem(error, detail);
}

void AuthSession::reportKeychainProblem(TokenStoreError error, const QString &detail)
{
    const bool wasRemembered = m_remembered;
    m_remembered = false;
    qCWarning(lcAuth) << "keychain problem" << int(error) << "- the session lives in memory only";
    if (wasRemembered)
        Q_EMIT keychainProblem(error, detail);
}

void AuthSession::signOut()
{
    endSession(true);
}

void AuthSession::closeSession()
{
    endSession(false);
}

void AuthSession::endSession(bool forgetStoredToken)
{
    clearFlows();
    ++m_generation;
    const QString key = !m_storedKey.isEmpty() ? m_storedKey
                        : m_account.userPrincipalName.isEmpty()
                            ? QString()
                            : m_connection.refreshTokenKey(m_account.userPrincipalName);
    if (forgetStoredToken && m_store && !key.isEmpty())
        m_store->remove(key);
    clearTokens();
    m_storedKey.clear();
    m_account = {};
    const bool wasRefreshing = m_refreshing;
    m_refreshing = false;
    setState(State::SignedOut);
    qCInfo(lcAuth) << (forgetStoredToken ? "signed out" : "session closed, sign-in kept for later");
    if (wasRefreshing)
        Q_EMIT accessTokenRefreshed(false);
    Q_EMIT signedOut();
}

QString AuthSession::accessToken() const
{
    return m_accessToken;
}

void AuthSession::refreshAccessToken()
{
    if (m_refreshing)
        return; // joins the refresh in flight
    if (m_refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT accessTokenRefreshed(false); }, Qt::QueuedConnection);
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    QStringList scopes = m_grantedScopes.isEmpty() ? AuthScopes::signIn() : m_grantedScopes;
    qCDebug(lcAuth) << "refreshing the access token";
    m_identity->redeemRefreshToken(
        m_refreshToken, AuthScopes::withBase(scopes), this,
        [this, generation](const TokenResponse &tokens, const AuthError &error) {
            if (generation != m_generation)
                return;
            m_refreshing = false;
            if (!error.isError()) {
                applyTokens(tokens, {});
                storeRefreshToken();
                Q_EMIT accessTokenRefreshed(true);
                return;
            }
            const bool mustSignIn = error.kind == AuthError::Kind::SessionExpired
                                    || error.kind == AuthError::Kind::InteractionRequired;
            if (!mustSignIn) {
                qCInfo(lcAuth).noquote() << "refresh failed for now:" << error.error << "HTTP" << error.httpStatus;
                Q_EMIT accessTokenRefreshed(false);
                return;
            }
            qCInfo(lcAuth).noquote() << "session expired:" << error.error << "AADSTS" << error.aadstsCode
                                     << "correlation" << error.correlationId;
            if (m_store && !m_storedKey.isEmpty())
                m_store->remove(m_storedKey);
            ++m_generation;
            AuthError expired = error;
            expired.kind = AuthError::Kind::SessionExpired;
            endScopeRequest(expired);
            clearFlows();
            clearTokens();
            m_storedKey.clear();
            m_account = {};
            setState(State::SignedOut);
            Q_EMIT accessTokenRefreshed(false);
            Q_EMIT signInFailed(expired);
        });
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuthSession::clearFlows()
{
    endScopeRequest(AuthError::cancelled());
    stopFlow(m_interactive);
    stopFlow(m_deviceCode);
    m_interactive = nullptr;
    m_deviceCode = nullptr;
    m_restoreKey.clear();
}

void AuthSession::clearTokens()
{
    m_accessToken.fill(u'\0');
    m_accessToken.clear();
    m_refreshToken.fill(u'\0');
    m_refreshToken.clear();
    m_grantedScopes.clear();
}
