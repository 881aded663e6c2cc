// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

class SandboxRouter;
struct SandboxContext;
struct SandboxUser;

/**
 * A user's registered authentication methods: GET /users/{id | upn}/authentication/methods and
 * DELETE /users/{id | upn}/authentication/{kind}Methods/{id} for every kind v1.0 can delete
 * (the password has no DELETE). Ordering rules of "Authentication methods API overview": a
 * mobile phone goes only after the alternateMobile, and the phone that is the user's default MFA
 * method only when nothing else but the password is left. Once only the password remains the user
 * counts as unregistered for MFA and SSPR.
 */
class AuthMethodEndpoints final
{
public:
    explicit AuthMethodEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    /** Ids the service gives the user's mobile phone and email methods (the same in every tenant). */
    static QString mobilePhoneMethodId();
    static QString emailMethodId();

private:
    const SandboxUser *readableUser(const SandboxRequest &request, const QString &userKey,
                                    SandboxResponse *refusal) const;
    SandboxResponse passwordMethod(const SandboxRequest &request, const QString &userKey, const QString &methodId);
    SandboxResponse list(const SandboxRequest &request, const QString &userKey);
    SandboxResponse remove(const SandboxRequest &request, const QString &userKey, const QString &kind,
                           const QString &methodId);
    SandboxResponse removePhone(const SandboxRequest &request, SandboxUser &user, const QString &methodId);

    /** Every method of @p user as Graph lists it, the password first. */
    QJsonArray methodsJson(const SandboxUser &user) const;
    void noteIfUnregistered(SandboxUser &user);

    SandboxContext &m_context;
};
