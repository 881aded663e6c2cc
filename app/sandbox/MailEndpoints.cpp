// SPDX-License-Identifier: MIT
#include "sandbox/MailEndpoints.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"

MailEndpoints::MailEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void MailEndpoints::registerRoutes(SandboxRouter &router)
{
    Q_UNUSED(router) // SCAFFOLD: filled in by the sandbox work
}
