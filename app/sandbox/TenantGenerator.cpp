// SPDX-License-Identifier: MIT
#include "sandbox/TenantGenerator.h"

using namespace Qt::Literals::StringLiterals;

// SCAFFOLD: the sandbox work replaces this with the full generator.
SandboxTenant TenantGenerator::generate(int userCount, quint32 seed)
{
    Q_UNUSED(userCount)
    Q_UNUSED(seed)
    SandboxTenant tenant;
    tenant.tenantId = u"6f1c9d4e-2a7b-4c3d-9e8f-0a1b2c3d4e5f"_s;
    tenant.displayName = u"Kvarnby Bygg AB"_s;
    SandboxUser admin;
    admin.id = u"0c6d2c1a-5b8e-4f7a-9d3c-1e2f3a4b5c6d"_s;
    admin.displayName = u"Karin Admin"_s;
    admin.userPrincipalName = adminUserPrincipalName();
    admin.password = adminPassword();
    admin.roleTemplateIds = {SandboxRoles::GlobalAdministrator};
    tenant.adminUserId = admin.id;
    tenant.addUser(admin);
    tenant.apps.push_back({sandboxClientId(), u"ResetDesk sandbox"_s, true, {}});
    return tenant;
}

QString TenantGenerator::adminUserPrincipalName()
{
    return u"admin@kvarnby.se"_s;
}

QString TenantGenerator::adminPassword()
{
    return u"Kvarn-Admin-2026!"_s;
}

QString TenantGenerator::sandboxClientId()
{
    return u"5d1f0a3b-7c2e-4b9a-8f6d-3e4c5b6a7d8e"_s;
}

QString TenantGenerator::graphCommandLineToolsClientId()
{
    return u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s;
}
