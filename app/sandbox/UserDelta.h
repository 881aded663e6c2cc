// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QStringList>

class SandboxTenant;
struct SandboxOptions;
struct SandboxUser;

/**
 * GET /users/delta: a first round that pages through every user and ends with @odata.deltaLink,
 * then rounds with only what changed since, deleted users as @removed, $select carried in the
 * tokens, Prefer: return=minimal sending only changed properties. A deltaLink older than seven
 * days (on the sandbox's clock) is refused as Graph refuses it for directory objects: 400
 * syncStateNotFound, after which only a full sync helps.
 */
class UserDelta final
{
public:
    /** Delta tokens of directory objects live this long ("Duration of change tracking tokens"). */
    static constexpr int TokenLifetimeDays = 7;

    UserDelta(SandboxTenant &tenant, const SandboxOptions &options);

    SandboxResponse handle(const SandboxRequest &request);

    /**
     * Records a write to @p properties of @p user: bumps its change sequence (SandboxTenant::touch)
     * and the per-property sequence that return=minimal reads. Every write must go through here.
     */
    static void markChanged(SandboxTenant &tenant, SandboxUser &user, const QStringList &properties);

private:
    struct State
    {
        QStringList select;
        QString filter;
        int pageSize = 100;
        bool initialRound = true;
        qint64 since = 0; // changes after this sequence belong to the round
        qint64 roundStart = 0; // the tenant's counter when the round began: the next deltaLink's "since"
        qsizetype index = 0; // where the next page starts
    };
    SandboxResponse page(const SandboxRequest &request, const State &state);

    SandboxTenant &m_tenant;
    const SandboxOptions &m_options;
};
