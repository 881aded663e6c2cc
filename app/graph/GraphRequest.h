// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"
#include "graph/JsonText.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <initializer_list>
#include <optional>

using GraphHeaders = QList<QPair<QByteArray, QByteArray>>;

/**
 * A Graph request's query options exactly as the caller wrote them, percent-encoded only on
 * output. QUrlQuery is not used for this: it takes a valid "%XX" inside a value as already
 * encoded, so a search the admin typed ("100%AB") would reach Graph changed.
 */
class GraphQuery final
{
public:
    GraphQuery() = default;
    GraphQuery(std::initializer_list<QPair<QString, QString>> items)
        : m_items(items)
    {
    }

    void addQueryItem(const QString &key, const QString &value) { m_items.append({key, value}); }
    /** The value as added (the first one for @p key); empty when absent. */
    QString queryItemValue(const QString &key) const;
    const QList<QPair<QString, QString>> &queryItems() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    void clear() { m_items.clear(); }
    /** "key=value&…", every character outside RFC 3986's unreserved set and "$,()':@/!*;" encoded. */
    QString encoded() const;

private:
    QList<QPair<QString, QString>> m_items;
};

/** One Graph request as callers describe it; GraphClient turns it into HTTP. */
struct GraphRequest
{
    QByteArray method = "GET";
    /** Relative to the Graph root, e.g. "/users/{id}"; segments must already be percent-encoded. */
    QString path;
    GraphQuery query;
    /** Set instead of path/query to follow a link the service returned (nextLink, Location). */
    QUrl absoluteUrl;
    std::optional<QJsonObject> body;
    GraphHeaders headers;
    /** Adds "ConsistencyLevel: eventual" (advanced queries); resent on every page. */
    bool eventualConsistency = false;
    /** Safe to send twice. Decides whether a dropped connection is retried. Default: not POST. */
    std::optional<bool> idempotent;
    /**
     * A successful JSON answer is only checked (JsonText::isValid) and left in rawBody, not parsed
     * into json: for readers of large pages that decode just the fields they need.
     */
    bool keepRawJson = false;

    static GraphRequest get(const QString &path, const GraphQuery &query = {});
    static GraphRequest patch(const QString &path, const QJsonObject &body);
    static GraphRequest post(const QString &path, const QJsonObject &body = {});

    bool isIdempotent() const { return idempotent.value_or(method != "POST"); }
    /** Path and query as a $batch item's "url" (relative to the version root). */
    QString relativeUrl() const;
    /** The query percent-encoded for Graph (query.encoded()). */
    QString encodedQuery() const { return query.encoded(); }
    /** A path segment percent-encoded for a URL (user principal names may hold '#', '$', …). */
    static QString segment(const QString &value);
};

/** What came back: the parsed body on success, or the error. */
struct GraphResponse
{
    int status = 0;
    QJsonDocument json;
    QByteArray rawBody; // for non-JSON answers such as /users/$count
    GraphHeaders headers;
    GraphError error;
    int attempts = 0; // how many times the request was sent (retries, replays)
    /** rawBody is JSON that JsonText::isValid() accepted, with its padding (requests with keepRawJson). */
    bool rawJsonChecked = false;

    /**
     * The response to an HTTP answer as it came off the wire: a status of 400 or more becomes
     * error (GraphError::fromHttp); a JSON body (by Content-Type) is parsed into json, or with
     * @p keepRawJson only checked (JsonText::isValid); a JSON body that does not parse is a
     * MalformedResponse error.
     */
    static GraphResponse fromHttp(int status, GraphHeaders headers, QByteArray body, bool keepRawJson);

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
    /** The body of a keepRawJson request as a view into rawBody (empty when it was no JSON). */
    JsonText rawJson() const;
    QByteArray header(const QByteArray &name) const;
};
