// SPDX-License-Identifier: MIT
#include "sandbox/IdTokenBuilder.h"

#include "sandbox/SandboxTenant.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray signingKey()
{
    static const QByteArray key = [] {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
        return bytes;
    }();
    return key;
}

QByteArray encode(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64Url);
}

} // namespace

QString IdTokenBuilder::issuer(const QUrl &authorityHost, const QString &tenantId)
{
    return authorityHost.toString(QUrl::StripTrailingSlash) + u'/' + tenantId + u"/v2.0"_s;
}

QString IdTokenBuilder::build(const SandboxUser &user, const Claims &claims)
{
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"HS256"_s}, {u"kid"_s, u"sandbox"_s}};
    const qint64 issuedAt = claims.issuedAt.toSecsSinceEpoch();
    // Pairwise subject, as the identity platform gives each app its own "sub" for a user.
    const QByteArray subject = QCryptographicHash::hash((user.id + u'|' + claims.clientId).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toBase64(base64Url);
    QJsonObject payload{
        {u"aud"_s, claims.clientId},
        {u"iss"_s, issuer(claims.authorityHost, claims.tenantId)},
        {u"iat"_s, issuedAt},
        {u"nbf"_s, issuedAt},
        {u"exp"_s, issuedAt + claims.lifetimeSeconds},
        {u"name"_s, user.displayName},
        {u"oid"_s, user.id},
        {u"preferred_username"_s, user.userPrincipalName},
        {u"sub"_s, QString::fromLatin1(subject)},
        {u"tid"_s, claims.tenantId},
        {u"ver"_s, u"2.0"_s},
    };
    if (!claims.nonce.isEmpty())
        payload.insert(u"nonce"_s, claims.nonce);
    const QByteArray signingInput = encode(header) + '.' + encode(payload);
    const QByteArray signature =
        QMessageAuthenticationCode::hash(signingInput, signingKey(), QCryptographicHash::Sha256).toBase64(base64Url);
    return QString::fromLatin1(signingInput + '.' + signature);
}
