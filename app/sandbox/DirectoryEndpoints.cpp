// SPDX-License-Identifier: MIT
#include "sandbox/DirectoryEndpoints.h"

#include "sandbox/SandboxRouter.h"

DirectoryEndpoints::DirectoryEndpoints(SandboxContext &context)
    : m_roles(context)
    , m_groups(context)
    , m_domains(context)
    , m_passwords(context)
{
}

void DirectoryEndpoints::registerRoutes(SandboxRouter &router)
{
    m_roles.registerRoutes(router);
    m_groups.registerRoutes(router);
    m_domains.registerRoutes(router);
    m_passwords.registerRoutes(router);
}
