// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QDateTime>
#include <QHash>

class SandboxRouter;
struct SandboxContext;
struct SandboxUser;

/**
 * The password calls around the signed-in admin and the authentication-methods API:
 * POST /me/changePassword, the resetPassword long-running action and its operations, and the
 * admin's own phone/email/password methods.
 *
 * resetPassword changes the password when it is accepted (the real service finishes within
 * seconds whether anyone polls or not); the operation then reports notStarted, running and
 * succeeded on successive polls, so clients exercise their polling loop.
 */
class PasswordEndpoints final
{
public:
    /** The well-known id of the one password method every user has. */
    static QString passwordMethodId();

    explicit PasswordEndpoints(SandboxContext &context);
    void registerRoutes(SandboxRouter &router);

private:
    SandboxResponse changePassword(const SandboxRequest &request, const QString &userKey);
    SandboxResponse resetPassword(const SandboxRequest &request, const QString &userKey, const QString &methodId);
    SandboxResponse operation(const SandboxRequest &request, const QString &userKey, const QString &operationId);
    SandboxResponse methods(const SandboxRequest &request, const QString &userKey, const QString &kind);

    /** Sets @p password as a new password of @p user and ends the user's refresh tokens. */
    void applyPassword(SandboxUser &user, const QString &password, bool forceChange);
    QString generatedPassword(const SandboxUser &user) const;

    struct Operation
    {
        QString userId;
        QDateTime created;
        QDateTime lastAction;
        int polls = 0;
    };

    SandboxContext &m_context;
    QHash<QString, Operation> m_operations;
};
