// SPDX-License-Identifier: MIT
#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

namespace PdfText {

int pageCount(const QString &path)
{
    const QString info = run(u"pdfinfo"_s, {path});
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF pageSize(const QString &path)
{
    const QString info = run(u"pdfinfo"_s, {path});
    static const QRegularExpression size(u"^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s,
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = size.match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

QString page(const QString &path, int page)
{
    return run(u"pdftotext"_s,
               {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                path, u"-"_s});
}

QString area(const QString &path, int page, const QRectF &area)
{
    // At -r 72 pdftotext's crop box is in points, the unit of SlipLayout.
    const QRect box = area.toRect();
    return run(u"pdftotext"_s,
               {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-r"_s, u"72"_s, u"-f"_s, QString::number(page), u"-l"_s,
                QString::number(page), u"-x"_s, QString::number(box.x()), u"-y"_s, QString::number(box.y()),
                u"-W"_s, QString::number(box.width()), u"-H"_s, QString::number(box.height()), path, u"-"_s});
}

QString folded(const QString &text)
{
    return text.simplified();
}

} // namespace PdfText
