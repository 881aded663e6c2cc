// SPDX-License-Identifier: MIT
#include "SummarySheet.h"

#include "delivery/SlipPainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>

namespace {

// Points: a header block of fixed height on every page, then rows, then the page number.
constexpr qreal HeaderHeight = 124.0; // room for six lines: organisation, counts and notes
constexpr qreal FooterHeight = 18.0;
constexpr qreal RowHeight = 14.0;
constexpr qreal TextSize = 8.5;
// Column widths as parts of the printable width: display name, user name, outcome, reason.
constexpr std::array<qreal, 4> ColumnShares = {0.27, 0.35, 0.13, 0.25};

} // namespace

SummarySheet::SummarySheet(const QList<HandoverItem> &items, const SlipOptions &options, const QRectF &printable)
    : m_items(items)
    , m_options(options)
    , m_texts(HandoverLanguage(options.fallbackLanguage))
    , m_printable(printable)
    , m_rowsPerPage(std::max(1, int((printable.height() - HeaderHeight - FooterHeight) / RowHeight)))
{
}

int SummarySheet::pageCount() const
{
    return std::max(1, int((m_items.size() + m_rowsPerPage - 1) / m_rowsPerPage));
}

void SummarySheet::paintPage(QPainter &painter, int page, qreal pixelsPerPoint, const QPointF &origin) const
{
    const auto toDevice = [&](qreal x, qreal y, qreal w, qreal h) {
        return QRectF((x - origin.x()) * pixelsPerPoint, (y - origin.y()) * pixelsPerPoint, w * pixelsPerPoint,
                      h * pixelsPerPoint);
    };
    const QFont base = SlipPainter::textFont();
    QFont title(base);
    title.setPointSizeF(14);
    title.setBold(true);
    QFont text(base);
    text.setPointSizeF(TextSize);
    QFont heading(text);
    heading.setBold(true);

    painter.save();
    painter.setPen(Qt::black);
    const qreal left = m_printable.left();
    const qreal width = m_printable.width();
    qreal y = m_printable.top();
    painter.setFont(title);
    painter.drawText(toDevice(left, y, width, 22), Qt::AlignLeft | Qt::AlignVCenter, m_texts.summaryTitle());
    y += 26;
    painter.setFont(text);
    int succeeded = 0;
    int unconfirmed = 0;
    for (const HandoverItem &item : m_items) {
        succeeded += item.outcome == HandoverItem::Outcome::Reset ? 1 : 0;
        unconfirmed += item.outcome == HandoverItem::Outcome::Unconfirmed ? 1 : 0;
    }
    QStringList lines;
    if (!m_options.organisation.isEmpty())
        lines.append(m_texts.organisation(m_options.organisation));
    lines += {m_texts.issued(m_options.issuedOn, m_options.issuingAdmin), m_texts.succeededCount(succeeded)};
    if (unconfirmed > 0)
        lines.append(m_texts.unconfirmedCount(unconfirmed));
    lines += {m_texts.failedCount(int(m_items.size()) - succeeded - unconfirmed), m_texts.noPasswordsNote()};
    for (const QString &line : lines) {
        painter.drawText(toDevice(left, y, width, 13), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 13;
    }
    y = m_printable.top() + HeaderHeight - RowHeight;

    // Column headings, then one row per user.
    const QStringList headings = {m_texts.displayNameHeading(), m_texts.userNameHeading(), m_texts.outcomeHeading(),
                                  m_texts.reasonHeading()};
    const auto drawRow = [&](const QStringList &cells, qreal top) {
        qreal x = left;
        const QFontMetricsF metrics(painter.font(), painter.device());
        for (int column = 0; column < int(cells.size()); ++column) {
            const qreal columnWidth = width * ColumnShares.at(std::size_t(column));
            const QRectF cell = toDevice(x, top, columnWidth - 4, RowHeight);
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                             metrics.elidedText(cells.at(column), Qt::ElideRight, cell.width()));
            x += columnWidth;
        }
    };
    painter.setFont(heading);
    drawRow(headings, y);
    y += RowHeight;
    painter.setPen(QPen(Qt::gray, 0.5 * pixelsPerPoint));
    painter.drawLine(toDevice(left, y, width, 0).topLeft(), toDevice(left, y, width, 0).topRight());
    painter.setPen(Qt::black);
    painter.setFont(text);
    const int first = page * m_rowsPerPage;
    const int last = std::min(int(m_items.size()), first + m_rowsPerPage);
    for (int index = first; index < last; ++index) {
        const HandoverItem &item = m_items.at(index);
        drawRow({item.displayName, item.userPrincipalName, m_texts.outcome(item.outcome), item.reason}, y);
        y += RowHeight;
    }

    painter.drawText(toDevice(left, m_printable.bottom() - FooterHeight, width, FooterHeight),
                     Qt::AlignRight | Qt::AlignBottom, m_texts.pageOf(page + 1, pageCount()));
    painter.restore();
}
