// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class DirectoryUser;

/**
 * Users as resetdesk-cli prints them: an aligned table for people, in their language; CSV and
 * JSON for scripts, with fixed English column names and raw values so scripts do not break when
 * the language changes.
 */
class UserListFormat final
{
    Q_DECLARE_TR_FUNCTIONS(UserListFormat)
public:
    static QStringList formats();
    static QString table(const QList<DirectoryUser> &users);
    static QString csv(const QList<DirectoryUser> &users);
    static QString json(const QList<DirectoryUser> &users);
};
