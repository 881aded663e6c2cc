// SPDX-License-Identifier: MIT
#include "session/Organisation.h"

#include <QDir>

QString Organisation::journalDirectory(const QString &root) const
{
    // The carried-over organisation keeps the journals it already has; the others get a folder
    // of their own below it, which ResetJournal::list() (files only) never mixes in.
    return carriedOver ? root : QDir(root).filePath(id);
}

QString Organisation::dataDirectory(const QString &root) const
{
    return QDir(root).filePath(id);
}

QString Organisation::refreshTokenKey() const
{
    return lastAccount.isEmpty() ? QString() : connection.refreshTokenKey(lastAccount);
}
