// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * Suite "slips": 1,000 password slips (8 per A4 page, mixed Swedish and English users,
 * generated readable passwords) written to a PDF through SlipDocument::writePdf, the same path as
 * "Save as PDF". Prints the median time and the file size; targets: under 5 s and under 2 MB.
 * Also, for information, the same run with phonetic spelling and a summary sheet.
 * Options: --slips N (default 1000), --runs R (default 3), --keep DIR (keep the PDFs there).
 */
namespace SlipsBench {

int run(const QString &program, const QStringList &args);

} // namespace SlipsBench
