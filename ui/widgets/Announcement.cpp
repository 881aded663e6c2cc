// SPDX-License-Identifier: MIT
#include "ui/widgets/Announcement.h"

#include <QAccessible>
#include <QLabel>

void Announcement::showMessage(QLabel *label, const QString &text)
{
    const bool changed = text != label->text();
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (changed && !text.isEmpty())
        raise(label);
}

void Announcement::raise(QWidget *widget)
{
    QAccessibleEvent alert(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}
