// SPDX-License-Identifier: MIT
// The bulk planning texts in Swedish from the embedded catalogue, in Microsoft's Swedish terms: the
// CSV validation report, the pre-flight classifications and the exported plan.
#include "CatchQt.h"

#include "../core/bulk/BulkTestUsers.h"

#include "ui/bulk/BulkImportProblemText.h"
#include "ScopedLanguage.h"
#include "ui/texts/PasswordRuleText.h"
#include "bulk/BulkPlanModel.h"
#include "bulk/BulkPreflight.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using Category = BulkPreflight::Category;
using Kind = BulkCsvImport::ProblemKind;

namespace {


BulkCsvImport::Problem problem(Kind kind, int line, const QString &value = {})
{
    BulkCsvImport::Problem made;
    made.kind = kind;
    made.line = line;
    made.value = value;
    return made;
}

} // namespace

TEST_CASE("BulkImportProblemText: speaks Swedish with the glossary's words", "[bulk][ui]")
{
    ScopedLanguage swedish(u"sv"_s);
    REQUIRE(swedish.manager.current() == u"sv"_s);
    CHECK(BulkImportProblemText::describe(problem(Kind::UnknownUser, 7, u"anna@contoso.se"_s))
        == u"Rad 7: det finns ingen användare som heter anna@contoso.se. Kontrollera stavningen eller ta "
           u"bort "
           "raden."_s);
    BulkCsvImport::Problem bad = problem(Kind::BadPassword, 4, u"bjorn@contoso.se"_s);
    PasswordRuleFailure tooShort;
    tooShort.kind = PasswordRuleFailure::Kind::TooShort;
    tooShort.count = 5;
    bad.passwordFailures = {tooShort};
    const QString badText = BulkImportProblemText::describe(bad);
    CHECK(badText.startsWith(u"Rad 4: lösenordet för bjorn@contoso.se "_s));
    CHECK(badText.endsWith(PasswordRuleText::describe(tooShort)));
    CHECK(badText.contains(u"tecken"_s));
    BulkCsvImport::Problem empty = problem(Kind::Malformed, 2);
    empty.malformation = BulkCsvImport::Malformation::EmptyUser;
    CHECK(BulkImportProblemText::describe(empty).startsWith(u"Rad 2: "_s));
    CHECK(BulkImportProblemText::describe(problem(Kind::NoRows, 0)).contains(u"användarnamn"_s));
}

TEST_CASE("BulkPreflight: classifications and the plan CSV speak Swedish", "[bulk][ui]")
{
    ScopedLanguage swedish(u"sv"_s);
    BulkPreflight::Options options;
    options.excludedUserIds = {u"id-glass"_s};
    const BulkPreflight::Plan plan = BulkPreflight::classify(
        BulkTestUsers::targets(BulkTestUsers::oneOfEach()), BulkTestUsers::helpdeskAdmin(), options);
    CHECK(BulkPreflight::categoryText(Category::Synced).contains(u"synkroniserad från lokal katalog"_s));
    CHECK(BulkPreflight::categoryText(Category::SignInBlocked) == u"Inloggning blockerad"_s);
    CHECK(BulkPreflight::classificationText(plan.rows.at(5)) == u"Inloggning blockerad: hoppas över"_s);

    const QString csv = QString::fromUtf8(BulkPreflight::planCsv(plan).mid(3));
    CHECK(csv.startsWith(u"Användarnamn,Visningsnamn,Objekt-ID,Klassificering,Åtgärd\r\n"_s));
    CHECK(csv.contains(u"anna@contoso.se,Anna Andersson,id-anna,Återställs,Återställ\r\n"_s));
    CHECK(
        csv.contains(u"helena@contoso.se,Helena Admin,id-admin,Hoppas över: det här är du,Hoppa över\r\n"_s));

    BulkPlanModel model;
    model.setPlan(plan);
    CHECK(model.headerData(BulkPlanModel::UserPrincipalName, Qt::Horizontal).toString() == u"Användarnamn"_s);
    CHECK(model.data(model.index(3, BulkPlanModel::Classification)).toString()
        == BulkPreflight::categoryText(Category::Synced));
}
