// SPDX-License-Identifier: MIT
#include "ui/widgets/GrowToContents.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QWidget>

void GrowToContents::install(QWidget *window)
{
    window->installEventFilter(new GrowToContents(window));
}

GrowToContents::GrowToContents(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool GrowToContents::eventFilter(QObject *watched, QEvent *event)
{
    // Qt hands a LayoutRequest to the layout before the event filters, so the layout already
    // knows the new texts here; Show comes after the first layout pass.
    if (watched == m_window && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest))
        grow();
    return QObject::eventFilter(watched, event);
}

void GrowToContents::grow()
{
    QLayout *layout = m_window->layout();
    if (!layout || !m_window->isWindow())
        return;
    const auto neededHeight = [layout](int width) {
        return layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                           : layout->totalMinimumSize().height();
    };
    int width = qMax(m_window->width(), m_window->minimumWidth());
    QSize room(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    if (const QScreen *screen = m_window->screen()) {
        const QSize frame = m_window->frameGeometry().size() - m_window->size();
        room = screen->availableGeometry().size() - frame.expandedTo(QSize(0, 0));
    }
    // Too tall for the screen (a large font, a small screen): wider, so the texts need fewer lines.
    while (neededHeight(width) > room.height() && width < room.width())
        width = qMin(room.width(), width + qMax(1, width / 10));
    const int height = qMin(neededHeight(width), room.height());
    if (height > m_window->height() || width > m_window->width())
        m_window->resize(width, qMax(height, m_window->height()));
}
