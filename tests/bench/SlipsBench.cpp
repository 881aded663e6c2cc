// SPDX-License-Identifier: MIT
#include "SlipsBench.h"

#include "BenchReport.h"

#include "delivery/HandoverItem.h"
#include "delivery/SlipDocument.h"
#include "password/PasswordGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<HandoverItem> users(int count)
{
    QRandomGenerator random(1000);
    PasswordGenerator generator(&random);
    const QStringList languages = {u"sv-SE"_s, u"en-US"_s, QString()};
    QList<HandoverItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        HandoverItem item;
        item.displayName = u"Användare Nummer %1"_s.arg(i + 1);
        item.userPrincipalName = u"user%1@contoso.onmicrosoft.com"_s.arg(i + 1);
        item.preferredLanguage = languages.at(i % languages.size());
        item.password = generator.generate(PasswordStyle::Readable, PasswordContext{});
        item.outcome = HandoverItem::Outcome::Reset;
        items.append(item);
    }
    return items;
}

/** The same users with Temporary Access Passes: the TAP slip, with its QR code, instead of the password slip. */
QList<HandoverItem> withPasses(QList<HandoverItem> items)
{
    const QDateTime start(QDate(2026, 3, 5), QTime(7, 30), Qt::UTC);
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].temporaryAccessPass = TemporaryAccessPassTerms{start, 480, i % 2 == 0};
    return items;
}

struct Result
{
    double seconds = 0;
    double bytes = 0;
};

Result measure(const QList<HandoverItem> &items, const SlipOptions &options, int runs, const QString &path)
{
    QList<double> times;
    double bytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        // Layout, painting and the file, as "Save as PDF" does it.
        const SlipDocument document(items, options);
        if (document.writePdf(path) != FileWriteError::None) {
            BenchReport::note(u"writing the PDF failed"_s);
            return {};
        }
        times.append(double(timer.nsecsElapsed()) / 1e9);
        bytes = double(QFileInfo(path).size());
    }
    return {BenchReport::median(times), bytes};
}

} // namespace

namespace SlipsBench {

int run(const QString &program, const QStringList &args)
{
    Q_UNUSED(program);
    const int count = BenchReport::optionValue(args, u"--slips"_s, 1000);
    const int runs = std::max(1, BenchReport::optionValue(args, u"--runs"_s, 3));
    const QList<HandoverItem> items = users(count);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    // --keep DIR keeps the PDFs (fake users and passwords) for a look with a viewer.
    const qsizetype keepAt = args.indexOf(u"--keep"_s);
    const QString keep = keepAt >= 0 && keepAt + 1 < args.size() ? args.at(keepAt + 1) : QString();
    const QString path = dir.filePath(u"slips.pdf"_s);

    SlipOptions options;
    options.issuingAdmin = u"Anna Admin"_s;
    options.fallbackLanguage = u"en"_s;
    // Warm-up: fonts are found and loaded once per process, as in the app after the first print.
    measure(items.mid(0, 8), options, 1, path);

    BenchReport::note(u"%1 slips, 8 per A4 page, mixed sv/en, median of %2 runs"_s.arg(count).arg(runs));
    const Result plain = measure(items, options, runs, path);
    BenchReport::figure(u"pdf_%1_slips_s"_s.arg(count), plain.seconds, u"s"_s);
    BenchReport::figure(u"pdf_%1_slips_bytes"_s.arg(count), plain.bytes, u"bytes"_s);

    if (!keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(u"slips.pdf"_s));

    const Result passes = measure(withPasses(items), options, runs, path);
    BenchReport::figure(u"pdf_%1_tap_slips_s"_s.arg(count), passes.seconds, u"s"_s);
    BenchReport::figure(u"pdf_%1_tap_slips_bytes"_s.arg(count), passes.bytes, u"bytes"_s);
    if (!keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(u"tap-slips.pdf"_s));

    options.phoneticSpelling = true;
    options.includeSummary = true;
    const Result spelled = measure(items, options, runs, path);
    BenchReport::figure(u"pdf_%1_slips_phonetic_summary_s"_s.arg(count), spelled.seconds, u"s"_s);
    BenchReport::figure(u"pdf_%1_slips_phonetic_summary_bytes"_s.arg(count), spelled.bytes, u"bytes"_s);
    if (!keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(u"slips-phonetic-summary.pdf"_s));
    return plain.bytes > 0 ? 0 : 1;
}

} // namespace SlipsBench
