// SPDX-License-Identifier: MIT
// PaintThrottle on a real widget (offscreen): paints counted as they reach the widget.
#include "CatchQt.h"
#include "WaitUntil.h"

#include "ui/widgets/PaintThrottle.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

namespace {

/** A widget that counts the paint events it receives. */
class CountingWidget final : public QWidget
{
public:
    int paints = 0;

protected:
    void paintEvent(QPaintEvent *) override { ++paints; }
};

/** Changes @p widget every 5 ms for @p milliseconds, as pages of a fast load would. */
void changeOften(QWidget *widget, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        widget->update();
        QTest::qWait(5);
    }
}

} // namespace

TEST_CASE("PaintThrottle: paints a few times a second while active and freely when not", "[ui][throttle]")
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *content = new CountingWidget;
    auto *scrollBar = new QScrollBar(Qt::Vertical, content);
    layout->addWidget(content);
    window.resize(300, 200);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    content->paints = 0;
    changeOften(content, 300);
    const int freePaints = content->paints;
    CHECK(freePaints >= 20); // about one per change

    PaintThrottle throttle(content);
    throttle.setInterval(100);
    throttle.setActive(true);
    CHECK(throttle.isHolding());
    CHECK_FALSE(content->updatesEnabled());
    content->paints = 0;
    changeOften(content, 600);
    CHECK(content->paints >= 3); // every 100 ms, at once
    CHECK(content->paints <= 8);

    // The admin scrolling is never held back: a wheel turn on a child turns painting back on.
    QWheelEvent wheel(QPointF(5, 5), scrollBar->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
        Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(scrollBar, &wheel);
    CHECK_FALSE(throttle.isHolding());
    CHECK(content->updatesEnabled());
    content->paints = 0;
    changeOften(content, 300);
    CHECK(content->paints >= 20);
    // ...until it has been quiet for a moment.
    REQUIRE(waitUntil([&] { return throttle.isHolding(); }, PaintThrottle::QuietMs + 2000));

    // Stopping paints what changed and leaves updates on.
    content->paints = 0;
    content->update();
    throttle.setActive(false);
    CHECK(content->updatesEnabled());
    REQUIRE(waitUntil([&] { return content->paints > 0; }, 2000));
}
