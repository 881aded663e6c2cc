// SPDX-License-Identifier: MIT
#include "sandbox/UserEndpoints.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"

UserEndpoints::UserEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void UserEndpoints::registerRoutes(SandboxRouter &router)
{
    Q_UNUSED(router) // SCAFFOLD: filled in by the sandbox work
}
