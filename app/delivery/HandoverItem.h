// SPDX-License-Identifier: MIT
#pragma once

#include "reset/SecretString.h"

#include <QString>
#include <QStringList>

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
    bool succeeded = false;
    /** Why it failed, already in the admin's language (the caller translates typed errors). */
    QString reason;
};
