// SPDX-License-Identifier: MIT
#include "sandbox/SkipToken.h"

#include "sandbox/SandboxTypes.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

// Looks like the "RFNwdAIAAQAAAD8…" prefix of Graph's tokens ("DSpt" + version bytes).
const QByteArray &prefix()
{
    static const QByteArray bytes = QByteArray("DSpt\x02\x00\x01", 7);
    return bytes;
}

constexpr auto Encoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString SkipToken::encode(const QJsonObject &state)
{
    const QByteArray payload = prefix() + QJsonDocument(state).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(payload.toBase64(Encoding));
}

std::optional<QJsonObject> SkipToken::decode(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(prefix()))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded.mid(prefix().size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString SkipToken::nextLink(const SandboxRequest &request, const QString &path, const QJsonObject &state)
{
    QString query;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(u"$skiptoken"_s, Qt::CaseInsensitive) == 0)
            continue;
        query += QString::fromLatin1(
                     QUrl::toPercentEncoding(key, "$") + '=' + QUrl::toPercentEncoding(value, "$',()/:"))
            + u'&';
    }
    return request.graphRoot() + path + u'?' + query + u"$skiptoken="_s + encode(state);
}
