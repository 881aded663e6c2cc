// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessible>
#include <QAccessibleInterface>
#include <QLabel>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

/**
 * What a screen reader hears for @p label against what a sighted admin reads: the label's text
 * as Qt's accessibility bridge derives it (rich text as plain text, the mnemonic's & removed).
 */
inline QString displayedText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return text.remove(QLatin1Char('&'));
}

/**
 * The labels under @p root that show text to the eye but tell a screen reader something else
 * (a fixed caption set as their accessible name), as "objectName: heard «name», shown «text»".
 * Empty when every visible label speaks what it shows.
 */
inline QStringList labelsHidingTheirText(QWidget *root)
{
    QStringList hiding;
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || label->objectName().startsWith(u"qt_"))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(label);
        const QString heard = accessible ? accessible->text(QAccessible::Name) : QString();
        const QString shown = displayedText(label);
        if (heard.simplified() != shown.simplified())
            hiding.append(label->objectName() + u": heard «" + heard + u"», shown «" + shown + u"»");
    }
    return hiding;
}
