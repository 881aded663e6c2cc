// SPDX-License-Identifier: MIT
#pragma once

#include "AccessibleText.h"

#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QLabel>
#include <QStringList>
#include <QTest>
#include <QTextDocument>
#include <QWidget>

/**
 * The word-wrapped labels of @p window (not those of windows over it) that are shorter than
 * their text needs at their width, so their last lines are cut off, as "objectName: has H of
 * N pixels".
 */
inline QStringList wrappedLabelsCut(QWidget *window)
{
    QStringList cut;
    const auto labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(window) || label->window() != window || !label->wordWrap()
            || label->text().isEmpty())
            continue;
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed)
            cut.append(label->objectName() + u": has " + QString::number(label->height()) + u" of "
                + QString::number(needed) + u" pixels");
    }
    return cut;
}

/** How wide @p label's text is drawn on one line per paragraph, rich text as rendered. */
inline int textWidth(const QLabel *label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        document.setHtml(text);
        return qCeil(document.idealWidth());
    }
    int widest = 0;
    const QStringList lines = displayedText(label).split(u'\n');
    for (const QString &line : lines)
        widest = qMax(widest, label->fontMetrics().horizontalAdvance(line));
    return widest;
}

/**
 * The labels of @p window that do not wrap and are narrower than their text, so its end is cut
 * off, as "objectName: «text» needs W of N pixels".
 */
inline QStringList labelsNarrowerThanText(QWidget *window)
{
    QStringList cut;
    const auto labels = window->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(window) || label->window() != window || label->wordWrap()
            || label->text().isEmpty() || label->objectName().startsWith(u"qt_"))
            continue;
        const int available = label->contentsRect().width() - 2 * label->margin() - qMax(0, label->indent());
        const int needed = textWidth(label);
        if (needed > available)
            cut.append(label->objectName() + u": «" + displayedText(label) + u"» needs "
                + QString::number(needed) + u" of " + QString::number(available) + u" pixels");
    }
    return cut;
}

/** Every text of @p window shows whole: wrapped labels are tall enough, others wide enough. */
inline QStringList textsCut(QWidget *window)
{
    // A text that changed just now (a status while a dialog reads) has its new layout first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return wrappedLabelsCut(window) + labelsNarrowerThanText(window);
}

/**
 * The application font at @p scale times its size while it lives. Qt 6 scales a 150% screen as
 * a whole (text, margins and fixed sizes alike, so nothing fits worse than at 100%); what does
 * outgrow its layout is text that is larger than the layout expects, as an admin who chose
 * larger text, or a desktop that sets a 150% font at 100% scaling, sees it.
 */
class ScopedFontScale final
{
public:
    explicit ScopedFontScale(qreal scale)
        : m_original(QApplication::font())
    {
        QFont larger = m_original;
        larger.setPointSizeF(m_original.pointSizeF() * scale);
        QApplication::setFont(larger);
    }
    ~ScopedFontScale() { QApplication::setFont(m_original); }
    ScopedFontScale(const ScopedFontScale &) = delete;
    ScopedFontScale &operator=(const ScopedFontScale &) = delete;

private:
    QFont m_original;
};

/** Calls @p check with the application font at its normal size, then at 150% (the scale). */
template<typename Check> void atNormalAndLargerFont(Check check)
{
    // The layouts settle first, as they have by the time anybody looks.
    QTest::qWait(200);
    check(1.0);
    const ScopedFontScale larger(1.5);
    QTest::qWait(200);
    check(1.5);
}
