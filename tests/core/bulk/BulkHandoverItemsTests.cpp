// SPDX-License-Identifier: MIT
// Which users of a bulk run carry a password into a hand-over: every one BulkHandover holds, so
// the journal can go once they are handed over.
#include "CatchQt.h"

#include "bulk/BulkHandover.h"
#include "bulk/BulkResetItem.h"

using namespace Qt::Literals::StringLiterals;

namespace {

BulkItemResult result(const QString &id, BulkItemResult::State state, bool mayBeSet = false)
{
    BulkItemResult result;
    result.userId = id;
    result.userPrincipalName = id + u"@kvarnby.se"_s;
    result.password = SecretString(u"Pw-"_s + id + u"-7742"_s);
    result.state = state;
    result.mayBeSet = mayBeSet;
    return result;
}

} // namespace

TEST_CASE("BulkHandover: hands over every password it holds, a refused retry of a lost one too", "[bulk][handover]")
{
    using State = BulkItemResult::State;
    const QList<BulkItemResult> results {
        result(u"a"_s, State::Succeeded),
        result(u"b"_s, State::Uncertain, true),
        // The first request's answer was lost, the retry was refused: the first may have set it.
        result(u"c"_s, State::Failed, true),
        result(u"d"_s, State::Failed),
        result(u"e"_s, State::Cancelled),
    };
    const QList<HandoverItem> items
        = BulkHandover::items(results, [](const BulkItemResult &r) { return r.state == State::Succeeded ? QString() : u"why"_s; });
    REQUIRE(items.size() == results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        INFO(results.at(i).userId.toStdString());
        CHECK(items.at(i).carriesPassword() == BulkHandover::carriesPassword(results.at(i)));
        if (items.at(i).carriesPassword())
            CHECK(items.at(i).password.reveal() == results.at(i).password.reveal());
    }
    CHECK(items.at(0).outcome == HandoverItem::Outcome::Reset);
    CHECK(items.at(1).outcome == HandoverItem::Outcome::Unconfirmed);
    CHECK(items.at(2).outcome == HandoverItem::Outcome::Unconfirmed);
    CHECK(items.at(3).outcome == HandoverItem::Outcome::NotReset);
    CHECK(BulkHandover::carriedIds(items) == QStringList {u"a"_s, u"b"_s, u"c"_s});
}
