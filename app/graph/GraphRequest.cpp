// SPDX-License-Identifier: MIT
#include "graph/GraphRequest.h"

using namespace Qt::Literals::StringLiterals;

GraphRequest GraphRequest::get(const QString &path, const QUrlQuery &query)
{
    GraphRequest request;
    request.path = path;
    request.query = query;
    return request;
}

GraphRequest GraphRequest::patch(const QString &path, const QJsonObject &body)
{
    GraphRequest request;
    request.method = "PATCH";
    request.path = path;
    request.body = body;
    return request;
}

GraphRequest GraphRequest::post(const QString &path, const QJsonObject &body)
{
    GraphRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    return request;
}

QString GraphRequest::encodedQuery() const
{
    QString encoded = query.toString(QUrl::FullyEncoded);
    encoded.replace(u'+', u"%2B"_s);
    return encoded;
}

QString GraphRequest::relativeUrl() const
{
    const QString encoded = encodedQuery();
    return encoded.isEmpty() ? path : path + u'?' + encoded;
}

QString GraphRequest::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QByteArray GraphResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
