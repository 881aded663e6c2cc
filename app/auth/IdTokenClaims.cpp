// SPDX-License-Identifier: MIT
#include "auth/IdTokenClaims.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

std::optional<IdTokenClaims> IdTokenClaims::decode(const QString &idToken)
{
    const QStringList parts = idToken.split(u'.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(),
                                                        QByteArray::Base64UrlEncoding
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject claims = document.object();

    IdTokenClaims result;
    for (const QString &key : {u"preferred_username"_s, u"upn"_s, u"email"_s}) {
        result.preferredUsername = claims.value(key).toString();
        if (!result.preferredUsername.isEmpty())
            break;
    }
    result.name = claims.value(u"name"_s).toString();
    result.tenantId = claims.value(u"tid"_s).toString();
    result.objectId = claims.value(u"oid"_s).toString();
    return result;
}
