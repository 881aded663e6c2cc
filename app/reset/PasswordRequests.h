// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"

#include <QString>

/**
 * The Graph requests that set a password or end a user's sessions, built in one place for the
 * single reset and the bulk run.
 */
namespace PasswordRequests {

/** The well-known id of the password authentication method, the same for every user. */
QString passwordMethodId();
/** PATCH /users/{id} with passwordProfile: the cloud reset. */
GraphRequest passwordProfile(const QString &userId, const QString &password, bool forceChange, bool forceChangeWithMfa);
/** POST …/methods/{passwordMethodId}/resetPassword: the reset that writes back to Active Directory. */
GraphRequest writebackReset(const QString &userId, const QString &password);
/** POST /users/{id}/revokeSignInSessions. */
GraphRequest revokeSessions(const QString &userId);

} // namespace PasswordRequests
