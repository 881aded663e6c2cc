// SPDX-License-Identifier: MIT
#pragma once
// Requests to the sandbox's sign-in endpoints, shared by its identity tests.

#include "CatchQt.h"
#include "ManualClock.h"
#include "SandboxFixture.h"

#include "sandbox/TenantGenerator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace SandboxIdentityRequests {

inline const QString redirectUri = u"http://localhost:53123/"_s;
inline const QString signInScopes = u"offline_access openid profile User.Read.All User-PasswordProfile.ReadWrite.All"_s;

struct Pkce
{
    QString verifier;
    QString challenge;
};

inline Pkce makePkce()
{
    QByteArray raw(48, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 12);
    Pkce pkce;
    pkce.verifier = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    pkce.challenge = QString::fromLatin1(QCryptographicHash::hash(pkce.verifier.toLatin1(), QCryptographicHash::Sha256)
                                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return pkce;
}

inline QString identityPath(const QString &tenant, const QString &leaf)
{
    return u"/"_s + tenant + u"/oauth2/v2.0/"_s + leaf;
}

using Parameters = QList<QPair<QString, QString>>;

inline Parameters authorizeParameters(const Pkce &pkce, const QString &state = u"xyz-state"_s)
{
    return {{u"client_id"_s, TenantGenerator::sandboxClientId()},
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, redirectUri},
            {u"response_mode"_s, u"query"_s},
            {u"scope"_s, signInScopes},
            {u"state"_s, state},
            {u"code_challenge"_s, pkce.challenge},
            {u"code_challenge_method"_s, u"S256"_s}};
}

inline void setParameter(Parameters &parameters, const QString &name, const QString &value)
{
    for (auto &[key, existing] : parameters) {
        if (key == name) {
            existing = value;
            return;
        }
    }
    parameters.append({name, value});
}

inline HttpResult authorize(SandboxFixture &fixture, const Parameters &parameters, const QString &tenant = u"organizations"_s)
{
    QUrlQuery query;
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return fixture.get(identityPath(tenant, u"authorize"_s) + u'?' + query.toString(QUrl::FullyEncoded));
}

/** The query of the authorize redirect, as the loopback listener would receive it. */
inline QUrlQuery redirectQuery(const HttpResult &result)
{
    const QUrl location = QUrl::fromEncoded(result.header("Location"));
    return QUrlQuery(location);
}

inline QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

inline HttpResult redeem(SandboxFixture &fixture, const QString &code, const Pkce &pkce, const QString &redirect = redirectUri,
                  const QString &clientId = TenantGenerator::sandboxClientId())
{
    return fixture.postForm(identityPath(u"organizations"_s, u"token"_s),
                            {{u"client_id"_s, clientId},
                             {u"grant_type"_s, u"authorization_code"_s},
                             {u"code"_s, code},
                             {u"redirect_uri"_s, redirect},
                             {u"code_verifier"_s, pkce.verifier},
                             {u"scope"_s, signInScopes}});
}

/** Authorize, follow the redirect programmatically, return the code. */
inline QString signInCode(SandboxFixture &fixture, const Pkce &pkce)
{
    const HttpResult result = authorize(fixture, authorizeParameters(pkce));
    REQUIRE(result.status == 302);
    const QString code = value(redirectQuery(result), u"code"_s);
    REQUIRE_FALSE(code.isEmpty());
    return code;
}

inline QJsonObject signIn(SandboxFixture &fixture)
{
    const Pkce pkce = makePkce();
    const HttpResult result = redeem(fixture, signInCode(fixture, pkce), pkce);
    REQUIRE(result.status == 200);
    return result.json();
}

inline QJsonObject jwtPayload(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    REQUIRE(parts.size() == 3);
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

inline QString errorName(const HttpResult &result)
{
    return result.json()[u"error"_s].toString();
}

/** Every identity-platform error body carries these. */
inline void checkIdentityErrorShape(const HttpResult &result, int code)
{
    const QJsonObject body = result.json();
    CHECK(body[u"error_description"_s].toString().startsWith(u"AADSTS%1: "_s.arg(code)));
    CHECK(body[u"error_codes"_s].toArray() == QJsonArray{code});
    CHECK_FALSE(body[u"timestamp"_s].toString().isEmpty());
    CHECK_FALSE(body[u"trace_id"_s].toString().isEmpty());
    CHECK_FALSE(body[u"correlation_id"_s].toString().isEmpty());
}

inline bool accessTokenWorks(SandboxFixture &fixture, const QString &accessToken, QString *userId = nullptr)
{
    QString failure;
    const auto caller = fixture.context().tokens.validate("Bearer " + accessToken.toLatin1(), &failure);
    if (caller && userId)
        *userId = caller->userId;
    return caller.has_value();
}

inline HttpResult refresh(SandboxFixture &fixture, const QString &refreshToken,
                   const QString &scope = u"offline_access User.Read.All"_s)
{
    return fixture.postForm(identityPath(u"organizations"_s, u"token"_s),
                            {{u"client_id"_s, TenantGenerator::sandboxClientId()},
                             {u"grant_type"_s, u"refresh_token"_s},
                             {u"refresh_token"_s, refreshToken},
                             {u"scope"_s, scope}});
}

inline HttpResult startDeviceCode(SandboxFixture &fixture, const QString &clientId = TenantGenerator::sandboxClientId())
{
    return fixture.postForm(identityPath(u"organizations"_s, u"devicecode"_s),
                            {{u"client_id"_s, clientId}, {u"scope"_s, signInScopes}});
}

inline HttpResult pollDeviceCode(SandboxFixture &fixture, const QString &deviceCode,
                          const QString &clientId = TenantGenerator::sandboxClientId())
{
    return fixture.postForm(identityPath(u"organizations"_s, u"token"_s),
                            {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                             {u"client_id"_s, clientId},
                             {u"device_code"_s, deviceCode}});
}

} // namespace SandboxIdentityRequests
