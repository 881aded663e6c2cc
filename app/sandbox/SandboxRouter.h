// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QStringList>

#include <functional>
#include <vector>

/**
 * Graph routes by method and path pattern. Patterns are segment lists where "{}" captures one
 * segment: "/users/{}/revokeSignInSessions". Literal segments compare case-insensitively, as
 * Graph's do, and a literal beats a capture ("/users/delta" before "/users/{}").
 */
class SandboxRouter
{
public:
    using Handler = std::function<SandboxResponse(SandboxRequest &request, const QStringList &captures)>;

    struct Route
    {
        QByteArray method;
        QStringList pattern;
        /** The token must carry one of these scopes; empty = any valid token. */
        QStringList anyOfScopes;
        Handler handler;
    };

    struct Match
    {
        const Route *route = nullptr;
        QStringList captures;
        /** The path exists for some other method (405 rather than 400). */
        bool pathKnown = false;
    };

    void add(const QByteArray &method, const QString &pattern, const QStringList &anyOfScopes, Handler handler);
    Match match(const QByteArray &method, const QStringList &segments) const;

private:
    std::vector<Route> m_routes;
};
