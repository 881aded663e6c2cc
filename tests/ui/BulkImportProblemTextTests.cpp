// SPDX-License-Identifier: MIT
// BulkImportProblemText: the CSV validation report's sentences for problems found by a real
// import (the Swedish ones are in BulkSwedishTextTests.cpp).
#include "CatchQt.h"

#include "../core/bulk/BulkTestUsers.h"

#include "ui/bulk/BulkImportProblemText.h"
#include "ScopedLanguage.h"
#include "ui/texts/PasswordRuleText.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using Kind = BulkCsvImport::ProblemKind;
using Malformation = BulkCsvImport::Malformation;

namespace {


BulkCsvImport::Problem problem(Kind kind, int line, const QString &value = {})
{
    BulkCsvImport::Problem made;
    made.kind = kind;
    made.line = line;
    made.value = value;
    return made;
}

BulkCsvImport::Problem malformed(Malformation why, int line)
{
    BulkCsvImport::Problem made = problem(Kind::Malformed, line);
    made.malformation = why;
    return made;
}

} // namespace

TEST_CASE("BulkImportProblemText: each problem names its line and what to change", "[bulk][ui]")
{
    ScopedLanguage english(u"en"_s);
    CHECK(BulkImportProblemText::describe(problem(Kind::UnknownUser, 7, u"anna@contoso.se"_s))
        == u"Line 7: no user named anna@contoso.se was found. Check the spelling or remove the line."_s);

    BulkCsvImport::Problem duplicate = problem(Kind::Duplicate, 12, u"ANNA@contoso.se"_s);
    duplicate.firstLine = 3;
    CHECK(BulkImportProblemText::describe(duplicate)
        == u"Line 12: ANNA@contoso.se is already listed on line 3. Remove one of the two lines."_s);

    BulkCsvImport::Problem bad = problem(Kind::BadPassword, 4, u"bjorn@contoso.se"_s);
    PasswordRuleFailure tooShort;
    tooShort.kind = PasswordRuleFailure::Kind::TooShort;
    tooShort.count = 5;
    PasswordRuleFailure name;
    name.kind = PasswordRuleFailure::Kind::ContainsName;
    name.namePart = u"bjorn"_s;
    bad.passwordFailures = {tooShort, name};
    CHECK(BulkImportProblemText::describe(bad)
        == u"Line 4: the password for bjorn@contoso.se cannot be used. "_s
            + PasswordRuleText::describe(tooShort) + u' ' + PasswordRuleText::describe(name));

    // Each malformation has its own advice, all on the right line.
    QStringList sentences;
    for (const Malformation why : {Malformation::UnclosedQuote, Malformation::TextAfterQuote,
             Malformation::TooManyFields, Malformation::EmptyUser}) {
        const QString sentence = BulkImportProblemText::describe(malformed(why, 9));
        CHECK(sentence.startsWith(u"Line 9: "_s));
        sentences.append(sentence);
    }
    sentences.removeDuplicates();
    CHECK(sentences.size() == 4);
    CHECK(sentences.at(0).contains(u"quotation mark is opened but never closed"_s));
    CHECK(sentences.at(2).contains(u"more than two columns"_s));

    const QString none = BulkImportProblemText::describe(problem(Kind::NoRows, 0));
    CHECK(none.startsWith(u"The file lists no users."_s));
    CHECK_FALSE(none.contains(u"Line"_s));

    // An encoding it cannot read is named once, with the ones that work.
    const QString unreadable = BulkImportProblemText::describe(problem(Kind::UnreadableEncoding, 0));
    CHECK(unreadable.startsWith(u"ResetDesk cannot read the text of this file."_s));
    CHECK(unreadable.contains(u"\"Unicode Text\""_s));
    CHECK_FALSE(unreadable.contains(u"Line"_s));
}

TEST_CASE("BulkImportProblemText: a placeholder in the file is shown as written", "[bulk][ui]")
{
    ScopedLanguage english(u"en"_s);
    BulkCsvImport::Problem duplicate = problem(Kind::Duplicate, 5, u"%3@contoso.se"_s);
    duplicate.firstLine = 2;
    CHECK(BulkImportProblemText::describe(duplicate)
        == u"Line 5: %3@contoso.se is already listed on line 2. Remove one of the two lines."_s);
}

TEST_CASE("BulkImportProblemText: reports a real import one sentence per problem", "[bulk][ui]")
{
    ScopedLanguage english(u"en"_s);
    const QList<DirectoryUser> users = BulkTestUsers::oneOfEach();
    const auto result = BulkCsvImport::read("upn;password\r\n"
                                            "anna@contoso.se;Kx7#mPq4&tRw\r\n"
                                            "nobody@contoso.se\r\n"
                                            "anna@contoso.se\r\n"
                                            "\"sara@contoso.se\r\n",
        users, u"Contoso"_s);
    const QStringList report = BulkImportProblemText::describe(result.problems);
    CHECK(report
        == QStringList {
            u"Line 3: no user named nobody@contoso.se was found. Check the spelling or remove the line."_s,
            u"Line 4: anna@contoso.se is already listed on line 2. Remove one of the two lines."_s,
            u"Line 5: a quotation mark is opened but never closed. Add the closing quotation mark or remove "
            u"the "
            "opening one."_s,
        });
}
