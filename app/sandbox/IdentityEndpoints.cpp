// SPDX-License-Identifier: MIT
#include "sandbox/IdentityEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"

using namespace Qt::Literals::StringLiterals;

IdentityEndpoints::IdentityEndpoints(SandboxContext &context)
    : m_context(context)
{
}

bool IdentityEndpoints::handles(const SandboxRequest &request) const
{
    return request.segments.size() >= 3 && request.segments.at(1) == u"oauth2"_s;
}

SandboxResponse IdentityEndpoints::handle(SandboxRequest &)
{
    // SCAFFOLD: filled in by the sandbox work
    return GraphErrors::identityError(400, u"invalid_request"_s, 900144, u"Not implemented yet."_s);
}
