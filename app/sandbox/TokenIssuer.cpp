// SPDX-License-Identifier: MIT
#include "sandbox/TokenIssuer.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

TokenIssuer::TokenIssuer(int accessTokenLifetimeSeconds)
    : m_accessLifetime(accessTokenLifetimeSeconds)
{
}

QString TokenIssuer::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / int(sizeof(quint32)));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

IssuedTokens TokenIssuer::issue(const QString &userId, const QString &appId, const QSet<QString> &scopes,
                                bool withRefreshToken)
{
    IssuedTokens tokens;
    SandboxCaller caller{userId, appId, scopes, QUuid::createUuid().toString(QUuid::WithoutBraces)};
    tokens.accessToken = u"eyJ0eXAiOiJKV1QiLCJzYW5kYm94Ijp0cnVlfQ."_s + randomToken(48);
    m_accessTokens.insert(tokens.accessToken,
                          {caller, QDateTime::currentDateTimeUtc().addSecs(m_accessLifetime)});
    m_accessTokenById.insert(caller.tokenId, tokens.accessToken);
    tokens.expiresIn = m_accessLifetime;
    tokens.scopes = QStringList(scopes.cbegin(), scopes.cend());
    tokens.scopes.sort();
    if (withRefreshToken) {
        tokens.refreshToken = u"0.AAAA"_s + randomToken(96);
        m_refreshTokens.insert(tokens.refreshToken, {{userId, appId, scopes}, false});
    }
    return tokens;
}

std::optional<SandboxCaller> TokenIssuer::validate(const QByteArray &authorizationHeader, QString *failure) const
{
    const QByteArray prefix = "Bearer ";
    if (!authorizationHeader.startsWith(prefix) || authorizationHeader.size() == prefix.size()) {
        *failure = u"Access token is empty."_s;
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(authorizationHeader.mid(prefix.size()).trimmed());
    const auto found = m_accessTokens.constFind(token);
    if (found == m_accessTokens.constEnd()) {
        *failure = u"Invalid JWT token. The token is malformed."_s;
        return std::nullopt;
    }
    if (found->expiresAt <= QDateTime::currentDateTimeUtc()) {
        *failure = u"Access token has expired or is not yet valid."_s;
        return std::nullopt;
    }
    return found->caller;
}

std::optional<TokenIssuer::RefreshGrant> TokenIssuer::redeemRefreshToken(const QString &refreshToken,
                                                                         const QString &clientId,
                                                                         RefreshFailure *failure)
{
    auto found = m_refreshTokens.find(refreshToken);
    if (found == m_refreshTokens.end()) {
        *failure = RefreshFailure::Unknown;
        return std::nullopt;
    }
    if (found->revoked) {
        *failure = RefreshFailure::Revoked;
        return std::nullopt;
    }
    if (found->grant.appId.compare(clientId, Qt::CaseInsensitive) != 0) {
        *failure = RefreshFailure::WrongClient;
        return std::nullopt;
    }
    // Rotation: a refresh token is good for one redemption here. (The real service keeps the old
    // one valid for a while; being stricter catches clients that forget to store the new one.)
    found->revoked = true;
    *failure = RefreshFailure::None;
    return found->grant;
}

void TokenIssuer::revokeRefreshTokensOf(const QString &userId)
{
    for (RefreshRecord &record : m_refreshTokens) {
        if (record.grant.userId == userId)
            record.revoked = true;
    }
}

void TokenIssuer::expireAccessToken(const QString &tokenId)
{
    const auto token = m_accessTokenById.constFind(tokenId);
    if (token == m_accessTokenById.constEnd())
        return;
    auto record = m_accessTokens.find(*token);
    if (record != m_accessTokens.end())
        record->expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
}

void TokenIssuer::expireAllAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (AccessRecord &record : m_accessTokens)
        record.expiresAt = past;
}

int TokenIssuer::liveRefreshTokenCount(const QString &userId) const
{
    int count = 0;
    for (const RefreshRecord &record : m_refreshTokens)
        count += (record.grant.userId == userId && !record.revoked) ? 1 : 0;
    return count;
}
