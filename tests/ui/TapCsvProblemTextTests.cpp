// SPDX-License-Identifier: MIT
// TapCsvProblemText: the sentences a CSV file of Temporary Access Pass users gets for the
// problems a real import finds, in English and Swedish.
#include "CatchQt.h"
#include "ScopedLanguage.h"
#include "../core/directory/DirectoryTestUsers.h"

#include "tap/TapTargets.h"
#include "ui/tap/TapCsvProblemText.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList problemsOf(const QByteArray &csv)
{
    return TapCsvProblemText::describe(TapTargets::fromCsv(csv, DirectoryTestUsers::numbered(1, 5)).problems);
}

const QByteArray file = "userPrincipalName\r\n"
                        "user1@contoso.com\r\n"
                        "user2@contoso.com,Kx7#mPq4tRw\r\n"
                        "user3@contoso.com,a,b\r\n"
                        "user1@contoso.com\r\n"
                        "nobody@contoso.com\r\n";

} // namespace

TEST_CASE("TapCsvProblemText: says what to change in the file, and that a pass needs no password column",
          "[tap][ui]")
{
    const QStringList sentences = problemsOf(file);
    CHECK(sentences.contains(u"Line 3: user2@contoso.com has a password after the user name. Microsoft 365 chooses "
                             "each Temporary Access Pass, so remove the second column."_s));
    CHECK(sentences.contains(
        u"Line 4: the line has more than one column. Keep only the user name or object ID."_s));
    // What passes and passwords share reads as in the bulk import.
    CHECK(sentences.contains(u"Line 5: user1@contoso.com is already listed on line 2. Remove one of the two lines."_s));
    CHECK(sentences.contains(
        u"Line 6: no user named nobody@contoso.com was found. Check the spelling or remove the line."_s));
    CHECK(problemsOf("\r\n") == QStringList{
              u"The file lists no users. Put one user name or object ID on each line."_s});
}

TEST_CASE("TapCsvProblemText: speaks Swedish", "[tap][ui]")
{
    ScopedLanguage swedish(u"sv"_s);
    const QStringList sentences = problemsOf(file);
    CHECK(sentences.contains(u"Rad 3: user2@contoso.com har ett lösenord efter användarnamnet. Microsoft 365 väljer "
                             "varje tillfälligt åtkomstpass, så ta bort den andra kolumnen."_s));
    CHECK(sentences.contains(u"Rad 4: raden har mer än en kolumn. Behåll bara användarnamnet eller objekt-ID:t."_s));
    for (const QString &sentence : sentences)
        CHECK(sentence.startsWith(u"Rad "_s));
}
