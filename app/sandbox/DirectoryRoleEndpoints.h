// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QJsonArray>

class SandboxRouter;
struct SandboxContext;

/**
 * Role and group membership: /me|/users/{id} memberOf (direct only) and transitiveMemberOf
 * (with the microsoft.graph.directoryRole / microsoft.graph.group casts and /$count),
 * GET /directoryRoles ($expand=members, $filter on roleTemplateId), /directoryRoles/{id} and
 * /directoryRoles(roleTemplateId='…').
 *
 * Without RoleManagement.Read.Directory or Directory.Read.All in the token, directoryRole
 * objects come back "with limited information": @odata.type and id, everything else null.
 * A role held through a role-assignable group shows up in transitiveMemberOf only; the role's
 * members list the group (@odata.type #microsoft.graph.group), not its members, and a token that
 * may not read groups gets that group with limited information too.
 */
class DirectoryRoleEndpoints final
{
public:
    explicit DirectoryRoleEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    /** The tenant's object id of the activated role with @p templateId (stable per tenant). */
    static QString roleObjectId(const QString &tenantId, const QString &templateId);

private:
    SandboxResponse memberships(const SandboxRequest &request, const QString &userKey, bool transitive,
                                const QStringList &tail);
    SandboxResponse listRoles(const SandboxRequest &request);
    QJsonArray roleMembers(const SandboxRequest &request, const QString &templateId,
                           const QStringList &userSelect) const;
    SandboxResponse getRole(const SandboxRequest &request, const QString &templateId, const QString &notFoundKey,
                            bool membersOnly);
    /** GET /{segment} and /{segment}/members: only "directoryRoles(roleTemplateId='…')" is ours. */
    SandboxResponse alternateKey(const SandboxRequest &request, const QStringList &segments);

    SandboxContext &m_context;
};
