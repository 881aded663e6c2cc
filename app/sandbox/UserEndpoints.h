// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"
#include "sandbox/UserDelta.h"
#include "sandbox/UserPatch.h"

class SandboxRouter;
class UserQuery;
struct SandboxContext;
struct SandboxUser;

/**
 * GET /users ($select, $top, $filter, $search, $count, paging), /users/$count, /users/delta,
 * GET/PATCH /users/{id | upn} and /me (passwordProfile, passwordPolicies, contact fields), POST
 * /users/{id}/revokeSignInSessions.
 */
class UserEndpoints final
{
public:
    explicit UserEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    /** Scopes that let a token read other users (User.ReadBasic.All sees only the basic profile). */
    static QStringList readScopes();

private:
    SandboxResponse list(const SandboxRequest &request);
    SandboxResponse count(const SandboxRequest &request);
    SandboxResponse get(const SandboxRequest &request, const QString &key);
    SandboxResponse patch(const SandboxRequest &request, const QString &key);
    SandboxResponse revokeSignInSessions(const SandboxRequest &request, const QString &key);

    /** The user addressed by object id or user principal name; nullptr when there is none. */
    SandboxUser *resolve(const QString &key);
    bool callerIsGuest(const SandboxRequest &request) const;
    /** The token reads other users only through User.ReadBasic.All. */
    static bool basicReadOnly(const SandboxRequest &request);
    /** Indices into the tenant's users, matching and sorted, for an ordered query. */
    std::vector<qsizetype> orderedMatches(const UserQuery &query) const;
    const std::vector<qsizetype> &cachedOrderedMatches(const SandboxRequest &request, const UserQuery &query);

    /** The last ordered result, so paging through a sorted query costs O(page) after page one. */
    struct OrderedCache
    {
        QString queryKey;
        qint64 changeCounter = -1;
        std::vector<qsizetype> indices;
    };

    SandboxContext &m_context;
    OrderedCache m_orderedCache;
    UserDelta m_delta;
    UserPatch m_patch;
};
