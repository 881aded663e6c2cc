// SPDX-License-Identifier: MIT
#include "common/OwnerOnlyFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace OwnerOnlyFile {

FileWriteError open(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return FileWriteError::CannotOpen;
    // On the temporary file, before any data: the rename in commit() keeps the mode.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        file.commit();
        return FileWriteError::CannotRestrictPermissions;
    }
    return FileWriteError::None;
}

FileWriteError commit(QSaveFile &file)
{
    if (file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        file.commit();
        return FileWriteError::WriteFailed;
    }
    return file.commit() ? FileWriteError::None : FileWriteError::WriteFailed;
}

bool makeFolder(const QString &path)
{
    // The missing folders, innermost first, made outermost first.
    QStringList missing;
    for (QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(folder);
         folder = QFileInfo(folder).path()) {
        missing.prepend(folder);
        if (QFileInfo(folder).path() == folder)
            break;
    }
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString &folder : std::as_const(missing)) {
        // Created with the mode, not changed after: no moment in which others may look in.
        if (!QDir().mkdir(folder, ownerOnly) && !QFileInfo(folder).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}

} // namespace OwnerOnlyFile
