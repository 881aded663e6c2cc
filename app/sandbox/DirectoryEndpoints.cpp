// SPDX-License-Identifier: MIT
#include "sandbox/DirectoryEndpoints.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"

DirectoryEndpoints::DirectoryEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void DirectoryEndpoints::registerRoutes(SandboxRouter &router)
{
    Q_UNUSED(router) // SCAFFOLD: filled in by the sandbox work
}
