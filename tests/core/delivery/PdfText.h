// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

/** Text of a PDF as poppler's pdftotext sees it, the way a reader (or a screen reader) would. */
namespace PdfText {

/** Page count from pdfinfo; -1 when it cannot be read. */
int pageCount(const QString &path);
/** The first page's size in points, from pdfinfo; empty when it cannot be read. */
QSizeF pageSize(const QString &path);
/** The text of one page (1-based), in layout mode. */
QString page(const QString &path, int page);
/** The text inside @p area (points, page origin top left) of one page (1-based). */
QString area(const QString &path, int page, const QRectF &area);
/** Whitespace runs (including line breaks from wrapping) folded into single spaces. */
QString folded(const QString &text);

} // namespace PdfText
