// SPDX-License-Identifier: MIT
// Temporary Access Pass slips as people and phones read them: the text through pdftotext, the QR
// code through zbarimg on the rendered page, in each user's language.
#include "CatchQt.h"
#include "../delivery/PdfText.h"

#include "delivery/QrCode.h"
#include "delivery/SlipDocument.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

HandoverItem tapItem(const QString &name, const QString &language, const QString &pass, bool once)
{
    HandoverItem item;
    item.userId = name;
    item.displayName = name;
    item.userPrincipalName = name.toLower().replace(u' ', u'.') + u"@kvarnby.se"_s;
    item.preferredLanguage = language;
    item.password = SecretString(pass);
    item.outcome = HandoverItem::Outcome::Reset;
    item.temporaryAccessPass = TemporaryAccessPassTerms{QDateTime(QDate(2026, 3, 5), QTime(7, 30), Qt::UTC), 480, once};
    return item;
}

/** What zbarimg reads off @p image: one "QR-Code:…" line per code found. */
QStringList decodedCodes(const QString &image)
{
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--quiet"_s, image});
    REQUIRE(zbar.waitForFinished(30000));
    return QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

/** Page @p page of @p pdf rendered to a PNG at @p dpi, as a scanner or a phone would see the paper. */
QString renderedPage(const QString &pdf, int page, int dpi, const QString &prefix)
{
    QProcess render;
    render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s,
                                 QString::number(page), u"-singlefile"_s, pdf, prefix});
    REQUIRE(render.waitForFinished(30000));
    REQUIRE(render.exitCode() == 0);
    return prefix + u".png"_s;
}

} // namespace

TEST_CASE("QrCode: decodes to the text it was made from", "[core][tap][slips]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"code.png"_s);
    const QImage code = QrCode::image("https://aka.ms/mysecurityinfo", 4);
    REQUIRE_FALSE(code.isNull());
    CHECK(code.width() == code.height());
    REQUIRE(code.save(path));
    CHECK(decodedCodes(path) == QStringList{u"QR-Code:https://aka.ms/mysecurityinfo"_s});
}

TEST_CASE("TAP slips: say what the pass is, when it works and how often, in the user's language",
          "[core][tap][slips]")
{
    qputenv("TZ", "UTC");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"passes.pdf"_s);
    SlipOptions options;
    options.issuingAdmin = u"Karin Lindqvist"_s;
    options.organisation = u"Kvarnby Bygg AB"_s;
    options.issuedOn = QDate(2026, 3, 2);
    options.slipsPerPage = 1;
    const SlipDocument document({tapItem(u"Elsa Nilsson"_s, u"sv-SE"_s, u"+drkzqAD"_s, true),
                                 tapItem(u"Oliver Bennett"_s, u"en-US"_s, u"Qw7#kLm2"_s, false)},
                                options);
    REQUIRE(document.writePdf(path) == FileWriteError::None);
    const QString swedish = PdfText::folded(PdfText::page(path, 1));
    const QString english = PdfText::folded(PdfText::page(path, 2));
    INFO(swedish.toStdString() + "\n" + english.toStdString());

    CHECK(swedish.contains(u"Ditt tillfälliga åtkomstpass"_s));
    CHECK(swedish.contains(u"+drkzqAD"_s));
    CHECK(swedish.contains(u"Giltigt från 5 mars 2026 kl. 07:30 UTC till 5 mars 2026 kl. 15:30 UTC"_s));
    CHECK(swedish.contains(u"Det fungerar för en enda inloggning."_s));
    CHECK(swedish.contains(u"https://aka.ms/mysecurityinfo"_s));

    CHECK(english.contains(u"Your Temporary Access Pass"_s));
    CHECK(english.contains(u"Qw7#kLm2"_s));
    CHECK(english.contains(u"Valid from 5 March 2026, 07:30 UTC until 5 March 2026, 15:30 UTC"_s));
    CHECK(english.contains(u"It works for any number of sign-ins until it expires."_s));
    CHECK(english.contains(u"A Temporary Access Pass is a time-limited code"_s));
    CHECK_FALSE(english.contains(u"You must change this password"_s));
}

TEST_CASE("TAP slips: every slip's QR code decodes to the security info page", "[core][tap][slips]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"passes.pdf"_s);
    SlipOptions options;
    options.slipsPerPage = 8;
    QList<HandoverItem> items;
    for (int i = 0; i < 8; ++i)
        items.append(tapItem(u"User %1"_s.arg(i), i % 2 ? u"sv-SE"_s : u"en-US"_s, u"Pass%1xyz"_s.arg(i), true));
    REQUIRE(SlipDocument(items, options).writePdf(path) == FileWriteError::None);
    const QStringList codes = decodedCodes(renderedPage(path, 1, 200, dir.filePath(u"page"_s)));
    CHECK(codes == QStringList(8, u"QR-Code:https://aka.ms/mysecurityinfo"_s));
}
