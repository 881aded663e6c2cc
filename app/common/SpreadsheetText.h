// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/**
 * The text of a file a spreadsheet saved, in the encodings Excel for Windows and Mac write:
 * UTF-8 with or without a byte order mark ("CSV UTF-8"), UTF-16 little or big endian with one
 * ("Unicode Text"), Windows-1252 ("CSV" of Excel for Windows in Western European locales,
 * Swedish included) and Mac Roman ("CSV" of Excel for Mac, with a CR at each line's end).
 */
namespace SpreadsheetText {

/**
 * Decodes @p bytes into @p text; false (and @p text empty) for an encoding none of the above
 * explains: a UTF-32 byte order mark, or NUL bytes without one (UTF-16 that lost its mark).
 * Bytes that are not UTF-8 are read as Windows-1252, or as Mac Roman when their letters say so.
 */
bool decode(const QByteArray &bytes, QString *text);

} // namespace SpreadsheetText
