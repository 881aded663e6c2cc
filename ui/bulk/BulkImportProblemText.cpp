// SPDX-License-Identifier: MIT
#include "ui/bulk/BulkImportProblemText.h"

#include "ui/texts/PasswordRuleText.h"

namespace {

using Kind = BulkCsvImport::ProblemKind;
using Malformation = BulkCsvImport::Malformation;

} // namespace

QString BulkImportProblemText::describe(const BulkCsvImport::Problem &problem)
{
    switch (problem.kind) {
    case Kind::Malformed:
        switch (problem.malformation) {
        case Malformation::UnclosedQuote:
            return tr("Line %1: a quotation mark is opened but never closed. Add the closing quotation mark "
                      "or remove the opening one.")
                .arg(problem.line);
        case Malformation::TextAfterQuote:
            return tr(
                "Line %1: there is text after a closing quotation mark. Inside a quoted value, write each "
                "quotation mark twice (\"\").")
                .arg(problem.line);
        case Malformation::TooManyFields:
            return tr(
                "Line %1: the line has more than two columns. Keep the user in the first column and, if "
                "you like, a password in the second; put a password that contains a comma or semicolon "
                "in quotation marks.")
                .arg(problem.line);
        case Malformation::EmptyUser:
            return tr("Line %1: the user is missing. Write a user name or object ID in the first column, or "
                      "remove the line.")
                .arg(problem.line);
        }
        break;
    case Kind::UnknownUser:
        //: %2 is what the file says, a user name such as anna@contoso.se or an object ID
        return tr("Line %1: no user named %2 was found. Check the spelling or remove the line.")
            .arg(QString::number(problem.line), problem.value);
    case Kind::Duplicate:
        return tr("Line %1: %2 is already listed on line %3. Remove one of the two lines.")
            .arg(QString::number(problem.line), problem.value, QString::number(problem.firstLine));
    case Kind::BadPassword:
        //: %3 is one or more sentences saying what to change in the password
        return tr("Line %1: the password for %2 cannot be used. %3")
            .arg(QString::number(problem.line), problem.value,
                PasswordRuleText::describe(problem.passwordFailures).join(u' '));
    case Kind::NoRows:
        return tr("The file lists no users. Put one user name or object ID on each line, optionally followed "
                  "by a password.");
    case Kind::UnreadableEncoding:
        return tr("ResetDesk cannot read the text of this file. Save it from Excel as \"CSV UTF-8\", \"CSV\" or "
                  "\"Unicode Text\", or as UTF-8, UTF-16 with a byte order mark or Windows-1252 text, and open "
                  "it again.");
    }
    return {};
}

QStringList BulkImportProblemText::describe(const QList<BulkCsvImport::Problem> &problems)
{
    QStringList sentences;
    sentences.reserve(problems.size());
    for (const BulkCsvImport::Problem &problem : problems)
        sentences.append(describe(problem));
    return sentences;
}
