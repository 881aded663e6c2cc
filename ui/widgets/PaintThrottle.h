// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

/**
 * Lets a widget that changes very often repaint a few times a second instead of after every
 * change. While 100,000 users load, a page arrives every few tens of milliseconds, and
 * repainting the whole table after each costs more than decoding the page itself.
 *
 * While active, the widget's updates are off (it keeps showing what it last painted) and every
 * interval it is painted once, at once, and once more when it is resized or shown. The admin
 * is never throttled: a key, click, drag or wheel event on the widget or its children turns
 * painting back on until they have been quiet for a moment.
 */
class PaintThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintThrottle)
public:
    static constexpr int DefaultIntervalMs = 250;
    /** How long after the last interaction painting stays free. */
    static constexpr int QuietMs = 1000;

    explicit PaintThrottle(QWidget *widget, QObject *parent = nullptr);
    ~PaintThrottle() override;

    void setInterval(int milliseconds) { m_tick.setInterval(milliseconds); }
    /** Starts or stops throttling; stopping paints what changed at once. */
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /** Painting is held back right now (active, and nobody is interacting). */
    bool isHolding() const { return m_holding; }
    /** While holding: paints what changed now (e.g. the first rows of a load), then holds again. */
    void paintNow();

Q_SIGNALS:
    /** A held-back paint is about to happen: the moment to bring deferred changes in. */
    void aboutToPaint();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hold();
    void release();
    void onInteraction();

    QPointer<QWidget> m_widget;
    QList<QPointer<QWidget>> m_watched;
    QTimer m_tick;
    QTimer m_quiet;
    bool m_active = false;
    bool m_holding = false;
};
