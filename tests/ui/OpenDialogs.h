// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QDialog>
#include <QList>
#include <QWidget>

/** The top-level dialogs on screen now. */
inline QList<QDialog *> openDialogs()
{
    QList<QDialog *> dialogs;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(window); dialog && dialog->isVisible())
            dialogs.append(dialog);
    }
    return dialogs;
}
