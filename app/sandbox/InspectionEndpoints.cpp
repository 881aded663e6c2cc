// SPDX-License-Identifier: MIT
#include "sandbox/InspectionEndpoints.h"

#include "sandbox/SandboxContext.h"

InspectionEndpoints::InspectionEndpoints(SandboxContext &context)
    : m_context(context)
{
}

SandboxResponse InspectionEndpoints::handle(SandboxRequest &)
{
    // SCAFFOLD: filled in by the sandbox work
    return SandboxResponse::text(404, "not found");
}
