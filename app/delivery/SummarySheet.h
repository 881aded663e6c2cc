// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "delivery/SlipOptions.h"
#include "delivery/SlipTexts.h"

#include <QList>
#include <QRectF>

class QPainter;

/**
 * The pages that list every user of a print run and how their reset ended, in the admin's
 * language (SlipOptions::fallbackLanguage). It never shows a password, so it can be filed while
 * the slips are handed out and destroyed. Rows have a fixed height so the page count is known
 * before painting.
 */
class SummarySheet final
{
public:
    /** @p printable is the area inside the margins in points. */
    SummarySheet(const QList<HandoverItem> &items, const SlipOptions &options, const QRectF &printable);

    int pageCount() const;

    /** Paints summary page @p page (0-based); @p pixelsPerPoint and @p origin map points to the device. */
    void paintPage(QPainter &painter, int page, qreal pixelsPerPoint, const QPointF &origin) const;

private:
    QList<HandoverItem> m_items;
    SlipOptions m_options;
    SlipTexts m_texts;
    QRectF m_printable;
    int m_rowsPerPage = 1;
};
