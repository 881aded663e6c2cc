// SPDX-License-Identifier: MIT
#pragma once

#include "common/FileWriteError.h"

class QSaveFile;
class QString;

/**
 * Files and folders only their owner can read. Hand-over files (PDF, CSV) go through QSaveFile,
 * which writes a temporary file beside the target and renames it on commit, so the target is
 * never half written; the permissions are set on that temporary file before the first byte goes
 * in, so the passwords are never readable by others, not even for a moment.
 */
namespace OwnerOnlyFile {

FileWriteError open(QSaveFile &file);
/** Commits, or reports WriteFailed (and discards the temporary file). */
FileWriteError commit(QSaveFile &file);

/**
 * Makes @p path and any missing folders above it, each readable, writable and listable by its
 * owner only (0700), so nobody else can even see what ResetDesk keeps there. Folders that
 * already existed are left as they are. False when a folder cannot be made.
 */
bool makeFolder(const QString &path);

} // namespace OwnerOnlyFile
