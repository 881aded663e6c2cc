// SPDX-License-Identifier: MIT
#pragma once

#include "auth/ConnectionSettings.h"
#include "auth/SignInPreferences.h"

#include <QString>

/**
 * One organisation the admin looks after, as saved between runs: what to call it, where and how
 * to sign in to it, and whose sign-in to restore. No secrets: its refresh token is in the
 * keychain under connection.refreshTokenKey(lastAccount).
 */
struct Organisation
{
    /** Stable for the organisation's life: names its settings group, keychain scope and journals. */
    QString id;
    QString name;
    /** keychainScope is set: empty for the carried-over organisation, its id for the others. */
    ConnectionSettings connection;
    SignInPreferences preferences;
    /** The account to restore silently, a user principal name; empty after signing out. */
    QString lastAccount;
    /** Made from the settings of a version without saved organisations: keeps their old names. */
    bool carriedOver = false;

    /**
     * Its own folder under @p root (the organisations folder of the whole app), for what
     * ResetDesk keeps of it between runs, such as the encrypted copy of its user list.
     */
    QString dataDirectory(const QString &root) const;
    /** Where its bulk runs keep their journals under @p root (the journal folder of the whole app). */
    QString journalDirectory(const QString &root) const;
    /** The keychain entry of lastAccount's refresh token, or empty when there is no last account. */
    QString refreshTokenKey() const;
};
