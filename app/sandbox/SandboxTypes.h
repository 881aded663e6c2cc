// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

/** Who is calling, as the access token says. */
struct SandboxCaller
{
    QString userId;
    QString appId;
    QSet<QString> scopes; // as granted, e.g. "User.Read.All"
    QString tokenId;      // the token's own id, so faults can expire it
};

/**
 * One request as the sandbox handles it: a whole HTTP request, or one item of a $batch.
 * Header names are lower-case. Graph paths are relative to the service root ("/users/…"), with
 * percent-decoding already done per segment.
 */
struct SandboxRequest
{
    QByteArray method;
    QString path;
    QStringList segments; // path split on '/', decoded, empty segments dropped
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QUrl baseUrl;          // e.g. http://127.0.0.1:40123 (for absolute links such as nextLink)
    QString requestId;     // our id for this request (echoed as request-id)
    QString clientRequestId;
    bool insideBatch = false;
    std::optional<SandboxCaller> caller; // set by the Graph pipeline after the token is checked

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString &key) const { return query.hasQueryItem(key); }
    /** Parses the body as a JSON object; nullopt when it is not one. */
    std::optional<QJsonObject> jsonBody() const;
    /** The Graph service root as clients see it, e.g. http://127.0.0.1:40123/v1.0 */
    QString graphRoot() const;
};

/** What happens to the connection besides (or instead of) writing the response. */
enum class SandboxTransport {
    Normal,
    /** Drop the TCP connection without answering. */
    ResetConnection,
    /** Answer, but with a truncated, unparsable JSON body. */
    MalformedBody,
};

struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    SandboxTransport transport = SandboxTransport::Normal;
    int extraDelayMs = 0;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse json(int status, const QJsonDocument &document);
    static SandboxResponse text(int status, const QByteArray &text, const QByteArray &contentType = "text/plain");
    static SandboxResponse noContent();
    static SandboxResponse redirect(const QUrl &location);

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};
