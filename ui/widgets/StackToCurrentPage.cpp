// SPDX-License-Identifier: MIT
#include "ui/widgets/StackToCurrentPage.h"

#include <QStackedWidget>

namespace {

void ignoreHiddenPages(QStackedWidget *stack)
{
    for (int i = 0; i < stack->count(); ++i) {
        QWidget *page = stack->widget(i);
        const auto policy = page == stack->currentWidget() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
    stack->updateGeometry();
}

} // namespace

void sizeStackToCurrentPage(QStackedWidget *stack)
{
    ignoreHiddenPages(stack);
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, [stack] { ignoreHiddenPages(stack); });
}
