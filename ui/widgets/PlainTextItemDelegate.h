// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

/**
 * Paints the plain-text cells of a large table as QStyledItemDelegate does, but from text
 * shaped once and kept.
 *
 * QStyledItemDelegate lays out a cell's text three times per paint (for its size, its place and
 * the drawing); a screen of the user list is some 250 cells, repainted on every keystroke of a
 * search. Most cells repeat a few values ("Yes", "No", a date, a role) or stay in view while the
 * admin types, so their text is kept as QStaticText and painted without shaping again. Cells
 * with a check box, an icon or wrapped text, and right-to-left layouts, are left to
 * QStyledItemDelegate.
 */
class PlainTextItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** Texts kept: several screens of cells; the cache starts over when it is full. */
    static constexpr qsizetype MaximumKeptTexts = 2048;

    explicit PlainTextItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    qsizetype keptTexts() const { return m_texts.size(); }

private:
    void drawText(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style) const;
    static void drawFocus(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style);
    static QStaticText prepared(const QString &text, const QFont &font);
    /** @p text shaped in @p font, from the cache when it was shaped before in the same font. */
    const QStaticText &kept(const QString &text, const QFont &font) const;

    mutable QHash<QString, QStaticText> m_texts;
    mutable QFont m_textsFont;
};
