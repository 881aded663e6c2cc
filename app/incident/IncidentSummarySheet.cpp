// SPDX-License-Identifier: MIT
#include "incident/IncidentSummarySheet.h"

#include "delivery/PdfFile.h"
#include "delivery/SlipPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace {

// Points.
constexpr qreal TitleHeight = 24.0;
constexpr qreal LineHeight = 11.5;
constexpr qreal SectionGap = 6.0;
constexpr qreal TextSize = 8.0;
constexpr int PrivilegedColumns = 2;
constexpr int PrivilegedRows = 4;
constexpr int UserColumns = 3;

/** Paints in points on a device of any resolution, line by line from the top of the printable area. */
class PagePen final
{
public:
    PagePen(QPainter &painter, const QRectF &printable, qreal pixelsPerPoint)
        : m_painter(painter)
        , m_printable(printable)
        , m_scale(pixelsPerPoint)
        , m_y(printable.top())
    {
    }

    qreal y() const { return m_y; }
    void skip(qreal points) { m_y += points; }
    /** Lines of LineHeight left above @p reserved points at the bottom. */
    int linesLeft(qreal reserved) const { return int((m_printable.bottom() - reserved - m_y) / LineHeight); }

    void line(const QString &text, qreal height = LineHeight) { cells({text}, 1, height); }

    /** One row of @p columns equal cells, each text elided to its cell. */
    void cells(const QStringList &texts, int columns, qreal height = LineHeight)
    {
        const qreal width = m_printable.width() / columns;
        const QFontMetricsF metrics(m_painter.font(), m_painter.device());
        for (int column = 0; column < int(texts.size()); ++column) {
            const QRectF cell(column * width * m_scale, (m_y - m_printable.top()) * m_scale,
                (width - 6) * m_scale, height * m_scale);
            m_painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                metrics.elidedText(texts.at(column), Qt::ElideRight, cell.width()));
        }
        m_y += height;
    }

    /**
     * @p items in @p columns, at most @p maxRows rows; when they do not all fit, the last row says
     * how many more there are (@p andMore).
     */
    void list(const QStringList &items, int columns, int maxRows, const std::function<QString(int)> &andMore)
    {
        const int capacity = columns * qMax(0, maxRows);
        const bool overflow = items.size() > capacity;
        const int shown = overflow ? qMax(0, capacity - columns) : int(items.size());
        for (int first = 0; first < shown; first += columns)
            cells(items.mid(first, qMin(columns, shown - first)), columns);
        if (overflow && maxRows > 0)
            line(andMore(int(items.size()) - shown));
    }

private:
    QPainter &m_painter;
    QRectF m_printable;
    qreal m_scale;
    qreal m_y;
};

} // namespace

IncidentSummarySheet::IncidentSummarySheet(const IncidentSummary &summary, const HandoverLanguage &language)
    : m_summary(summary)
    , m_texts(language)
{
}

bool IncidentSummarySheet::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF printable = device->pageLayout().paintRect(QPageLayout::Point);
    PagePen pen(painter, printable, device->logicalDpiX() / 72.0);
    const QFont base = SlipPainter::textFont();
    QFont title(base);
    title.setPointSizeF(15);
    title.setBold(true);
    QFont text(base);
    text.setPointSizeF(TextSize);
    QFont heading(text);
    heading.setBold(true);
    const auto section = [&](const QString &name) {
        pen.skip(SectionGap);
        painter.setFont(heading);
        pen.line(name);
        painter.setFont(text);
    };
    const IncidentSummary &summary = m_summary;

    painter.setFont(title);
    pen.line(m_texts.title(), TitleHeight);
    painter.setFont(text);
    if (!summary.organisation.isEmpty())
        pen.line(m_texts.slipTexts().organisation(summary.organisation));
    pen.line(m_texts.runBy(summary.admin));
    pen.line(m_texts.started(summary.started));
    pen.line(m_texts.ended(summary.ended));

    section(m_texts.actionsHeading());
    pen.line(m_texts.newPassword());
    if (summary.settings.forceChangePasswordNextSignInWithMfa)
        pen.line(m_texts.withMfa());
    if (summary.settings.signOutEverywhere)
        pen.line(m_texts.signedOut());
    if (summary.settings.requireMethodReregistration)
        pen.line(m_texts.methodsRemoved());

    section(m_texts.countsHeading());
    pen.line(m_texts.passwordsReset(summary.passwordsReset));
    pen.line(m_texts.sessionsRevoked(summary.sessionsRevoked));
    if (summary.settings.requireMethodReregistration)
        pen.line(m_texts.methodsRemovedUsers(summary.methodsRemovedUsers));
    pen.line(m_texts.failures(summary.failures));

    QStringList privileged;
    QStringList failed;
    QStringList touched;
    for (const IncidentSummary::User &user : summary.users) {
        if (user.privileged)
            privileged.append(user.userPrincipalName);
        if (!user.failure.isEmpty())
            failed.append(m_texts.failedUser(user.userPrincipalName, user.failure));
        touched.append(user.userPrincipalName);
    }
    const auto andMore = [this](int count) { return m_texts.andMore(count); };
    // The last line (no passwords) and the three headings with their gaps stay free below each list.
    const qreal footer = LineHeight + SectionGap;
    const qreal headings = 3 * (LineHeight + SectionGap);

    section(m_texts.privilegedHeading(int(privileged.size())));
    if (privileged.isEmpty())
        pen.line(m_texts.none());
    pen.list(privileged, PrivilegedColumns, PrivilegedRows, andMore);

    // Failures get half of what is left, the users touched the rest: both always show some.
    const int left = pen.linesLeft(footer + headings - (LineHeight + SectionGap));
    section(m_texts.failedHeading(int(failed.size())));
    if (failed.isEmpty())
        pen.line(m_texts.none());
    pen.list(failed, 1, qMax(2, left / 2 - 1), andMore);

    section(m_texts.usersHeading(int(touched.size())));
    pen.list(touched, UserColumns, pen.linesLeft(footer), andMore);

    pen.skip(SectionGap);
    pen.line(m_texts.noPasswords());
    return painter.end();
}

FileWriteError IncidentSummarySheet::writePdf(const QString &path) const
{
    return PdfFile::write(path, [this](QPdfWriter &writer) {
        writer.setTitle(m_texts.title());
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(42, 42, 42, 42), QPageLayout::Point));
        return paint(&writer);
    });
}
