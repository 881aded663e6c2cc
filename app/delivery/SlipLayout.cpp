// SPDX-License-Identifier: MIT
#include "SlipLayout.h"

SlipLayout::SlipLayout(const QPageSize &pageSize, int slipsPerPage, qreal marginPoints)
    : m_page(pageSize.size(QPageSize::Point))
    , m_margin(marginPoints)
{
    switch (isSupported(slipsPerPage) ? slipsPerPage : 8) {
    case 1:
        m_columns = 1;
        m_rows = 1;
        break;
    case 4:
        m_columns = 2;
        m_rows = 2;
        break;
    default:
        m_columns = 2;
        m_rows = 4;
        break;
    }
}

QRectF SlipLayout::printableRect() const
{
    return QRectF(QPointF(m_margin, m_margin), m_page).adjusted(0, 0, -2 * m_margin, -2 * m_margin);
}

QRectF SlipLayout::slipRect(int slot) const
{
    const QRectF area = printableRect();
    const qreal width = area.width() / m_columns;
    const qreal height = area.height() / m_rows;
    const int column = slot % m_columns;
    const int row = slot / m_columns;
    return QRectF(area.left() + column * width, area.top() + row * height, width, height);
}

QList<QLineF> SlipLayout::cutGuides() const
{
    const QRectF area = printableRect();
    QList<QLineF> guides;
    for (int column = 1; column < m_columns; ++column) {
        const qreal x = area.left() + column * area.width() / m_columns;
        guides.append(QLineF(x, 0, x, m_page.height()));
    }
    for (int row = 1; row < m_rows; ++row) {
        const qreal y = area.top() + row * area.height() / m_rows;
        guides.append(QLineF(0, y, m_page.width(), y));
    }
    return guides;
}

int SlipLayout::pageCount(int slipCount) const
{
    return slipCount <= 0 ? 0 : (slipCount + slipsPerPage() - 1) / slipsPerPage();
}
