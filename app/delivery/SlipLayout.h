// SPDX-License-Identifier: MIT
#pragma once

#include <QLineF>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>

/**
 * Where the slips go on a page: a grid of equal slips filling the printable area, and the dashed
 * cut guides between them. Pure geometry in PostScript points (1/72 inch) with the page's top
 * left corner as origin, so it can be tested without a printer.
 *
 * 1 per page: the whole printable area; 4: two columns by two rows; 8: two columns by four rows
 * (on A4 each slip is then about the size of A7, a common index-card size).
 */
class SlipLayout final
{
public:
    /** Printers cannot print to the edge; 10 mm fits every office printer we know. */
    static constexpr qreal DefaultMarginPoints = 10.0 * 72.0 / 25.4;

    static QList<int> supportedCounts() { return {1, 4, 8}; }
    static bool isSupported(int slipsPerPage) { return supportedCounts().contains(slipsPerPage); }

    /** An unsupported count falls back to 8, the default. */
    SlipLayout(const QPageSize &pageSize, int slipsPerPage, qreal marginPoints = DefaultMarginPoints);

    int slipsPerPage() const { return m_columns * m_rows; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    qreal margin() const { return m_margin; }

    /** The page in points (portrait). */
    QSizeF pageSize() const { return m_page; }
    /** The area inside the margins, which the slips fill. */
    QRectF printableRect() const;
    /** The @p slot-th slip on a page (row by row, left to right), 0 <= slot < slipsPerPage(). */
    QRectF slipRect(int slot) const;
    /** Lines between neighbouring slips, running across the whole page so they can be cut with a ruler. */
    QList<QLineF> cutGuides() const;

    /** How many pages @p slipCount slips need (0 for none). */
    int pageCount(int slipCount) const;
    /** Page (0-based) and slot of the @p index-th slip. */
    int pageOf(int index) const { return index / slipsPerPage(); }
    int slotOf(int index) const { return index % slipsPerPage(); }

private:
    QSizeF m_page;
    qreal m_margin;
    int m_columns = 2;
    int m_rows = 4;
};
