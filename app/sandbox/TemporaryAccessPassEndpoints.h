// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QDateTime>

class SandboxRouter;
struct SandboxContext;
struct SandboxTemporaryAccessPass;
struct SandboxUser;

/**
 * The Temporary Access Pass: its configuration in the authentication methods policy
 * (GET /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass)
 * and the method itself (POST, GET, DELETE /users/{id | upn}/authentication/temporaryAccessPassMethods).
 *
 * A user holds at most one pass; creating another replaces it without an error. The value is in
 * the 201 answer only. Lifetime and one-time use must stay within the policy; external guests,
 * users the policy does not target and targets the caller's role does not cover are refused
 * (AuthMethodRoles, SandboxAuthMethodBehaviour for the undocumented statuses).
 */
class TemporaryAccessPassEndpoints final
{
public:
    explicit TemporaryAccessPassEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

    /** The pass as Graph serialises a temporaryAccessPassAuthenticationMethod; the value only when @p withValue. */
    static QJsonObject toJson(const SandboxTemporaryAccessPass &pass, bool usableByPolicy, const QDateTime &now,
                              bool withValue);
    /** Whether the policy lets @p user sign in with a pass: enabled, included, not excluded. */
    static bool targetedByPolicy(const SandboxContext &context, const SandboxUser &user);
    /** A guest invited from another organisation (as opposed to an internal guest account). */
    static bool isExternalGuest(const SandboxUser &user);

private:
    SandboxResponse policy(const SandboxRequest &request, const QString &configurationId);
    SandboxResponse create(const SandboxRequest &request, const QString &userKey);
    SandboxResponse list(const SandboxRequest &request, const QString &userKey);
    SandboxResponse get(const SandboxRequest &request, const QString &userKey, const QString &passId);
    SandboxResponse remove(const SandboxRequest &request, const QString &userKey, const QString &passId);

    /** Finds the target and checks the caller may act on it (reading or managing); nullptr with @p refusal. */
    SandboxUser *target(const SandboxRequest &request, const QString &userKey, bool manage, SandboxResponse *refusal);
    /** The user's pass @p passId, after target(); nullptr with @p refusal (404 when it is not theirs). */
    const SandboxTemporaryAccessPass *pass(const SandboxRequest &request, const QString &userKey, const QString &passId,
                                           bool manage, SandboxResponse *refusal, const SandboxUser **owner);
    QString newPassValue() const;
    QDateTime now() const;

    SandboxContext &m_context;
};
