// SPDX-License-Identifier: MIT
#pragma once

#include "common/FileWriteError.h"

#include <QString>

#include <functional>

class QPdfWriter;

/** Writing a PDF the way every hand-over file is written. */
namespace PdfFile {

/**
 * Writes @p path readable only by the owner, atomically: @p paint gets a writer at 300 dpi
 * (short coordinates, small files, plenty for text) to set up and paint; when it returns false
 * or the disk fails, the target is left as it was.
 */
FileWriteError write(const QString &path, const std::function<bool(QPdfWriter &writer)> &paint);

} // namespace PdfFile
