// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

struct SandboxContext;
struct SandboxUser;

/**
 * PATCH /users/{id | upn} and PATCH /me (graph-api.md §2.1–2.3, §5, §7.2): passwordProfile,
 * passwordPolicies, otherMails, mobilePhone, businessPhones. Validates everything first and then
 * applies all of it or nothing, as Graph does; 204 No Content on success.
 */
class UserPatch final
{
public:
    explicit UserPatch(SandboxContext &context);

    SandboxResponse apply(const SandboxRequest &request, SandboxUser &target);

    /** The message for a passwordProfile on a user of a federated domain (not worded in graph-api.md). */
    static QString federatedUserMessage();
    /** The observed message for objects mastered elsewhere, used for invited guests (graph-api.md §2.2). */
    static QString externalServiceMessage();

private:
    SandboxContext &m_context;
};
