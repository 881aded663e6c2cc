// SPDX-License-Identifier: MIT
#pragma once

#include "common/FileWriteError.h"

class QSaveFile;

/**
 * Opens hand-over files (PDF, CSV) so that only their owner can read them. QSaveFile writes a
 * temporary file beside the target and renames it on commit, so the target is never half
 * written; the permissions are set on that temporary file before the first byte goes in, so the
 * passwords are never readable by others, not even for a moment.
 */
namespace OwnerOnlyFile {

FileWriteError open(QSaveFile &file);
/** Commits, or reports WriteFailed (and discards the temporary file). */
FileWriteError commit(QSaveFile &file);

} // namespace OwnerOnlyFile
