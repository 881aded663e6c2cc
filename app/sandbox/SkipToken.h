// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

struct SandboxRequest;

#include <optional>

/**
 * Opaque paging and delta tokens ($skiptoken, $deltatoken). Clients must follow nextLink as it
 * is and never parse them, so the sandbox makes them look like Graph's: base64url over a versioned
 * payload that only the sandbox reads back.
 */
class SkipToken final
{
public:
    static QString encode(const QJsonObject &state);
    /** nullopt when @p token was not made by encode() (tampered, truncated, foreign). */
    static std::optional<QJsonObject> decode(const QString &token);
    /**
     * The @odata.nextLink for @p path (relative to the Graph root): the request's query options
     * as the client sent them and a $skiptoken for @p state, percent-encoded as Graph writes links.
     */
    static QString nextLink(const SandboxRequest &request, const QString &path, const QJsonObject &state);
};
