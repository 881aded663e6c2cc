// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

struct SandboxContext;
struct SandboxUser;

/**
 * PATCH /users/{id | upn} and PATCH /me: passwordProfile, passwordPolicies, otherMails,
 * mobilePhone, businessPhones. Validates everything first and then applies all of it or nothing,
 * as Graph does; 204 No Content on success.
 */
class UserPatch final
{
public:
    explicit UserPatch(SandboxContext &context);

    SandboxResponse apply(const SandboxRequest &request, SandboxUser &target);

    /**
     * The message for a passwordProfile on a user of a federated domain. Microsoft documents only that
     * passwordProfile "cannot be used for federated users", not the error, so the wording is ours.
     */
    static QString federatedUserMessage();
    /** What Graph is seen to send for objects mastered elsewhere (undocumented); used for invited guests. */
    static QString externalServiceMessage();

private:
    SandboxContext &m_context;
};
