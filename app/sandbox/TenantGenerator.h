// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTenant.h"

/**
 * A deterministic tenant: the same seed and user count give the same users, roles and domains
 * every time. Realistic data for demos and tests (graph-api.md §1.5; issue "Sandbox tenant").
 */
class TenantGenerator
{
public:
    static SandboxTenant generate(int userCount, quint32 seed);

    /** The demo admin (Global Administrator), present in every generated tenant. */
    static QString adminUserPrincipalName();
    /** The demo admin's password, for tests of /me/changePassword. */
    static QString adminPassword();
    /** An app registration of the sandbox with every scope consented (demo and tests). */
    static QString sandboxClientId();
    /** Microsoft Graph Command Line Tools, also registered, as in every real tenant. */
    static QString graphCommandLineToolsClientId();
};
