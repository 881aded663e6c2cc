// SPDX-License-Identifier: MIT
#include "SlipDocument.h"

#include "delivery/PdfFile.h"
#include "delivery/SlipPainter.h"
#include "delivery/SummarySheet.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

SlipDocument::SlipDocument(const QList<HandoverItem> &items, const SlipOptions &options)
    : m_items(items)
    , m_options(options)
{
    if (!SlipLayout::isSupported(m_options.slipsPerPage))
        m_options.slipsPerPage = 8;
    for (const HandoverItem &item : items) {
        if (item.carriesPassword())
            m_slipItems.append(item);
    }
}

SlipLayout SlipDocument::layout() const
{
    return SlipLayout(m_options.pageSize(), m_options.slipsPerPage);
}

int SlipDocument::slipPageCount() const
{
    return layout().pageCount(int(m_slipItems.size()));
}

int SlipDocument::summaryPageCount() const
{
    if (!m_options.includeSummary)
        return 0;
    return SummarySheet(m_items, m_options, layout().printableRect()).pageCount();
}

bool SlipDocument::paint(QPagedPaintDevice *device) const
{
    const SlipLayout grid = layout();
    const qreal margin = grid.margin();
    device->setPageLayout(QPageLayout(m_options.pageSize(), QPageLayout::Portrait,
                                      QMarginsF(margin, margin, margin, margin), QPageLayout::Point));
    // A printer may insist on wider margins; painting starts at its paint rectangle either way.
    const QPointF origin = device->pageLayout().paintRect(QPageLayout::Point).topLeft();
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const qreal pixelsPerPoint = device->logicalDpiX() / 72.0;
    const auto toDevice = [&](const QRectF &points) {
        return QRectF((points.topLeft() - origin) * pixelsPerPoint, points.size() * pixelsPerPoint);
    };

    SlipPainter slips(m_options, pixelsPerPoint);
    QPen guidePen(QColor(0x88, 0x88, 0x88), 0.5 * pixelsPerPoint, Qt::DashLine);
    const QList<QLineF> guides = grid.cutGuides();
    bool firstPage = true;
    const int slipPages = slipPageCount();
    for (int page = 0; page < slipPages; ++page) {
        if (!firstPage)
            device->newPage();
        firstPage = false;
        painter.setPen(guidePen);
        for (const QLineF &guide : guides)
            painter.drawLine((guide.p1() - origin) * pixelsPerPoint, (guide.p2() - origin) * pixelsPerPoint);
        const int first = page * grid.slipsPerPage();
        const int last = std::min(int(m_slipItems.size()), first + grid.slipsPerPage());
        for (int index = first; index < last; ++index)
            slips.paint(painter, toDevice(grid.slipRect(grid.slotOf(index))), m_slipItems.at(index));
    }

    if (m_options.includeSummary) {
        const SummarySheet summary(m_items, m_options, grid.printableRect());
        for (int page = 0; page < summary.pageCount(); ++page) {
            if (!firstPage)
                device->newPage();
            firstPage = false;
            summary.paintPage(painter, page, pixelsPerPoint, origin);
        }
    }
    return painter.end();
}

FileWriteError SlipDocument::writePdf(const QString &path) const
{
    return PdfFile::write(path, [this](QPdfWriter &writer) { return paint(&writer); });
}
