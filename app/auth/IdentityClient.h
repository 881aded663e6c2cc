// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "auth/ConnectionSettings.h"
#include "common/Clock.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

/** The devicecode endpoint's answer. */
struct DeviceCodeResponse
{
    QString deviceCode; // secret: only for polling, never logged
    QString userCode;
    QUrl verificationUri;
    int expiresIn = 0; // seconds
    int interval = 5;  // seconds between polls
    QString message;
};

/**
 * The identity platform's token and devicecode endpoints for one connection: form-encoded POSTs,
 * the token response and the error body (error, error_description, error_codes, correlation_id)
 * turned into AuthError. Refuses endpoints that are http:// off loopback. Callbacks run only while
 * @p context (of each call) is alive.
 */
class IdentityClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityClient)
public:
    using TokenCallback = std::function<void(const TokenResponse &tokens, const AuthError &error)>;
    using DeviceCodeCallback = std::function<void(const DeviceCodeResponse &response, const AuthError &error)>;
    using Form = QList<QPair<QString, QString>>;

    explicit IdentityClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_connection; }
    CloudEndpoints endpoints() const { return m_endpoints; }
    /** The `scope` parameter for @p scopes in this connection's cloud (AuthScopes::requestParameter). */
    QString scopeParameter(const QStringList &scopes) const;
    /**
     * The clock tokens are stamped with, and the one the sign-in flows that talk through this
     * client wait on (polling, timeouts); the system clock unless set.
     */
    void setClock(Clock *clock) { m_clock = clock; }
    Clock *clock() const { return m_clock; }

    void redeemAuthorizationCode(const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier,
                                 const QStringList &scopes, QObject *context, TokenCallback callback);
    /** invalid_grant (revoked, expired, rotated away) is reported as Kind::SessionExpired. */
    void redeemRefreshToken(const QString &refreshToken, const QStringList &scopes, QObject *context,
                            TokenCallback callback);
    /** authorization_pending and slow_down come back as errors with those `error` values. */
    void pollDeviceCode(const QString &deviceCode, QObject *context, TokenCallback callback);
    void requestDeviceCode(const QStringList &scopes, QObject *context, DeviceCodeCallback callback);
    /**
     * Reads the authority's OpenID Connect discovery document, so a wrong sign-in address or
     * tenant is named at once instead of after a browser that waits in vain. Calls back with
     * Kind::None when the authority knows the tenant; EndpointNotFound, UnknownTenant,
     * NetworkUnavailable, … otherwise. Once an authority checked out, later calls for the same
     * connection (more permissions, a second sign-in) answer at once without asking again.
     */
    void checkAuthority(QObject *context, std::function<void(const AuthError &error)> callback);

    /**
     * Parses a 200 token response that arrived at @p receivedAt; @p error is set (MalformedResponse)
     * when it has no access token.
     */
    static TokenResponse parseTokenResponse(const QByteArray &body, const QDateTime &receivedAt,
                                            AuthError *error);
    /**
     * An identity-platform error body (or a body-less failure) as AuthError with its Kind. A 404
     * without an identity body is EndpointNotFound, naming @p address.
     */
    static AuthError parseError(int httpStatus, const QByteArray &body, const QUrl &address = {});
    /** The Kind for an OAuth error code and AADSTS number (AADSTS codes win where they are specific). */
    static AuthError::Kind kindFor(const QString &error, int aadstsCode, int httpStatus);
    /** The first AADSTS number in @p text ("AADSTS65004: User declined…"), or 0. */
    static int aadstsCodeIn(const QString &text);

private:
    using ReplyHandler = std::function<void(int status, const QByteArray &body, const AuthError &transportError)>;
    void post(const QUrl &url, const Form &form, QObject *context, ReplyHandler handler);
    /** Hands @p reply's status and body to @p handler; aborts it when @p context goes. */
    static void deliver(QNetworkReply *reply, QObject *context, ReplyHandler handler);
    void requestTokens(const Form &form, const char *grant, QObject *context, TokenCallback callback);

    QNetworkAccessManager *m_network;
    ConnectionSettings m_connection;
    CloudEndpoints m_endpoints;
    /** checkAuthority() found m_endpoints' authority and tenant; reset with the connection. */
    bool m_authorityChecked = false;
    Clock *m_clock = Clock::system();
};
