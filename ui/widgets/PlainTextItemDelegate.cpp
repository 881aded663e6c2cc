// SPDX-License-Identifier: MIT
#include "ui/widgets/PlainTextItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace {

/** The colour group QCommonStyle paints an item's text and focus frame in. */
QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return (option.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
}

} // namespace

PlainTextItemDelegate::PlainTextItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void PlainTextItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    constexpr auto notPlain = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    // Right to left, text is laid out with a direction QStaticText is not told of: Qt paints it.
    if ((item.features & notPlain) || (item.state & QStyle::State_Editing)
        || item.direction != Qt::LeftToRight) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    // The same steps, in the same order, as QCommonStyle's CE_ItemViewItem for a text cell.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    if (!item.text.isEmpty())
        drawText(painter, item, style);
    if (item.state & QStyle::State_HasFocus)
        drawFocus(painter, item, style);
    painter->restore();
}

void PlainTextItemDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style) const
{
    painter->setPen(item.palette.color(
        colorGroup(item), (item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(item.font);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    const QRectF textRect = QRectF(item.rect).adjusted(margin, 0, -margin, 0);
    // Cells in the view's font come from the cache; a cell in a font of its own is shaped once.
    QStaticText single;
    const QStaticText *text = nullptr;
    if (item.widget && item.font == item.widget->font()) {
        text = &kept(item.text, item.font);
    } else {
        single = prepared(item.text, item.font);
        text = &single;
    }
    if (text->size().width() > textRect.width()) {
        // Too wide for its column: elided afresh, as the width changes while a column is dragged.
        single = prepared(
            item.fontMetrics.elidedText(item.text, item.textElideMode, int(textRect.width())), item.font);
        text = &single;
    }
    // Placed as QTextLayout places a line: aligned in the width, centred on the line height.
    const QSizeF size = text->size();
    const Qt::Alignment alignment = QStyle::visualAlignment(item.direction, item.displayAlignment);
    qreal x = textRect.left();
    if (alignment & Qt::AlignRight)
        x += textRect.width() - size.width();
    else if (alignment & Qt::AlignHCenter)
        x += (textRect.width() - size.width()) / 2;
    // Vertically in whole pixels, as QStyle::alignedRect() does.
    const int height = qRound(size.height());
    int y = item.rect.top();
    if (alignment & Qt::AlignBottom)
        y += item.rect.height() - height;
    else if (alignment & Qt::AlignVCenter)
        y += (item.rect.height() - height) / 2;
    painter->drawStaticText(QPointF(x, y), *text);
}

void PlainTextItemDelegate::drawFocus(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style)
{
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(item);
    focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &item, item.widget);
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    const QPalette::ColorGroup group = (item.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    focus.backgroundColor
        = item.palette.color(group, (item.state & QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, item.widget);
}

QStaticText PlainTextItemDelegate::prepared(const QString &text, const QFont &font)
{
    QStaticText shaped(text);
    shaped.setTextFormat(Qt::PlainText);
    shaped.prepare(QTransform(), font);
    return shaped;
}

const QStaticText &PlainTextItemDelegate::kept(const QString &text, const QFont &font) const
{
    if (font != m_textsFont) {
        m_texts.clear();
        m_textsFont = font;
    }
    auto it = m_texts.find(text);
    if (it != m_texts.end())
        return it.value();
    if (m_texts.size() >= MaximumKeptTexts)
        m_texts.clear(); // simpler than least-recently-used, and a screen refills it at once
    return m_texts.insert(text, prepared(text, font)).value();
}
