// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

/**
 * The bytes of the saved user list of one organisation: a plain first line
 * "RESETDESK-USERS 1\n" (nothing secret: it only says what the file is), then one libsodium
 * secretbox (SecretBox) of the list. Inside: whose list it is, when it was saved, the deltaLink
 * that brings it up to date, and per user only what GET /users?$select returned (id, names,
 * addresses, language, flags, last password change, whether a password change is pending) —
 * never roles, registration or anything else learned later, and never a password, which Graph
 * never returns.
 */
class DirectoryCacheFile final
{
public:
    struct Snapshot
    {
        /** The signed-in admin whose view of the directory this is. */
        QString adminId;
        QDateTime savedAt;
        QUrl deltaLink;
        QList<DirectoryUser> users;
    };

    enum class Problem {
        None,
        /** Not a saved user list of this version (another file, or cut short before its first line). */
        NotOurs,
        /** Changed since it was written, or written with another key: nothing in it can be trusted. */
        NotDecryptable,
        /** Decrypted, but its content is not what this version writes. */
        Malformed,
    };

    /** The whole file for @p snapshot, encrypted with @p key (32 bytes); empty for a bad key. */
    static QByteArray encode(const Snapshot &snapshot, const QByteArray &key);
    /** The snapshot in @p file, or nullopt with why in @p problem. */
    static std::optional<Snapshot> decode(const QByteArray &file, const QByteArray &key, Problem *problem);
    /** In words for the log (never shown to the admin, never secret). */
    static QString describe(Problem problem);
};
