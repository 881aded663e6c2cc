// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkTarget.h"
#include "password/LocalPasswordRules.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * Reads the CSV file a bulk reset can start from: one user per row, by user principal name or
 * object id, with an optional password. Everything wrong with the file is collected with its
 * line number before anything runs, so the admin fixes the file once instead of once per error.
 * ui/bulk/BulkImportProblemText turns each typed problem into a translated sentence.
 *
 * Accepted: the text encodings Excel writes (SpreadsheetText: UTF-8, UTF-16 with a byte order
 * mark, Windows-1252), ',' ';' or tab separators (Swedish Excel writes ';', "Unicode Text" tabs),
 * RFC 4180 quoting, CRLF or LF, an optional header row, blank lines ignored.
 * Also tolerated, because Excel writes them: rows whose fields are all empty (ignored like blank
 * lines), and empty fields after the second. The user field is
 * trimmed; a password is taken exactly as written (one of only spaces counts as none).
 */
class BulkCsvImport final
{
public:
    enum class ProblemKind {
        /** Not a row we can read: unbalanced quotes, more than two fields, an empty user field. */
        Malformed,
        /** No loaded user has this UPN or id. */
        UnknownUser,
        /** The same user appears again (by UPN or id); the first row counts. */
        Duplicate,
        /** The row's password breaks the rules for this user (see passwordFailures). */
        BadPassword,
        /** The file holds no user rows at all. */
        NoRows,
        /** The file's text is in an encoding ResetDesk does not read (UTF-32, UTF-16 without BOM). */
        UnreadableEncoding,
    };

    /** Why a row is Malformed, so the report can say what to change. */
    enum class Malformation {
        /** A quoted field is never closed (the rest of the file would be one field). */
        UnclosedQuote,
        /** Text follows a closing quote in the same field: an inner quote was not doubled. */
        TextAfterQuote,
        /** More than two non-empty fields: a separator inside an unquoted password, perhaps. */
        TooManyFields,
        /** The first field is empty while the row holds something else. */
        EmptyUser,
    };

    struct Problem
    {
        /** The row's first physical line (1-based); 0 for NoRows. */
        int line = 0;
        ProblemKind kind = ProblemKind::Malformed;
        /** Malformed: why. */
        Malformation malformation = Malformation::EmptyUser;
        /** The user as written in the file (UPN or id), for the report. */
        QString value;
        /** Duplicate: the line where the user first appeared. */
        int firstLine = 0;
        /** BadPassword: why. */
        QList<PasswordRuleFailure> passwordFailures;
    };

    struct Result
    {
        /** The rows without a problem, in file order. */
        QList<BulkTarget> targets;
        QList<Problem> problems;
        /** Data rows read (header and blank lines not counted). */
        int rowCount = 0;

        bool ok() const { return problems.isEmpty() && !targets.isEmpty(); }
    };

    /**
     * Matches every row against @p users (by id, or by UPN case-insensitively); @p tenantName
     * joins the user's names when a row's password is checked with LocalPasswordRules.
     */
    static Result read(const QByteArray &csv, const QList<DirectoryUser> &users, const QString &tenantName);
};
