// SPDX-License-Identifier: MIT
#include "sandbox/SandboxTypes.h"

#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

std::optional<QJsonObject> SandboxRequest::jsonBody() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString SandboxRequest::graphRoot() const
{
    return baseUrl.toString(QUrl::StripTrailingSlash) + u"/v1.0"_s;
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

SandboxResponse SandboxResponse::json(int status, const QJsonDocument &document)
{
    SandboxResponse response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json;odata.metadata=minimal;charset=utf-8");
    return response;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray &text, const QByteArray &contentType)
{
    SandboxResponse response;
    response.status = status;
    response.body = text;
    response.setHeader("Content-Type", contentType + "; charset=utf-8");
    return response;
}

SandboxResponse SandboxResponse::noContent()
{
    SandboxResponse response;
    response.status = 204;
    return response;
}

SandboxResponse SandboxResponse::redirect(const QUrl &location)
{
    SandboxResponse response;
    response.status = 302;
    response.setHeader("Location", location.toEncoded());
    return response;
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void SandboxResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, existing] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            existing = value;
            return;
        }
    }
    headers.append(qMakePair(name, value));
}
