// SPDX-License-Identifier: MIT
#include "sandbox/SandboxRouter.h"

using namespace Qt::Literals::StringLiterals;

void SandboxRouter::add(const QByteArray &method, const QString &pattern, const QStringList &anyOfScopes,
                        Handler handler)
{
    m_routes.push_back({method, pattern.split(u'/', Qt::SkipEmptyParts), anyOfScopes, std::move(handler)});
}

SandboxRouter::Match SandboxRouter::match(const QByteArray &method, const QStringList &segments) const
{
    Match best;
    int bestLiterals = -1;
    for (const Route &route : m_routes) {
        if (route.pattern.size() != segments.size())
            continue;
        QStringList captures;
        int literals = 0;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.pattern.at(i) == u"{}"_s) {
                captures.append(segments.at(i));
            } else if (route.pattern.at(i).compare(segments.at(i), Qt::CaseInsensitive) == 0) {
                ++literals;
            } else {
                matches = false;
            }
        }
        if (!matches)
            continue;
        best.pathKnown = true;
        if (route.method == method && literals > bestLiterals) {
            best.route = &route;
            best.captures = captures;
            bestLiterals = literals;
        }
    }
    return best;
}
