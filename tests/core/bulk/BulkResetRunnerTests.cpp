// SPDX-License-Identifier: MIT
// BulkResetRunner against the sandbox over real HTTP: $batch of 20, the journal's states, faults,
// throttling, pause, cancel and retry — always checked against the server's own passwords.
#include "BulkRunRig.h"

#include "bulk/WritePacer.h"
#include "ManualClock.h"
#include "WaitUntil.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using State = BulkItemResult::State;

namespace {

/** Every result the runner calls succeeded has the server's current password; no other user changed. */
void requireServerAgrees(
    SandboxFixture &fixture, const BulkResetRunner &runner, const QHash<QString, qsizetype> &countsBefore)
{
    QSet<QString> reportedChanged;
    for (const BulkItemResult &result : runner.results()) {
        REQUIRE(result.isFinal());
        const SandboxUser *user = fixture.tenant().userByIdOrUpn(result.userId);
        REQUIRE(user);
        if (result.state == State::Succeeded) {
            reportedChanged.insert(result.userId);
            CHECK(result.password.equals(user->password));
        } else {
            // Failed with a reason the admin can read.
            CHECK(result.error.isError());
        }
    }
    QSet<QString> serverChanged;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (user.passwordHistory.size() > countsBefore.value(user.id))
            serverChanged.insert(user.id);
    }
    CHECK(reportedChanged == serverChanged);
}

int countIn(const BulkResetRunner &runner, State state)
{
    int count = 0;
    for (const BulkItemResult &result : runner.results())
        count += result.state == state ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE(
    "WritePacer: lets a full window through then waits for the oldest writes to age out", "[core][bulk]")
{
    ManualClock clock;
    WritePacer pacer(WritePacer::Limits {10, 400, 0}, &clock);
    CHECK(pacer.waitMs(10) == 0);
    pacer.spend(6);
    CHECK(pacer.waitMs(4) == 0);
    CHECK(pacer.waitMs(5) > 0);
    pacer.spend(4);
    CHECK(pacer.used() == 10);
    const qint64 wait = pacer.waitMs(1);
    CHECK(wait > 0);
    CHECK(wait <= 400);
    clock.advance(wait - 1);
    CHECK(pacer.waitMs(1) == 1);
    clock.advance(1);
    CHECK(pacer.waitMs(10) == 0);
    CHECK(pacer.used() == 0);
}

TEST_CASE("WritePacer: a throttled answer holds every write until its Retry-After is over", "[core][bulk]")
{
    ManualClock clock;
    WritePacer pacer(WritePacer::Limits {1000, 1000, 0}, &clock);
    pacer.holdFor(300);
    CHECK(pacer.waitMs(1) > 200);
    CHECK(pacer.waitMs(0) > 200);
    CHECK(pacer.heldMs() == 300);
    // A shorter hold does not cut the longer one short.
    pacer.holdFor(100);
    CHECK(pacer.heldMs() == 300);
    clock.advance(300);
    CHECK(pacer.waitMs(1) == 0);
}

TEST_CASE(
    "BulkResetRunner: resets every user in batches of 20 with the journal confirming each", "[core][bulk]")
{
    SandboxFixture fixture;
    BulkRunRig::Run run(fixture);
    const auto before = BulkRunRig::passwordCounts(fixture);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture);
    REQUIRE(targets.size() > 40);
    fixture.context().log.clear();

    BulkResetSettings settings;
    settings.forceChangePasswordNextSignIn = true;
    run.start(targets, settings);
    CHECK(run.runner.phase() == BulkResetRunner::Phase::Resetting);
    REQUIRE(run.waitFinished());

    requireServerAgrees(fixture, run.runner, before);
    CHECK(run.runner.progress().done() == targets.size());
    // Some sandbox users cannot be reset (synced, guests…): they fail with Graph's reason.
    CHECK(countIn(run.runner, State::Succeeded) > 30);

    int batches = 0;
    int directWrites = 0;
    for (const RequestLogEntry &entry : fixture.context().log.entries()) {
        batches += entry.path.endsWith(u"/$batch"_s) ? 1 : 0;
        directWrites += (!entry.batchItem && entry.method == u"PATCH"_s) ? 1 : 0;
    }
    CHECK(directWrites == 0);
    CHECK(batches == (targets.size() + 19) / 20);

    // The journal agrees with the results, one state per user.
    const QList<ResetJournal::Entry> entries = run.journal->entries();
    REQUIRE(entries.size() == targets.size());
    for (const ResetJournal::Entry &entry : entries) {
        const SandboxUser *user = fixture.tenant().userByIdOrUpn(entry.userId);
        if (entry.state == ResetJournal::State::Confirmed) {
            CHECK(entry.password.equals(user->password));
            CHECK(user->forceChangePasswordNextSignIn);
        } else {
            CHECK(entry.state == ResetJournal::State::Failed);
            CHECK_FALSE(entry.reason.isEmpty());
        }
    }
    CHECK(run.journal->unfinished().isEmpty());
    CHECK(BulkResetSettings::fromJson(run.journal->runSettings()) == settings);
}

TEST_CASE("BulkResetRunner: a fault mix on 2000 users ends with the server and the results agreeing",
    "[core][bulk][slow]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 2001;
    SandboxFixture fixture(options);
    BulkRunRig::Run run(fixture);
    const auto before = BulkRunRig::passwordCounts(fixture);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture, 2000);
    REQUIRE(targets.size() == 2000);

    SandboxFaultRates rates;
    rates.throttled429 = 0.10;
    rates.unavailable503 = 0.05;
    rates.connectionReset = 0.02;
    fixture.context().faults.setRates(rates);
    // One token expiry half-way: the runner refreshes and carries on.
    REQUIRE(fixture.addFaultRule(QJsonObject {{u"action"_s, u"expireToken"_s}, {u"after"_s, 40}}));

    run.start(targets);
    REQUIRE(run.waitFinished(300000));
    fixture.context().faults.setRates({});

    requireServerAgrees(fixture, run.runner, before);
    CHECK(run.graph.tokens.refreshCount() >= 1);
    CHECK(fixture.context().faults.counts().value(u"429"_s) > 0);
    CHECK(fixture.context().faults.counts().value(u"503"_s) > 0);
    CHECK(fixture.context().faults.counts().value(u"reset"_s) > 0);
    // Faults are retried away: what is left failed for reasons of its own (synced users, guests…).
    for (const BulkItemResult &result : run.runner.results()) {
        if (result.state != State::Succeeded) {
            INFO(result.userPrincipalName.toStdString()
                << " " << result.error.technicalSummary().toStdString());
            CHECK_FALSE(result.error.isTransient());
        }
    }
    // No user's password was ever set to two different values.
    for (const BulkItemResult &result : run.runner.results()) {
        const SandboxUser *user = fixture.tenant().userByIdOrUpn(result.userId);
        const QStringList added = user->passwordHistory.mid(before.value(result.userId));
        for (const QString &password : added)
            CHECK(result.password.equals(password));
    }
}

TEST_CASE("BulkResetRunner: cancel stops sending and retry failed sends the same passwords", "[core][bulk]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 200;
    options.latencyMs = 30;
    SandboxFixture fixture(options);
    BulkRunRig::Run run(fixture);
    run.runner.setMaxBatchesInFlight(1);
    const auto before = BulkRunRig::passwordCounts(fixture);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture);

    run.start(targets);
    REQUIRE(waitUntil([&] { return run.runner.progress().done() >= 20; }, 30000));
    run.runner.cancel();
    REQUIRE(run.waitFinished());
    CHECK(countIn(run.runner, State::Cancelled) > 0);
    requireServerAgrees(fixture, run.runner, before);
    QHash<QString, QString> planned;
    for (const BulkItemResult &result : run.runner.results())
        planned.insert(result.userId, result.password.reveal());
    // Cancelled users are failed in the journal, not unfinished: nothing to resume by surprise.
    CHECK(run.journal->unfinished().isEmpty());

    REQUIRE(run.runner.retryFailed());
    REQUIRE(run.waitFinished());
    CHECK(countIn(run.runner, State::Cancelled) == 0);
    requireServerAgrees(fixture, run.runner, before);
    for (const BulkItemResult &result : run.runner.results())
        CHECK(result.password.equals(planned.value(result.userId)));
}

TEST_CASE("BulkResetRunner: pause holds new batches until resume", "[core][bulk]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 120;
    options.latencyMs = 30;
    SandboxFixture fixture(options);
    BulkRunRig::Run run(fixture);
    run.runner.setMaxBatchesInFlight(1);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture);
    QSignalSpy paused(&run.runner, &BulkResetRunner::pausedChanged);

    run.start(targets);
    REQUIRE(waitUntil([&] { return run.runner.progress().done() >= 20; }, 30000));
    run.runner.pause();
    CHECK(run.runner.isPaused());
    // The batch in flight may still land; after that nothing moves.
    QTest::qWait(300);
    const int donePaused = run.runner.progress().done();
    QTest::qWait(300);
    CHECK(run.runner.progress().done() == donePaused);
    CHECK(donePaused < targets.size());

    run.runner.resume();
    REQUIRE(run.waitFinished());
    CHECK(run.runner.progress().done() == targets.size());
    CHECK(paused.size() >= 2);
}

TEST_CASE("BulkResetRunner: paces writes to the quota instead of running into 429s", "[core][bulk]")
{
    // The runner's pacing and the sandbox's quota on one clock: the windows pass without waiting.
    ManualClock clock;
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 400;
    options.throttling = true;
    options.timeScale = 0.005; // 3,000 writes per 0.75 s
    options.clock = &clock;
    SandboxFixture fixture(options);
    BulkRunRig::Run run(fixture, &clock);
    WritePacer::Limits limits;
    limits.capacity = 100; // a tenth of the users per window, so the run needs several windows
    limits.windowMs = 200;
    limits.marginMs = 20;
    run.runner.setPacing(limits);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture);
    fixture.context().log.clear();

    const qint64 started = clock.monotonicMs();
    run.start(targets);
    REQUIRE(run.waitFinished(120000, &clock));
    // Paced, not throttled: the windows were waited out.
    CHECK(clock.monotonicMs() - started >= (targets.size() / limits.capacity - 1) * limits.windowMs);
    CHECK(fixture.context().log.counter(u"throttled"_s) == 0);
    CHECK(run.runner.progress().done() == targets.size());
}

TEST_CASE(
    "BulkResetRunner: the journal file holds no password or user name and needs its key", "[core][bulk]")
{
    SandboxFixture fixture;
    BulkRunRig::Run run(fixture);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture, 25);
    run.start(targets);
    REQUIRE(run.waitFinished());

    QFile file(run.journal->path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    for (const BulkItemResult &result : run.runner.results()) {
        CHECK_FALSE(bytes.contains(result.password.reveal().toUtf8()));
        CHECK_FALSE(bytes.contains(result.userPrincipalName.toUtf8()));
        CHECK_FALSE(bytes.contains(result.userPrincipalName.section(u'@', 0, 0).toUtf8()));
        CHECK_FALSE(bytes.contains(result.userId.toUtf8()));
    }
    QString error;
    CHECK_FALSE(ResetJournal::open(run.journal->path(), ResetJournal::generateKey(), &error));
    CHECK_FALSE(error.isEmpty());
    auto reopened = ResetJournal::open(run.journal->path(), BulkRunRig::Run::key(), &error);
    REQUIRE(reopened);
    CHECK(reopened->entries().size() == 25);
}

TEST_CASE(
    "BulkResetRunner: resume sends the unfinished users again with their planned passwords", "[core][bulk]")
{
    SandboxFixture fixture;
    BulkRunRig::Run first(fixture);
    const auto before = BulkRunRig::passwordCounts(fixture);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture, 30);

    // A run that died after planning: some sent, nothing answered.
    BulkResetSettings settings;
    settings.signOutEverywhere = true;
    const QList<BulkResetItem> items = BulkResetItem::fromTargets(targets, {}, u"Contoso"_s);
    QList<ResetJournal::PlannedReset> planned;
    for (const BulkResetItem &item : items)
        planned.append({item.userId, item.userPrincipalName, item.password, item.displayName});
    REQUIRE(first.journal->setRunSettings(settings.toJson()));
    REQUIRE(first.journal->plan(planned));
    REQUIRE(first.journal->markSent({items.at(0).userId, items.at(1).userId}));
    REQUIRE(first.journal->markConfirmed(items.at(2).userId)); // answered just before the crash
    const QString path = first.journal->path();
    first.journal.reset();

    QString error;
    auto journal = ResetJournal::open(path, BulkRunRig::Run::key(), &error);
    REQUIRE(journal);
    BulkResetRunner runner(&first.graph.client);
    REQUIRE(runner.resume(journal.get(), &error));
    CHECK(runner.settings().signOutEverywhere);
    bool done = false;
    QObject::connect(&runner, &BulkResetRunner::finished, [&] { done = true; });
    REQUIRE(waitUntil([&] { return done; }, 60000));

    REQUIRE(runner.results().size() == 30);
    for (int i = 0; i < items.size(); ++i) {
        const BulkItemResult &result = runner.results().at(i);
        CHECK(result.password.equals(items.at(i).password.reveal()));
        if (result.state == State::Succeeded)
            CHECK(result.signedOut);
    }
    // The user confirmed before the crash was not sent again.
    const SandboxUser *confirmed = fixture.tenant().userByIdOrUpn(items.at(2).userId);
    CHECK(confirmed->passwordHistory.size() == before.value(items.at(2).userId));
    CHECK(journal->unfinished().isEmpty());
}

TEST_CASE("BulkResetRunner: a concurrent update of the same user is retried until it goes through", "[core][bulk]")
{
    SandboxFixture fixture;
    BulkRunRig::Run run(fixture);
    const auto before = BulkRunRig::passwordCounts(fixture);
    const QList<BulkTarget> targets = BulkRunRig::everyoneButAdmin(fixture, 10);
    const QString contended = targets.at(3).user.id();
    REQUIRE(fixture.addFaultRule(QJsonObject{{u"method"_s, u"PATCH"_s}, {u"user"_s, contended}, {u"count"_s, 2},
        {u"status"_s, 409}, {u"code"_s, u"Directory_ConcurrencyViolation"_s},
        {u"message"_s, u"Another operation on this object is in progress."_s}}));

    run.start(targets);
    REQUIRE(run.waitFinished());
    const BulkItemResult &result = run.runner.results().at(3);
    CHECK(result.userId == contended);
    CHECK(result.state == State::Succeeded);
    CHECK(result.attempts == 3);
    requireServerAgrees(fixture, run.runner, before);
}
