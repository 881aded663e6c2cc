// SPDX-License-Identifier: MIT
// The clock the product waits on: the system clock briefly, and the test double the suite's
// simulated waits rely on.
#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"

#include "common/Clock.h"

#include <QPointer>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("Clock: the system clock tells the real time and its timers fire", "[core][clock]")
{
    Clock *clock = Clock::system();
    CHECK(clock == Clock::system());
    CHECK(qAbs(clock->nowUtc().msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    CHECK(clock->nowUtc().timeSpec() == Qt::UTC);
    const qint64 before = clock->monotonicMs();

    QObject owner;
    ClockTimer *timer = clock->createTimer(ClockTimer::Kind::SingleShot, &owner);
    CHECK(timer->parent() == &owner);
    CHECK_FALSE(timer->isActive());
    CHECK(timer->remainingMs() == -1);
    QSignalSpy fired(timer, &ClockTimer::timeout);
    timer->start(20);
    CHECK(timer->isActive());
    CHECK(timer->remainingMs() <= 20);
    REQUIRE(fired.wait(5000));
    CHECK(fired.size() == 1);
    CHECK_FALSE(timer->isActive());
    CHECK(clock->monotonicMs() >= before);

    ClockTimer *repeating = clock->createTimer(ClockTimer::Kind::Repeating, &owner);
    QSignalSpy ticks(repeating, &ClockTimer::timeout);
    repeating->start(5);
    REQUIRE(waitUntil([&] { return ticks.size() >= 2; }));
    CHECK(repeating->isActive());
    repeating->stop();
    CHECK_FALSE(repeating->isActive());
}

TEST_CASE("ManualClock: time stands still until advanced, then timers fire in due order", "[core][clock]")
{
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ManualClock clock(start);
    CHECK(clock.nowUtc() == start);
    CHECK(clock.monotonicMs() == 0);
    CHECK(clock.msUntilNextTimer() == -1);
    CHECK_FALSE(clock.advanceToNextTimer());

    QObject owner;
    QStringList fired;
    QList<qint64> firedAt;
    const auto timer = [&](const QString &name, ClockTimer::Kind kind) {
        ClockTimer *made = clock.createTimer(kind, &owner);
        QObject::connect(made, &ClockTimer::timeout, &owner, [&, name] {
            fired.append(name);
            firedAt.append(clock.monotonicMs());
        });
        return made;
    };
    ClockTimer *late = timer(u"late"_s, ClockTimer::Kind::SingleShot);
    ClockTimer *early = timer(u"early"_s, ClockTimer::Kind::SingleShot);
    ClockTimer *tick = timer(u"tick"_s, ClockTimer::Kind::Repeating);
    late->start(3000);
    early->start(1500);
    tick->start(1000);
    CHECK(clock.msUntilNextTimer() == 1000);
    CHECK(late->remainingMs() == 3000);

    clock.advance(999);
    CHECK(fired.isEmpty());
    CHECK(clock.msUntilNextTimer() == 1);
    clock.advance(2001);
    // Each fires at its own due time, the repeating one each time it fell due; on a tie, the one
    // started first goes first.
    CHECK(fired == QStringList{u"tick"_s, u"early"_s, u"tick"_s, u"late"_s, u"tick"_s});
    CHECK(firedAt == QList<qint64>{1000, 1500, 2000, 3000, 3000});
    CHECK(clock.monotonicMs() == 3000);
    CHECK(clock.nowUtc() == start.addSecs(3));
    CHECK_FALSE(late->isActive());
    CHECK(late->remainingMs() == -1);
    CHECK(tick->isActive());
    CHECK(tick->remainingMs() == 1000);

    tick->stop();
    CHECK(clock.msUntilNextTimer() == -1);
}

TEST_CASE("ManualClock: a timer started or stopped by another's timeout counts in the same advance", "[core][clock]")
{
    ManualClock clock;
    QObject owner;
    ClockTimer *first = clock.createTimer(ClockTimer::Kind::SingleShot, &owner);
    ClockTimer *second = clock.createTimer(ClockTimer::Kind::SingleShot, &owner);
    ClockTimer *stopped = clock.createTimer(ClockTimer::Kind::SingleShot, &owner);
    QSignalSpy secondFired(second, &ClockTimer::timeout);
    QSignalSpy stoppedFired(stopped, &ClockTimer::timeout);
    QObject::connect(first, &ClockTimer::timeout, &owner, [&] {
        second->start(500);
        stopped->stop();
    });
    first->start(1000);
    stopped->start(1200);

    clock.advance(1400);
    CHECK(secondFired.isEmpty());
    CHECK(clock.msUntilNextTimer() == 100);
    REQUIRE(clock.advanceToNextTimer());
    CHECK(secondFired.size() == 1);
    CHECK(clock.monotonicMs() == 1500);
    CHECK(stoppedFired.isEmpty());
}

TEST_CASE("ManualClock: timers deleted in their timeout or outliving the clock are left alone", "[core][clock]")
{
    QObject owner;
    QPointer<ClockTimer> outliving;
    {
        ManualClock clock;
        QPointer<ClockTimer> selfDeleting = clock.createTimer(ClockTimer::Kind::Repeating, &owner);
        QObject::connect(selfDeleting, &ClockTimer::timeout, &owner, [&] { delete selfDeleting.data(); });
        selfDeleting->start(10);
        clock.advance(100);
        CHECK(selfDeleting.isNull());
        CHECK(clock.msUntilNextTimer() == -1);

        outliving = clock.createTimer(ClockTimer::Kind::SingleShot, &owner);
        outliving->start(10);
    }
    REQUIRE(outliving);
    CHECK_FALSE(outliving->isActive());
    outliving->start(10);
    CHECK_FALSE(outliving->isActive());
}

TEST_CASE("waitUntil: with a ManualClock, time moves on only when nothing else is happening", "[core][clock]")
{
    ManualClock clock;
    QObject owner;
    ClockTimer *wait = clock.createTimer(ClockTimer::Kind::SingleShot, &owner);
    bool posted = false;
    bool waited = false;
    QObject::connect(wait, &ClockTimer::timeout, &owner, [&] { waited = true; });
    wait->start(60000);
    // Work already on its way runs before any simulated time passes.
    QMetaObject::invokeMethod(&owner, [&] { posted = true; }, Qt::QueuedConnection);
    REQUIRE(waitUntil([&] { return posted; }, clock));
    CHECK(clock.monotonicMs() == 0);
    REQUIRE(waitUntil([&] { return waited; }, clock));
    CHECK(clock.monotonicMs() == 60000);

    // passTime runs every timer due on the way and stops where it was told.
    ClockTimer *tick = clock.createTimer(ClockTimer::Kind::Repeating, &owner);
    QSignalSpy ticks(tick, &ClockTimer::timeout);
    tick->start(1000);
    passTime(clock, 3500);
    CHECK(ticks.size() == 3);
    CHECK(clock.monotonicMs() == 63500);
}
