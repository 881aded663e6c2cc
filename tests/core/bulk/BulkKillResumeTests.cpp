// SPDX-License-Identifier: MIT
// The journal's promise under SIGKILL: a helper process runs a 1,000-user bulk reset and is
// killed at ten random points; each time the run is resumed from the journal. At the end every
// user's server password is the journal's, nobody got two different passwords, nobody is lost.
#include "BulkRunRig.h"
#include "KilledWorker.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace {

int runWorker(SandboxFixture &fixture, const QString &journalPath, const QString &token, int killAt)
{
    return runKilledWorker(fixture, QStringLiteral(BULK_RESET_WORKER), journalPath, BulkRunRig::Run::key(), token,
                           killAt);
}

} // namespace

TEST_CASE("BulkResetRunner: ten SIGKILLs during a 1000-user run lose no password and set none twice",
    "[core][bulk][slow]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 1001;
    options.latencyMs = 40; // long enough for the kills to land mid-run
    SandboxFixture fixture(options);
    BulkRunRig::Run plan(fixture);
    const auto before = BulkRunRig::passwordCounts(fixture);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture, 1000);
    REQUIRE(targets.size() == 1000);

    // The plan is written first, as BulkResetRunner::start does; every worker run resumes it.
    const QList<BulkResetItem> items = BulkResetItem::fromTargets(targets, {}, u"Contoso"_s);
    QList<ResetJournal::PlannedReset> planned;
    for (const BulkResetItem &item : items)
        planned.append({item.userId, item.userPrincipalName, item.password, item.displayName});
    REQUIRE(plan.journal->setRunSettings(BulkResetSettings().toJson()));
    REQUIRE(plan.journal->plan(planned));
    const QString path = plan.journal->path();
    plan.journal.reset();
    const QString token = fixture.adminToken();

    // Ten different points of the whole run, in order; each worker run is killed at the next one.
    QRandomGenerator random(20261124);
    QSet<int> points;
    while (points.size() < 10)
        points.insert(20 + int(random.bounded(960)));
    QList<int> killPoints = points.values();
    std::sort(killPoints.begin(), killPoints.end());
    int kills = 0;
    for (int killAt : killPoints) {
        if (runWorker(fixture, path, token, killAt) == -1)
            ++kills;
    }
    CHECK(kills == 10);
    REQUIRE(runWorker(fixture, path, token, 0) == 0);

    QString error;
    auto journal = ResetJournal::open(path, BulkRunRig::Run::key(), &error);
    REQUIRE(journal);
    CHECK(journal->unfinished().isEmpty());
    const QList<ResetJournal::Entry> entries = journal->entries();
    REQUIRE(entries.size() == 1000);
    int confirmed = 0;
    for (const ResetJournal::Entry &entry : entries) {
        const SandboxUser *user = fixture.tenant().userByIdOrUpn(entry.userId);
        REQUIRE(user);
        const QStringList added = user->passwordHistory.mid(before.value(entry.userId));
        // Never two different values: every password the server took is the journal's.
        for (const QString &password : added)
            CHECK(entry.password.equals(password));
        if (entry.state == ResetJournal::State::Confirmed) {
            ++confirmed;
            CHECK(entry.password.equals(user->password));
        } else {
            // Refused by the server (synced users, guests…): then it never changed.
            CHECK(entry.state == ResetJournal::State::Failed);
            CHECK(added.isEmpty());
        }
    }
    CHECK(confirmed > 500);
}
