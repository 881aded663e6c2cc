// SPDX-License-Identifier: MIT
#include "sandbox/GraphService.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"

using namespace Qt::Literals::StringLiterals;

GraphService::GraphService(SandboxContext &context)
    : m_context(context)
{
}

SandboxResponse GraphService::handle(SandboxRequest &request)
{
    QString failure;
    request.caller = m_context.tokens.validate(request.header("authorization"), &failure);
    if (!request.caller)
        return GraphErrors::invalidAuthenticationToken(request, failure);
    return handleItem(request);
}

SandboxResponse GraphService::handleItem(SandboxRequest &request)
{
    const SandboxRouter::Match match = m_router.match(request.method, request.segments);
    if (!match.route) {
        if (match.pathKnown) {
            return GraphErrors::error(request, 405, u"Request_BadRequest"_s,
                                      u"Specified HTTP method is not allowed for the request target."_s);
        }
        const QString segment = request.segments.isEmpty() ? QString() : request.segments.last();
        return GraphErrors::error(request, 400, u"BadRequest"_s,
                                  u"Resource not found for the segment '%1'."_s.arg(segment));
    }

    if (!match.route->anyOfScopes.isEmpty()) {
        bool granted = false;
        for (const QString &scope : match.route->anyOfScopes)
            granted = granted || request.caller->scopes.contains(scope);
        if (!granted)
            return GraphErrors::insufficientPrivileges(request);
    }

    if (auto fault = m_context.faults.itemFault(request, m_context.tokens))
        return *fault;
    if (auto throttled = m_context.throttle.admit(request)) {
        m_context.log.count(u"throttled"_s);
        return *throttled;
    }
    if (ThrottleModel::isWrite(request))
        m_context.log.count(u"writes"_s);
    return match.route->handler(request, match.captures);
}
