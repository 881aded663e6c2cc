// SPDX-License-Identifier: MIT
#include "graph/GraphRequest.h"

using namespace Qt::Literals::StringLiterals;

GraphRequest GraphRequest::get(const QString &path, const GraphQuery &query)
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

QString GraphQuery::queryItemValue(const QString &key) const
{
    for (const auto &[name, value] : m_items) {
        if (name == key)
            return value;
    }
    return {};
}

QString GraphQuery::encoded() const
{
    // Sub-delimiters Graph's OData syntax uses stay readable ($select=a,b, members($select=id),
    // 'quoted'); "&", "=", "+", "#", "%", quotes and spaces are encoded, so none changes meaning.
    static const QByteArray keep = QByteArrayLiteral("$,()':@/!*;");
    QString out;
    for (const auto &[name, value] : m_items) {
        if (!out.isEmpty())
            out += u'&';
        out += QString::fromLatin1(QUrl::toPercentEncoding(name, keep));
        out += u'=';
        out += QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
    }
    return out;
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

JsonText GraphResponse::rawJson() const
{
    // fromHttp() gave rawBody its padding; a copy of the response shares the same bytes.
    return rawJsonChecked ? JsonText::ofPadded(rawBody) : JsonText();
}

GraphResponse GraphResponse::fromHttp(int status, GraphHeaders headers, QByteArray body, bool keepRawJson)
{
    GraphResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.rawBody = std::move(body);
    if (status >= 400) {
        response.error = GraphError::fromHttp(status, response.rawBody, response.header("Retry-After"),
                                              response.header("request-id"), response.header("client-request-id"));
        return response;
    }
    if (response.rawBody.isEmpty() || !response.header("Content-Type").contains("json"))
        return response; // e.g. /users/$count's text/plain number
    QString parseError;
    if (keepRawJson) {
        response.rawJsonChecked = JsonText::padded(response.rawBody).isValid(&parseError);
    } else {
        QJsonParseError jsonError;
        response.json = QJsonDocument::fromJson(response.rawBody, &jsonError);
        if (jsonError.error != QJsonParseError::NoError)
            parseError = jsonError.errorString();
    }
    if (!parseError.isEmpty()) {
        response.error = GraphError::make(GraphError::Kind::MalformedResponse, parseError);
        response.error.httpStatus = status;
    }
    return response;
}
