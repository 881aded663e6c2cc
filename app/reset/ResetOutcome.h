// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"
#include "common/SecretString.h"

#include <QDateTime>
#include <QString>

/** How one user's reset ended. The password lives only here, in memory, until the pane closes. */
struct ResetOutcome
{
    enum class Failure {
        None,
        /** A Graph call failed: see error (PasswordRejected, SyncedObject, InsufficientPrivileges, …). */
        Graph,
        /**
         * The user's domain is federated: the password lives with the identity provider, and
         * Graph answers 400 "cannot be used for federated users"; error holds it.
         */
        FederatedUser,
        /** The writeback operation reported status "failed" (error.message holds its statusDetail). */
        WritebackFailed,
        /** The writeback operation was still running after the last poll: the result is unknown. */
        WritebackTimedOut,
        Cancelled,
    };

    QString userId;
    QString userPrincipalName;
    bool succeeded = false;
    Failure failure = Failure::None;
    GraphError error;
    /** The password now set (typed or generated); kept on failure too so the dialog can offer it for editing.
     */
    SecretString password;
    bool passwordGenerated = false;
    /** Graph's request-id of the reset call (PATCH or resetPassword), for support cases. */
    QString requestId;
    bool viaWriteback = false;
    /**
     * The user must choose a new password at the next sign-in: as the request asked, always with
     * writeback. What the user list shows once the reset succeeded.
     */
    bool mustChangeAtNextSignIn = false;
    /** When Graph confirmed the new password (invalid until it did): the list's last change. */
    QDateTime passwordSetAt;
    /** How often the writeback operation was polled. */
    int polls = 0;

    bool signOutRequested = false;
    bool signedOut = false;
    /** revokeSignInSessions failed after a successful reset (the reset still stands). */
    GraphError signOutError;
};
