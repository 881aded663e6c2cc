// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

/** Tokens as the sandbox's identity endpoints hand them out. */
struct IssuedTokens
{
    QString accessToken;
    QString refreshToken; // empty unless offline_access was granted
    int expiresIn = 0;    // seconds
    QStringList scopes;   // granted, sorted
};

/** Why a refresh token was not redeemed; maps to AADSTS codes in the identity endpoints. */
enum class RefreshFailure {
    None,
    Unknown,     // never issued, or malformed
    Revoked,     // password changed, reset, sessions revoked, or already rotated away
    WrongClient, // issued to another client id
};

/**
 * Issues and checks opaque access tokens and rotating refresh tokens. Tokens are random
 * strings with no meaning outside this object, as Graph's are to a client: Microsoft tells
 * clients not to parse them, since they may be encrypted or change format.
 */
class TokenIssuer
{
public:
    explicit TokenIssuer(int accessTokenLifetimeSeconds = 3599);

    int accessTokenLifetimeSeconds() const { return m_accessLifetime; }
    void setAccessTokenLifetimeSeconds(int seconds) { m_accessLifetime = seconds; }

    IssuedTokens issue(const QString &userId, const QString &appId, const QSet<QString> &scopes,
                       bool withRefreshToken);

    /**
     * The caller behind a bearer token, or nullopt with @p failure set to Graph's message
     * ("Access token is empty.", "Access token has expired or is not yet valid.", …).
     */
    std::optional<SandboxCaller> validate(const QByteArray &authorizationHeader, QString *failure) const;

    struct RefreshGrant
    {
        QString userId;
        QString appId;
        QSet<QString> scopes;
    };
    /** Consumes @p refreshToken (rotation: it is revoked once used). */
    std::optional<RefreshGrant> redeemRefreshToken(const QString &refreshToken, const QString &clientId,
                                                   RefreshFailure *failure);

    /** After a password change, an admin reset or revokeSignInSessions: each ends the refresh tokens. */
    void revokeRefreshTokensOf(const QString &userId);
    /** Makes the access token with @p tokenId expire now (fault injection: expiry mid-run). */
    void expireAccessToken(const QString &tokenId);
    void expireAllAccessTokens();

    int liveRefreshTokenCount(const QString &userId) const;

private:
    struct AccessRecord
    {
        SandboxCaller caller;
        QDateTime expiresAt;
    };
    struct RefreshRecord
    {
        RefreshGrant grant;
        bool revoked = false;
    };

    static QString randomToken(int bytes);

    int m_accessLifetime;
    QHash<QString, AccessRecord> m_accessTokens;   // token -> record
    QHash<QString, QString> m_accessTokenById;     // tokenId -> token
    QHash<QString, RefreshRecord> m_refreshTokens; // token -> record
};
