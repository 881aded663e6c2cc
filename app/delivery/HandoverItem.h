// SPDX-License-Identifier: MIT
#pragma once

#include "common/SecretString.h"
#include "delivery/TemporaryAccessPassTerms.h"

#include <QString>
#include <QStringList>

#include <optional>

/**
 * One user's result as it is handed over: on a slip, in an email, in the results CSV. The
 * password stays a SecretString until the moment it is painted or sent.
 */
struct HandoverItem
{
    QString userId;
    QString displayName;
    QString userPrincipalName;
    /** Graph's preferredLanguage ("sv-SE", "en-US" or empty): picks the slip's and email's language. */
    QString preferredLanguage;
    /** The user's alternate email addresses (otherMails), for emailing the user directly. */
    QStringList alternateEmails;
    /** The user's own mailbox (mail), which must never receive the password that was just reset. */
    QString mail;
    SecretString password;
    /**
     * Set when password holds a Temporary Access Pass rather than a password: its start, end and
     * one-time use, which every channel states beside it.
     */
    std::optional<TemporaryAccessPassTerms> temporaryAccessPass;

    enum class Outcome {
        /** The server confirmed the new password. */
        Reset,
        /**
         * The request went out but its answer was lost: the server may hold this password. It is
         * handed over like a confirmed one, marked "may be set, not confirmed", because the user
         * may need it and nobody else keeps it.
         */
        Unconfirmed,
        NotReset,
    };
    Outcome outcome = Outcome::NotReset;

    /** Whether this item hands a password over: one the server holds or may hold. */
    bool carriesPassword() const { return outcome != Outcome::NotReset && !password.isEmpty(); }
    /** Why it failed, already in the admin's language (the caller translates typed errors). */
    QString reason;
};
