// SPDX-License-Identifier: MIT
#include "ui/widgets/PaintThrottle.h"

#include <QEvent>
#include <QMouseEvent>
#include <QWidget>

PaintThrottle::PaintThrottle(QWidget *widget, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
{
    m_tick.setInterval(DefaultIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &PaintThrottle::paintNow);
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietMs);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        if (m_active)
            hold();
    });
}

PaintThrottle::~PaintThrottle()
{
    setActive(false);
}

void PaintThrottle::setActive(bool active)
{
    if (active == m_active || !m_widget)
        return;
    m_active = active;
    if (active) {
        // Children too: input reaches the viewport and scroll bars, not the view itself.
        m_watched = {m_widget};
        for (QWidget *child : m_widget->findChildren<QWidget *>())
            m_watched.append(child);
        for (const QPointer<QWidget> &watched : std::as_const(m_watched))
            watched->installEventFilter(this);
        m_tick.start();
        hold();
        return;
    }
    m_tick.stop();
    m_quiet.stop();
    for (const QPointer<QWidget> &watched : std::as_const(m_watched)) {
        if (watched)
            watched->removeEventFilter(this);
    }
    m_watched.clear();
    release();
}

bool PaintThrottle::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
        onInteraction();
        break;
    case QEvent::MouseMove: // dragging a scroll bar or a column edge; hovering can wait
        if (static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton)
            onInteraction();
        break;
    case QEvent::Resize:
    case QEvent::Show:
        // The widget's own (a status row appearing above it) is painted once, as soon as the
        // new geometry is settled. Its children's (a scroll bar appearing, a header widening)
        // come from the very changes being throttled.
        if (watched == m_widget && m_holding)
            QMetaObject::invokeMethod(this, &PaintThrottle::paintNow, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void PaintThrottle::hold()
{
    if (m_holding || !m_widget)
        return;
    m_holding = true;
    m_widget->setUpdatesEnabled(false);
}

void PaintThrottle::release()
{
    if (!m_holding || !m_widget)
        return;
    m_holding = false;
    m_widget->setUpdatesEnabled(true); // marks the widget and its children for repainting
}

void PaintThrottle::paintNow()
{
    if (!m_holding || !m_widget)
        return;
    Q_EMIT aboutToPaint();
    // Painted synchronously, then held again: a deferred paint would find updates off.
    release();
    if (m_widget->isVisible())
        m_widget->repaint();
    hold();
}

void PaintThrottle::onInteraction()
{
    if (!m_active)
        return;
    release();
    m_quiet.start();
}
