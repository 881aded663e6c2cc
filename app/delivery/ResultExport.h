// SPDX-License-Identifier: MIT
#pragma once

#include "common/FileWriteError.h"
#include "delivery/HandoverItem.h"

#include <QList>
#include <QString>

/**
 * The results of a reset run as a CSV file for the admin's records or for a mail merge: one row
 * per user with display name, user name, outcome and reason, and the temporary password only when
 * the admin asked for it. Written for Excel as much as for scripts:
 * - UTF-8 with a byte order mark, or Excel reads å/ä/ö as mojibake;
 * - RFC 4180 quoting (comma separator, CRLF line ends, quotes doubled);
 * - a cell from the directory (name, user name, reason) that starts with = + - @ (or tab or
 *   carriage return) gets a leading apostrophe, so a crafted display name cannot run as a formula
 *   (CSV injection); the password cell is never changed, since the file is a hand-over and must
 *   carry exactly what the server holds;
 * - owner-only permissions from before the first byte (OwnerOnlyFile), because it may hold passwords.
 * Column headings and outcomes use the admin's language through SlipTexts.
 */
class ResultExport final
{
public:
    struct Options
    {
        bool includePasswords = false;
        /** The admin's language ("sv", "en") for headings and outcomes. */
        QString language = QStringLiteral("en");
    };

    /** The file's bytes: BOM, heading row, one row per item. */
    static QByteArray toCsv(const QList<HandoverItem> &items, const Options &options);
    static FileWriteError write(const QString &path, const QList<HandoverItem> &items, const Options &options);

    /** One cell of directory text, guarded against formulas and quoted when needed. */
    static QString cell(const QString &value);

private:
    /** @p value with a leading apostrophe when a spreadsheet would read it as a formula. */
    static QString defused(const QString &value);
};
