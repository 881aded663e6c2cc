// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "delivery/MailPacer.h"

TEST_CASE("MailPacer: lets 30 messages through then schedules each next one a minute after its 30th predecessor",
          "[mail]")
{
    MailPacer pacer = MailPacer::exchangeOnline();
    CHECK(pacer.messagesPerWindow() == 30);
    CHECK(pacer.windowMs() == 60000);
    // Thirty messages accepted 100 ms apart.
    for (int i = 0; i < 30; ++i) {
        CHECK(pacer.delayBeforeNext(i * 100) == 0);
        pacer.recordAccepted(i * 100);
    }
    // The 31st waits until the first has left the window: 60 000 ms after it was accepted.
    CHECK(pacer.delayBeforeNext(3000) == 57000);
    CHECK(pacer.delayBeforeNext(60000) == 0);
    pacer.recordAccepted(60000);
    // The 32nd is due when the second leaves: 60 100.
    CHECK(pacer.delayBeforeNext(60000) == 100);
    CHECK(pacer.delayBeforeNext(60100) == 0);
}

TEST_CASE("MailPacer: never lets more than 30 messages into any minute of a long schedule", "[mail]")
{
    MailPacer pacer = MailPacer::exchangeOnline();
    QList<qint64> sent;
    qint64 now = 0;
    for (int i = 0; i < 100; ++i) {
        now += pacer.delayBeforeNext(now);
        sent.append(now);
        pacer.recordAccepted(now);
        now += 10; // each message takes 10 ms to be answered
    }
    for (qsizetype i = 30; i < sent.size(); ++i)
        CHECK(sent.at(i) - sent.at(i - 30) >= 60000);
    // And it does not wait more than it must: 100 messages take three full windows plus a little.
    CHECK(sent.last() < 3 * 60000 + 1000);
}

TEST_CASE("MailPacer: the window follows the sandbox time scale", "[mail]")
{
    MailPacer pacer = MailPacer::exchangeOnline(0.01);
    CHECK(pacer.windowMs() == 600);
    for (int i = 0; i < 30; ++i)
        pacer.recordAccepted(0);
    CHECK(pacer.delayBeforeNext(0) == 600);
    MailPacer custom(2, 1000);
    custom.recordAccepted(0);
    CHECK(custom.delayBeforeNext(0) == 0);
    custom.recordAccepted(10);
    CHECK(custom.delayBeforeNext(10) == 990);
}
