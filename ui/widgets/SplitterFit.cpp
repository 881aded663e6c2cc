// SPDX-License-Identifier: MIT
#include "ui/widgets/SplitterFit.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>

namespace SplitterFit {

void widenScrollPaneToContents(QSplitter *splitter, const QScrollArea *scroll)
{
    if (splitter->count() != 2 || !scroll->widget())
        return;
    const int needed = scroll->widget()->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()
                       + 2 * scroll->frameWidth();
    QList<int> sizes = splitter->sizes();
    if (sizes.size() != 2 || sizes.at(1) <= 0 || sizes.at(1) >= needed)
        return;
    const int extra = qMin(needed - sizes.at(1), sizes.at(0) - splitter->widget(0)->minimumSizeHint().width());
    if (extra <= 0)
        return;
    sizes[0] -= extra;
    sizes[1] += extra;
    splitter->setSizes(sizes);
}

} // namespace SplitterFit
