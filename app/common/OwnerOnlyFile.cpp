// SPDX-License-Identifier: MIT
#include "common/OwnerOnlyFile.h"

#include <QSaveFile>

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

} // namespace OwnerOnlyFile
