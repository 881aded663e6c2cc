// SPDX-License-Identifier: MIT
// Issuing Temporary Access Passes against the sandbox over real HTTP: every pass is journalled,
// lost answers are sent again, and a run cut off mid-way resumes with no pass lost and none
// issued twice with different values.
#include "CatchQt.h"
#include "KilledWorker.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"
#include "SandboxTargets.h"
#include "WaitUntil.h"

#include "bulk/ResetJournal.h"
#include "sandbox/TenantGenerator.h"
#include "tap/TapIssueRunner.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray &journalKey()
{
    static const QByteArray key = ResetJournal::generateKey();
    return key;
}

/** Members without roles, as the list would know them. */
QList<DirectoryUser> plainMembers(SandboxFixture &fixture, int count)
{
    QList<DirectoryUser> users;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (users.size() == count)
            break;
        if (!user.deleted && user.userType == u"Member"_s && user.roleTemplateIds.isEmpty()
            && fixture.tenant().groupsOf(user.id).isEmpty() && user.id != fixture.adminId())
            users.append(bulkTargetFor(user).user);
    }
    REQUIRE(users.size() == count);
    return users;
}

bool waitFinished(TapIssueRunner &runner, int timeoutMs = 60000)
{
    bool done = false;
    const auto connection = QObject::connect(&runner, &TapIssueRunner::finished, [&] { done = true; });
    const bool ok = waitUntil([&] { return done; }, timeoutMs);
    QObject::disconnect(connection);
    return ok;
}

/** The promise: every journalled pass is the one the service holds now, and each was issued once. */
void requireJournalMatchesServer(SandboxFixture &fixture, const ResetJournal &journal)
{
    for (const ResetJournal::Entry &entry : journal.entries()) {
        INFO(entry.userPrincipalName.toStdString());
        REQUIRE(entry.state == ResetJournal::State::Confirmed);
        const SandboxTemporaryAccessPass *pass = fixture.context().authMethods.tapOf(entry.userId);
        REQUIRE(pass);
        CHECK(entry.password.reveal() == pass->value);
        CHECK(entry.details.value(u"id"_s).toString() == pass->id);
        CHECK(fixture.context().authMethods.tapHistory(entry.userId).count(pass->value) == 1);
    }
}

} // namespace

TEST_CASE("TapIssueRunner: journals every pass the service issues, with its terms", "[core][tap][sandbox]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 80;
    SandboxFixture fixture(options);
    SandboxGraphClient graph(fixture);
    QTemporaryDir folder;
    QString error;
    std::unique_ptr<ResetJournal> journal = ResetJournal::create(folder.path(), journalKey(), &error);
    REQUIRE(journal);

    TapSettings settings;
    settings.start = QDateTime::currentDateTimeUtc().addDays(2);
    settings.start.setTime(QTime(8, 0));
    settings.lifetimeInMinutes = 240;
    settings.isUsableOnce = true;
    const QList<DirectoryUser> users = plainMembers(fixture, 45);
    TapIssueRunner runner(&graph.client);
    REQUIRE(runner.start(journal.get(), users, settings, &error));
    REQUIRE(waitFinished(runner));

    CHECK(runner.count(TapIssueResult::State::Issued) == 45);
    for (const TapIssueResult &result : runner.results()) {
        CHECK(result.value.size() == 8);
        CHECK(result.terms.start == settings.start);
        CHECK(result.terms.lifetimeInMinutes == 240);
        CHECK(result.terms.usableOnce);
        CHECK(result.terms.end() == settings.start.addSecs(240 * 60));
    }
    requireJournalMatchesServer(fixture, *journal);

    // The journal on disk says the same, with the run's settings.
    const std::unique_ptr<ResetJournal> reread = ResetJournal::open(journal->path(), journalKey(), &error);
    REQUIRE(reread);
    CHECK(TapIssueRunner::isTapJournal(*reread));
    CHECK(TapSettings::fromJson(reread->runSettings()) == settings);
    requireJournalMatchesServer(fixture, *reread);
}

TEST_CASE("TapIssueRunner: a lost answer is sent again and its unknown pass replaced", "[core][tap][sandbox]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    QTemporaryDir folder;
    QString error;
    std::unique_ptr<ResetJournal> journal = ResetJournal::create(folder.path(), journalKey(), &error);
    const QList<DirectoryUser> users = plainMembers(fixture, 6);
    // The service carries out the whole $batch, and its answer never arrives.
    SandboxFaultRule lost;
    lost.action = SandboxFaultRule::Action::ResetConnectionAfterHandling;
    lost.method = "POST";
    lost.path = QRegularExpression(u"^/\\$batch$"_s);
    fixture.context().faults.addRule(lost);

    TapIssueRunner runner(&graph.client);
    REQUIRE(runner.start(journal.get(), users, {}, &error));
    REQUIRE(waitFinished(runner));
    CHECK(runner.count(TapIssueResult::State::Issued) == 6);
    requireJournalMatchesServer(fixture, *journal);
    // The service issued two passes for each; only the second was ever known, and it is the one that works.
    for (const DirectoryUser &user : users)
        CHECK(fixture.context().authMethods.tapHistory(user.id()).size() == 2);
}

TEST_CASE("TapIssueRunner: refusals end as failed with Graph's reason, and Retry sends them again",
          "[core][tap][sandbox]")
{
    SandboxFixture fixture;
    SandboxGraphClient graph(fixture);
    QTemporaryDir folder;
    QString error;
    std::unique_ptr<ResetJournal> journal = ResetJournal::create(folder.path(), journalKey(), &error);
    const SandboxUser *guest = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::Guest));
    QList<DirectoryUser> users = plainMembers(fixture, 2);
    users.append(bulkTargetFor(*guest).user);
    fixture.context().authMethods.tapPolicy.maximumLifetimeInMinutes = 120;

    TapSettings settings;
    settings.lifetimeInMinutes = 240;
    TapIssueRunner runner(&graph.client);
    REQUIRE(runner.start(journal.get(), users, settings, &error));
    REQUIRE(waitFinished(runner));
    CHECK(runner.count(TapIssueResult::State::Failed) == 3);
    CHECK(runner.results().at(2).error.message == u"Temporary Access Pass cannot be added to an external guest user."_s);
    for (const ResetJournal::Entry &entry : journal->entries())
        CHECK(entry.state == ResetJournal::State::Failed);

    // The policy is widened, and Retry sends the same request again.
    fixture.context().authMethods.tapPolicy.maximumLifetimeInMinutes = 480;
    REQUIRE(runner.retryFailed());
    REQUIRE(waitFinished(runner));
    CHECK(runner.count(TapIssueResult::State::Issued) == 2);
    CHECK(runner.count(TapIssueResult::State::Failed) == 1);
    CHECK(fixture.context().authMethods.tapOf(guest->id) == nullptr);
}

TEST_CASE("TapIssueRunner: a run cut off mid-way resumes with no pass lost and none issued twice",
          "[core][tap][sandbox]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 260;
    options.latencyMs = 20;
    SandboxFixture fixture(options);
    QTemporaryDir folder;
    QString error;
    const QList<DirectoryUser> users = plainMembers(fixture, 200);
    QString journalPath;
    QHash<QString, QString> issuedBeforeCrash;
    {
        // The first session: killed once some passes are issued, with requests still in flight.
        auto graph = std::make_unique<SandboxGraphClient>(fixture);
        std::unique_ptr<ResetJournal> journal = ResetJournal::create(folder.path(), journalKey(), &error);
        journalPath = journal->path();
        auto runner = std::make_unique<TapIssueRunner>(&graph->client);
        REQUIRE(runner->start(journal.get(), users, {}, &error));
        REQUIRE(waitUntil([&] { return runner->count(TapIssueResult::State::Issued) >= 50; }, 60000));
        REQUIRE(runner->count(TapIssueResult::State::Issued) < 200);
        for (const TapIssueResult &result : runner->results()) {
            if (result.state == TapIssueResult::State::Issued)
                issuedBeforeCrash.insert(result.userId, result.value.reveal());
        }
        runner.reset();
        graph.reset();
    }
    // Requests that were in flight may still be carried out by the service.
    QTest::qWait(200);

    std::unique_ptr<ResetJournal> journal = ResetJournal::open(journalPath, journalKey(), &error);
    REQUIRE(journal);
    const qsizetype unfinished = journal->unfinished().size();
    CHECK(unfinished > 0);
    SandboxGraphClient graph(fixture);
    TapIssueRunner runner(&graph.client);
    REQUIRE(runner.resume(journal.get(), &error));
    REQUIRE(waitFinished(runner));
    CHECK(runner.count(TapIssueResult::State::Issued) == 200);
    requireJournalMatchesServer(fixture, *journal);
    // Passes journalled before the crash were not requested again.
    for (auto it = issuedBeforeCrash.cbegin(); it != issuedBeforeCrash.cend(); ++it) {
        CHECK(fixture.context().authMethods.tapHistory(it.key()) == QStringList{it.value()});
        CHECK(fixture.context().authMethods.tapOf(it.key())->value == it.value());
    }
}

TEST_CASE("TapIssueRunner: SIGKILLs during a 200-user run lose no pass and leave none but the journalled one",
          "[core][tap][sandbox][slow]")
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 260;
    options.latencyMs = 40; // long enough for the kills to land with requests in flight
    SandboxFixture fixture(options);
    QTemporaryDir folder;
    QString error;
    const QList<DirectoryUser> users = plainMembers(fixture, 200);

    // The plan is written first, as TapIssueRunner::start does; every worker run resumes it.
    std::unique_ptr<ResetJournal> plan = ResetJournal::create(folder.path(), journalKey(), &error);
    REQUIRE(plan);
    QList<ResetJournal::PlannedReset> planned;
    for (const DirectoryUser &user : users)
        planned.append({user.id(), user.userPrincipalName(), SecretString(), user.displayName()});
    REQUIRE(plan->setRunSettings(TapSettings().toJson()));
    REQUIRE(plan->plan(planned));
    const QString path = plan->path();
    plan.reset();
    const QString token = fixture.adminToken();

    // Five points of the whole run, in order; each worker run is killed at the next one.
    const QList<int> killPoints{15, 55, 90, 130, 170};
    int kills = 0;
    QHash<QString, QString> journalledBefore;
    for (int killAt : killPoints) {
        if (runKilledWorker(fixture, QStringLiteral(TAP_ISSUE_WORKER), path, journalKey(), token, killAt) == -1)
            ++kills;
        // What the journal holds after each crash must never change again.
        const std::unique_ptr<ResetJournal> reread = ResetJournal::open(path, journalKey(), &error);
        REQUIRE(reread);
        for (const ResetJournal::Entry &entry : reread->entries()) {
            if (entry.state != ResetJournal::State::Confirmed)
                continue;
            const auto known = journalledBefore.constFind(entry.userId);
            if (known == journalledBefore.cend())
                journalledBefore.insert(entry.userId, entry.password.reveal());
            else
                CHECK(*known == entry.password.reveal());
        }
    }
    CHECK(kills == int(killPoints.size()));
    REQUIRE(runKilledWorker(fixture, QStringLiteral(TAP_ISSUE_WORKER), path, journalKey(), token, 0) == 0);

    const std::unique_ptr<ResetJournal> journal = ResetJournal::open(path, journalKey(), &error);
    REQUIRE(journal);
    CHECK(journal->unfinished().isEmpty());
    REQUIRE(journal->entries().size() == 200);
    // Every user holds exactly the journalled pass, issued once; a pass the service issued while
    // its answer died with a worker was replaced by the journalled one, so none survives unknown.
    requireJournalMatchesServer(fixture, *journal);
    // A pass journalled before a crash was never requested again.
    for (auto it = journalledBefore.cbegin(); it != journalledBefore.cend(); ++it)
        CHECK(fixture.context().authMethods.tapHistory(it.key()).constLast() == it.value());
    int replacedUnknown = 0;
    for (const DirectoryUser &user : users)
        replacedUnknown += int(fixture.context().authMethods.tapHistory(user.id()).size()) - 1;
    INFO("passes issued while their answer was lost in a kill: " << replacedUnknown);
    // The kills did land with requests in flight: the hazard the journal guards against happened.
    CHECK(replacedUnknown > 0);
    CHECK(journalledBefore.size() >= 150);
}
