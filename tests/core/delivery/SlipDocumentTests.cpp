// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "DeliveryTestItems.h"
#include "PdfText.h"

#include "delivery/HandoverLanguage.h"
#include "delivery/SlipDocument.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString SwedishSentence = u"Förstör lappen efter användning."_s;
const QString EnglishSentence = u"Destroy this slip after use."_s;
const QString SwedishMustChange = u"Du måste ändra lösenordet när du loggar in första gången."_s;
const QString EnglishMustChange = u"You must change this password when you first sign in."_s;

SlipOptions baseOptions()
{
    SlipOptions options;
    options.issuingAdmin = u"Anna Admin"_s;
    options.issuedOn = QDate(2024, 10, 19);
    options.signInAddress = u"https://www.microsoft365.com"_s;
    options.fallbackLanguage = u"en"_s;
    return options;
}

QString writePdf(const QTemporaryDir &dir, const SlipDocument &document, const QString &name = u"slips.pdf"_s)
{
    const QString path = dir.filePath(name);
    REQUIRE(document.writePdf(path) == FileWriteError::None);
    return path;
}

} // namespace

TEST_CASE("SlipDocument: 20 users in mixed languages land on the right page in their own language", "[delivery][pdf]")
{
    REQUIRE(HandoverLanguage(u"sv"_s).isLoaded());
    const QList<HandoverItem> items = DeliveryTestItems::mixed(20);
    const SlipDocument document(items, baseOptions());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writePdf(dir, document);

    REQUIRE(document.slipPageCount() == 3);
    REQUIRE(PdfText::pageCount(path) == 3);
    const SlipLayout layout = document.layout();
    for (int index = 0; index < items.size(); ++index) {
        const HandoverItem &item = items.at(index);
        const QString password = item.password.reveal();
        const int page = document.pageOfSlip(index) + 1;
        CAPTURE(index, item.displayName, item.preferredLanguage, page);
        CHECK(page == index / 8 + 1);

        // On the right page, and not on any other.
        const QString pageText = PdfText::page(path, page);
        CHECK(pageText.contains(item.displayName));
        CHECK(pageText.contains(item.userPrincipalName));
        CHECK(pageText.contains(password));
        for (int other = 1; other <= 3; ++other) {
            if (other != page)
                CHECK_FALSE(PdfText::page(path, other).contains(password));
        }

        // Inside its own slip, in its own language (an empty preferredLanguage falls back to English).
        const QRectF slip = layout.slipRect(layout.slotOf(index)).adjusted(1, 1, -1, -1);
        const QString slipText = PdfText::folded(PdfText::area(path, page, slip));
        CAPTURE(slipText);
        CHECK(slipText.contains(item.displayName));
        CHECK(slipText.contains(item.userPrincipalName));
        // The password survives the round trip exactly, as one word on its own.
        CHECK(slipText.split(u' ').contains(password));
        const bool swedish = item.preferredLanguage == u"sv-SE"_s;
        if (swedish) {
            CHECK(slipText.contains(SwedishSentence));
            CHECK(slipText.contains(SwedishMustChange));
            CHECK(slipText.contains(u"Utfärdat 19 oktober 2024 av Anna Admin"_s));
            CHECK(slipText.contains(u"Logga in på https://www.microsoft365.com"_s));
            CHECK_FALSE(slipText.contains(EnglishSentence));
        } else {
            CHECK(slipText.contains(EnglishSentence));
            CHECK(slipText.contains(EnglishMustChange));
            CHECK(slipText.contains(u"Issued 19 October 2024 by Anna Admin"_s));
            CHECK(slipText.contains(u"Sign in at https://www.microsoft365.com"_s));
            CHECK_FALSE(slipText.contains(SwedishSentence));
        }
    }
}

TEST_CASE("SlipDocument: users without a language get the fallback language", "[delivery][pdf]")
{
    QList<HandoverItem> items = DeliveryTestItems::mixed(3);
    SlipOptions options = baseOptions();
    options.fallbackLanguage = u"sv"_s;
    options.slipsPerPage = 1;
    const SlipDocument document(items, options);
    QTemporaryDir dir;
    const QString path = writePdf(dir, document);
    REQUIRE(PdfText::pageCount(path) == 3);
    CHECK(PdfText::folded(PdfText::page(path, 1)).contains(SwedishSentence)); // sv-SE
    CHECK(PdfText::folded(PdfText::page(path, 2)).contains(EnglishSentence)); // en-US
    CHECK(PdfText::folded(PdfText::page(path, 3)).contains(SwedishSentence)); // empty -> fallback sv
}

TEST_CASE("SlipDocument: spells passwords out in each user's language when asked", "[delivery][pdf]")
{
    QList<HandoverItem> items = DeliveryTestItems::mixed(2);
    items[0].password = SecretString(u"Kx7#mPq4&tRw9e"_s);
    items[1].password = SecretString(u"Kx7#mPq4&tRw9e"_s);
    SlipOptions options = baseOptions();
    options.phoneticSpelling = true;
    const SlipDocument document(items, options);
    QTemporaryDir dir;
    const QString path = writePdf(dir, document);
    const SlipLayout layout = document.layout();
    const QString swedish = PdfText::folded(PdfText::area(path, 1, layout.slipRect(0)));
    const QString english = PdfText::folded(PdfText::area(path, 1, layout.slipRect(1)));
    CHECK(swedish.contains(u"Bokstaverat: stort K som i Kalle"_s));
    CHECK(swedish.contains(u"siffran 7 (sju)"_s));
    CHECK(english.contains(u"Spelled out: capital K as in Kilo"_s));
    CHECK(english.contains(u"digit 7 (seven)"_s));
    // The last character made it: the spelling was not cut off at the slip's edge.
    CHECK(swedish.contains(u"litet e som i Erik"_s));
    CHECK(english.contains(u"small e as in Echo"_s));
    CHECK(english.split(u' ').contains(u"Kx7#mPq4&tRw9e"_s));
}

TEST_CASE("SlipDocument: the summary sheet lists every user and outcome but no password", "[delivery][pdf]")
{
    QList<HandoverItem> items = DeliveryTestItems::mixed(10);
    items[3].outcome = HandoverItem::Outcome::NotReset;
    items[3].reason = u"The password was rejected by the banned-password check"_s;
    items[3].password = SecretString(u"NotHandedOver7!"_s);
    SlipOptions options = baseOptions();
    options.includeSummary = true;
    const SlipDocument document(items, options);
    // Failed users get no slip: 9 slips on 2 pages, then one summary page.
    CHECK(document.slipItems().size() == 9);
    REQUIRE(document.slipPageCount() == 2);
    REQUIRE(document.summaryPageCount() == 1);
    QTemporaryDir dir;
    const QString path = writePdf(dir, document);
    REQUIRE(PdfText::pageCount(path) == 3);

    const QString summary = PdfText::page(path, 3);
    CHECK(summary.contains(u"Summary of password slips"_s));
    CHECK(summary.contains(u"9 users succeeded."_s));
    CHECK(summary.contains(u"1 user failed."_s));
    for (const HandoverItem &item : items) {
        CAPTURE(item.displayName);
        CHECK(summary.contains(item.displayName));
        CHECK(summary.contains(item.userPrincipalName));
        CHECK_FALSE(summary.contains(item.password.reveal()));
    }
    CHECK(summary.contains(u"Failed"_s));
    CHECK(summary.contains(u"Succeeded"_s));
    // No failed user's password anywhere in the file.
    for (int page = 1; page <= 3; ++page)
        CHECK_FALSE(PdfText::page(path, page).contains(u"NotHandedOver7!"_s));
}

TEST_CASE("SlipDocument: the summary sheet is in the admin's language", "[delivery][pdf]")
{
    SlipOptions options = baseOptions();
    options.includeSummary = true;
    options.fallbackLanguage = u"sv"_s;
    const SlipDocument document(DeliveryTestItems::mixed(2), options);
    QTemporaryDir dir;
    const QString path = writePdf(dir, document);
    const QString summary = PdfText::page(path, 2);
    CHECK(summary.contains(u"Sammanfattning av lösenordslappar"_s));
    CHECK(summary.contains(u"Visningsnamn"_s));
    CHECK(summary.contains(u"Lyckades"_s));
    CHECK(summary.contains(u"Sida 1 av 1"_s));
}

TEST_CASE("SlipDocument: Letter paper and four per page give Letter-sized pages", "[delivery][pdf]")
{
    SlipOptions options = baseOptions();
    options.paper = SlipOptions::Paper::Letter;
    options.slipsPerPage = 4;
    const QList<HandoverItem> items = DeliveryTestItems::mixed(5);
    const SlipDocument document(items, options);
    QTemporaryDir dir;
    const QString path = writePdf(dir, document);
    REQUIRE(PdfText::pageCount(path) == 2);
    const QString second = PdfText::page(path, 2);
    CHECK(second.contains(items.at(4).password.reveal()));
    CHECK_FALSE(second.contains(items.at(3).password.reveal()));
    // US Letter: 612 x 792 points.
    CHECK(PdfText::pageSize(path) == QSizeF(612, 792));
}

TEST_CASE("SlipDocument: the PDF is readable by its owner only", "[delivery][pdf]")
{
    const SlipDocument document(DeliveryTestItems::mixed(1), baseOptions());
    QTemporaryDir dir;
    const QString path = writePdf(dir, document);
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                       | QFileDevice::WriteUser));
    CHECK(document.writePdf(dir.filePath(u"missing-folder/slips.pdf"_s)) == FileWriteError::CannotOpen);
}

TEST_CASE("SlipDocument: slips and the summary name the organisation, in each slip's language", "[delivery][pdf]")
{
    // A partner prints for several customers: each slip says whose account it is for.
    const QList<HandoverItem> items = DeliveryTestItems::mixed(2);
    SlipOptions options = baseOptions();
    options.organisation = u"Kvarnby Bygg AB"_s;
    options.includeSummary = true;
    const SlipDocument document(items, options);
    QTemporaryDir dir;
    const QString path = writePdf(dir, document);
    const SlipLayout layout = document.layout();
    CHECK(PdfText::folded(PdfText::area(path, 1, layout.slipRect(0))).contains(u"Organisation: Kvarnby Bygg AB"_s));
    CHECK(PdfText::folded(PdfText::area(path, 1, layout.slipRect(1))).contains(u"Organization: Kvarnby Bygg AB"_s));
    CHECK(PdfText::folded(PdfText::page(path, PdfText::pageCount(path))).contains(u"Organization: Kvarnby Bygg AB"_s));

    // Without a name, nothing is printed about it.
    const SlipDocument unnamed(items, baseOptions());
    const QString unnamedPath = writePdf(dir, unnamed, u"unnamed.pdf"_s);
    CHECK_FALSE(PdfText::page(unnamedPath, 1).contains(u"Organization:"_s));
}
