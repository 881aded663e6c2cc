// SPDX-License-Identifier: MIT
#include "ui/widgets/FocusReturn.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTimer>

namespace {

/** Another dialog is on screen: it has (or will get) the focus, not the window underneath. */
bool anotherDialogShows(const QDialog *closed)
{
    const auto windows = QApplication::topLevelWidgets();
    for (const QWidget *window : windows) {
        if (window != closed && window->isVisible() && qobject_cast<const QDialog *>(window))
            return true;
    }
    return false;
}

} // namespace

void FocusReturn::afterClosing(QDialog *dialog, QWidget *target)
{
    if (!target)
        return;
    QPointer<QWidget> guard = target;
    QObject::connect(dialog, &QDialog::finished, target, [dialog, guard] {
        // After the dialog that replaces this one (a result after a reset) has been shown.
        QTimer::singleShot(0, guard, [dialog, guard] {
            if (!guard || !guard->isVisible() || anotherDialogShows(dialog))
                return;
            guard->window()->activateWindow();
            guard->setFocus(Qt::OtherFocusReason);
        });
    });
}
