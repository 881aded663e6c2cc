// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

class SandboxRouter;
struct SandboxContext;
struct SandboxGroup;

/**
 * The tenant's role-assignable groups: GET /groups (List groups: $filter=startswith(displayName,
 * '…'), $select, $top), GET /groups/{id} and GET /groups/{id}/members (direct members, $select,
 * $top 1..999, default pages of 100 with an opaque @odata.nextLink).
 *
 * Reading a group needs GroupMember.Read.All, Group.Read.All, Directory.Read.All or a
 * read-write variant ("List members", Graph v1.0). Members the token may not read as users come
 * back "with limited information": @odata.type and id, everything else null. Role-assignable
 * groups cannot contain groups, so every member is a user.
 */
class GroupEndpoints final
{
public:
    explicit GroupEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    /** Scopes that may read groups and their members, least privileged first. */
    static const QStringList &readScopes();
    /** Every property the sandbox serves for a group, in Graph's spelling. */
    static const QStringList &properties();
    /**
     * The group as Graph serialises a microsoft.graph.group with @p select (empty: every
     * property); without @p full only @odata.type and id carry values ("limited information").
     */
    static QJsonObject toJson(const SandboxGroup &group, const QStringList &select, bool full);

private:
    /** $select of group properties; nullopt with @p unknown naming a property groups do not have. */
    static std::optional<QStringList> parseSelect(const SandboxRequest &request, QString *unknown);
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse get(const SandboxRequest &request, const QString &id);
    SandboxResponse members(const SandboxRequest &request, const QString &id);

    SandboxContext &m_context;
};
