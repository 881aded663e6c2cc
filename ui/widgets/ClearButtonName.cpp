// SPDX-License-Identifier: MIT
#include "ui/widgets/ClearButtonName.h"

#include <QAction>
#include <QLineEdit>

void nameClearButton(QLineEdit *lineEdit, const QString &name)
{
    const auto actions = lineEdit->findChildren<QAction *>();
    for (QAction *action : actions)
        action->setText(name);
}
