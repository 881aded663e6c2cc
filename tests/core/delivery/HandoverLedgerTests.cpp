// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "delivery/HandoverLedger.h"

using namespace Qt::Literals::StringLiterals;
using Channel = HandoverLedger::Channel;

TEST_CASE("HandoverLedger: complete only when every held password went out through a lasting channel",
          "[delivery][handover]")
{
    HandoverLedger ledger;
    CHECK_FALSE(ledger.isComplete()); // nothing held: nothing was handed over either
    ledger.hold(u"a"_s);
    ledger.hold(u"b"_s);
    ledger.hold(u"c"_s);
    CHECK(ledger.pending() == QStringList{u"a"_s, u"b"_s, u"c"_s});

    // Seen and copied on screen: nothing of it lasts once the window closes.
    ledger.record(Channel::Shown, {u"a"_s, u"b"_s, u"c"_s});
    ledger.record(Channel::Copied, {u"a"_s});
    CHECK(ledger.pending().size() == 3);

    ledger.record(Channel::Email, {u"a"_s, u"unknown"_s});
    ledger.record(Channel::Slips, {u"b"_s});
    CHECK(ledger.pending() == QStringList{u"c"_s});
    CHECK_FALSE(ledger.isComplete());
    CHECK(ledger.channels(u"a"_s) == (HandoverLedger::Channels(Channel::Shown) | Channel::Copied | Channel::Email));
    CHECK_FALSE(ledger.holds(u"unknown"_s));

    ledger.record(Channel::Csv, {u"c"_s});
    CHECK(ledger.isComplete());
}

TEST_CASE("HandoverLedger: a retry keeps what was handed over", "[delivery][handover]")
{
    HandoverLedger ledger;
    ledger.hold(u"a"_s);
    ledger.hold(u"b"_s);
    ledger.record(Channel::Csv, {u"a"_s});
    CHECK(ledger.pending() == QStringList{u"b"_s});

    // A retry sends a's same password again: the file already carries it.
    ledger.hold(u"a"_s);
    CHECK(ledger.pending() == QStringList{u"b"_s});
    CHECK(ledger.heldCount() == 2);
    ledger.record(Channel::Slips, {u"b"_s});
    CHECK(ledger.isComplete());
}
