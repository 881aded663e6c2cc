// SPDX-License-Identifier: MIT
// The incident summary is one page whatever the run's size, checked as text with pdftotext.
#include "../delivery/PdfText.h"
#include "CatchQt.h"

#include "incident/IncidentSummarySheet.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

/** @p count users; the second one failed its sign-out, every hundredth is a privileged admin. */
IncidentSummary summaryOf(int count)
{
    QList<BulkItemResult> results;
    QSet<QString> privileged;
    for (int i = 0; i < count; ++i) {
        BulkItemResult result;
        result.userId = u"id-%1"_s.arg(i);
        result.userPrincipalName = u"user%1@kvarnby.se"_s.arg(i, 4, 10, QChar(u'0'));
        result.displayName = u"User %1"_s.arg(i);
        result.password = SecretString(u"Secret-Pass-%1"_s.arg(i));
        result.state = BulkItemResult::State::Succeeded;
        result.signOutRequested = true;
        result.signedOut = i != 1;
        result.methodsRequested = true;
        result.methodsDone = true;
        result.methodsRemoved = {u"fido2"_s, u"phone"_s};
        if (i % 100 == 0)
            privileged.insert(result.userId);
        results.append(result);
    }
    IncidentSummary summary
        = IncidentSummary::fromResults(results, privileged, BulkResetSettings::forContainment(true, true),
            [](const BulkItemResult &) { return u"sign-out refused"_s; });
    summary.organisation = u"Kvarnby Kvarn AB"_s;
    summary.admin = u"Anna Admin (anna@kvarnby.se)"_s;
    summary.started = QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::utc());
    summary.ended = summary.started.addSecs(754);
    return summary;
}

QString writtenText(const IncidentSummary &summary, const QString &language, const QString &path)
{
    const IncidentSummarySheet sheet(summary, HandoverLanguage(language));
    REQUIRE(sheet.writePdf(path) == FileWriteError::None);
    CHECK(PdfText::pageCount(path) == 1);
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    return PdfText::folded(PdfText::page(path, 1));
}

} // namespace

TEST_CASE(
    "IncidentSummarySheet: two users fit on the page with every fact and no password", "[core][incident]")
{
    QTemporaryDir folder;
    const QString text = writtenText(summaryOf(2), u"en"_s, folder.filePath(u"two.pdf"_s));
    CHECK(text.contains(u"Incident containment summary"_s));
    CHECK(text.contains(u"Organization: Kvarnby Kvarn AB"_s));
    CHECK(text.contains(u"Run by: Anna Admin (anna@kvarnby.se)"_s));
    CHECK(text.contains(u"Started: 7 December 2026"_s));
    CHECK(text.contains(u"Ended: 7 December 2026"_s));
    CHECK(text.contains(u"must complete multifactor authentication"_s));
    CHECK(text.contains(u"Signed out of all sessions"_s));
    CHECK(text.contains(u"Passwords reset: 2"_s));
    CHECK(text.contains(u"Users signed out of all sessions: 1"_s));
    CHECK(text.contains(u"Users whose sign-in methods were removed: 2"_s));
    CHECK(text.contains(u"Users with a failed step: 1"_s));
    CHECK(text.contains(u"Privileged accounts touched (1) user0000@kvarnby.se"_s));
    CHECK(text.contains(u"user0001@kvarnby.se: sign-out refused"_s));
    CHECK(text.contains(u"Users touched (2) user0000@kvarnby.se user0001@kvarnby.se"_s));
    CHECK_FALSE(text.contains(u"more, see the results file"_s));
    CHECK_FALSE(text.contains(u"Secret-Pass"_s));
}

TEST_CASE("IncidentSummarySheet: 2,000 users stay on one page, the rest counted", "[core][incident]")
{
    QTemporaryDir folder;
    const QString text = writtenText(summaryOf(2000), u"en"_s, folder.filePath(u"many.pdf"_s));
    CHECK(text.contains(u"Passwords reset: 2,000"_s));
    CHECK(text.contains(u"Privileged accounts touched (20)"_s));
    CHECK(text.contains(u"Users touched (2,000) user0000@kvarnby.se"_s));
    CHECK(text.contains(u"see the results file"_s));
    CHECK(text.contains(u"This page holds no passwords."_s));
    CHECK_FALSE(text.contains(u"Secret-Pass"_s));
    // The users shown and the count of the rest add up to everyone.
    static const QRegularExpression more(u"…and ([\\d,]+) more, see the results file This page"_s);
    const QRegularExpressionMatch match = more.match(text);
    REQUIRE(match.hasMatch());
    const int rest = match.captured(1).remove(u',').toInt();
    const qsizetype shown = text.mid(text.indexOf(u"Users touched (2,000)"_s)).count(u"@kvarnby.se"_s);
    CHECK(shown + rest == 2000);
}

TEST_CASE("IncidentSummarySheet: in Swedish", "[core][incident]")
{
    QTemporaryDir folder;
    const QString text = writtenText(summaryOf(30), u"sv"_s, folder.filePath(u"sv.pdf"_s));
    CHECK(text.contains(u"Sammanfattning av incidentåtgärder"_s));
    CHECK(text.contains(u"Organisation: Kvarnby Kvarn AB"_s));
    CHECK(text.contains(u"december 2026"_s));
    CHECK(text.contains(u"Återställda lösenord: 30"_s));
    CHECK_FALSE(text.contains(u"Incident containment summary"_s));
}
