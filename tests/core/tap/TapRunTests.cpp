// SPDX-License-Identifier: MIT
// TapRun without any widget: consent, journal, passes, audit, hand-over and the journal's end,
// against the demo tenant over real HTTP.
#include "CatchQt.h"
#include "DemoSession.h"
#include "SandboxTargets.h"
#include "WaitUntil.h"

#include "auth/AuthScopes.h"
#include "auth/ScopeConsent.h"
#include "bulk/ResetJournal.h"
#include "tap/TapExistingPasses.h"
#include "tap/TapIssueRunner.h"
#include "tap/TapRun.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TapRunRig
{
    DemoSession demo{nullptr, nullptr, 80};
    QTemporaryDir folder;
    AuditLog audit;
    BulkRunStore *store = nullptr;

    TapRunRig()
    {
        REQUIRE(folder.isValid());
        audit = AuditLog(folder.filePath(u"audit.jsonl"_s));
        demo.signInAs();
        REQUIRE(demo.waitUntilReady());
        store = new BulkRunStore(demo.session.auth()->tokenStore(), folder.filePath(u"tap-journals"_s), &demo.session);
    }

    TapRun *newRun()
    {
        return new TapRun(demo.session.graph(), demo.session.auth(), store, audit, demo.session.admin(), &demo.session);
    }

    QList<DirectoryUser> members(int count)
    {
        QList<DirectoryUser> users;
        for (const SandboxUser &user : demo.context().tenant.users()) {
            if (users.size() == count)
                break;
            if (!user.deleted && user.userType == u"Member"_s && user.roleTemplateIds.isEmpty()
                && demo.context().tenant.groupsOf(user.id).isEmpty() && user.id != demo.session.admin().id) {
                DirectoryUser known = bulkTargetFor(user).user;
                known.setPreferredLanguage(user.preferredLanguage);
                users.append(known);
            }
        }
        REQUIRE(users.size() == count);
        return users;
    }

    QList<AuditEntry> auditEntries(const QString &action) const
    {
        QList<AuditEntry> found;
        for (const AuditEntry &entry : audit.entries()) {
            if (entry.action == action)
                found.append(entry);
        }
        return found;
    }

    int journalFiles() const { return int(ResetJournal::list(folder.filePath(u"tap-journals"_s)).size()); }
};

} // namespace

TEST_CASE("TapRun: issues, audits without the pass, and deletes the journal once every pass was handed over",
          "[core][tap][sandbox]")
{
    TapRunRig rig;
    const QList<DirectoryUser> users = rig.members(5);
    TapRun *run = rig.newRun();
    QSignalSpy finished(run, &TapRun::finished);
    QSignalSpy purged(run, &TapRun::journalPurged);
    TapSettings settings;
    settings.lifetimeInMinutes = 120;
    run->start(users, settings);
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    CHECK(rig.journalFiles() == 1);

    const QList<AuditEntry> lines = rig.auditEntries(u"tapIssued"_s);
    REQUIRE(lines.size() == 5);
    for (const AuditEntry &line : lines) {
        CHECK(line.outcome == u"succeeded"_s);
        CHECK(line.options.value(u"lifetimeInMinutes"_s) == 120);
        CHECK(line.options.value(u"run"_s) == run->runId());
    }
    QFile log(rig.audit.path());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    const QList<HandoverItem> items = run->handoverItems();
    REQUIRE(items.size() == 5);
    for (const HandoverItem &item : items) {
        REQUIRE(item.temporaryAccessPass);
        CHECK(item.temporaryAccessPass->lifetimeInMinutes == 120);
        CHECK(item.password.reveal() == rig.demo.context().authMethods.tapOf(item.userId)->value);
        CHECK_FALSE(logText.contains(item.password.reveal().toUtf8()));
    }

    // Seeing passes on screen does not count; slips for three, then the CSV for the rest.
    run->recordHandover(HandoverLedger::Channel::Shown, {items.at(0).userId});
    run->recordHandover(HandoverLedger::Channel::Slips, {items.at(0).userId, items.at(1).userId, items.at(2).userId});
    CHECK(run->ledger().pending() == QStringList{items.at(3).userId, items.at(4).userId});
    QTest::qWait(50);
    CHECK(purged.isEmpty());
    run->recordHandover(HandoverLedger::Channel::Csv, {items.at(3).userId, items.at(4).userId});
    REQUIRE(waitUntil([&] { return purged.count() == 1; }, 5000));
    CHECK(purged.at(0).at(0).toBool());
    CHECK(rig.journalFiles() == 0);
    CHECK(rig.auditEntries(u"journalPurged"_s).size() == 1);
}

TEST_CASE("TapRun: a run that issued nothing leaves no journal behind", "[core][tap][sandbox]")
{
    TapRunRig rig;
    rig.demo.context().authMethods.tapPolicy.enabled = false;
    TapRun *run = rig.newRun();
    QSignalSpy finished(run, &TapRun::finished);
    QSignalSpy purged(run, &TapRun::journalPurged);
    run->start(rig.members(2), {});
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    CHECK(run->runner()->count(TapIssueResult::State::Failed) == 2);
    CHECK(rig.auditEntries(u"tapIssued"_s).size() == 2);
    run->close();
    REQUIRE(waitUntil([&] { return purged.count() == 1; }, 5000));
    CHECK(rig.journalFiles() == 0);
}

TEST_CASE("TapRun: a pass that replaces an earlier one records which, by id and creation time, never the pass",
          "[core][tap][sandbox]")
{
    TapRunRig rig;
    const QList<DirectoryUser> users = rig.members(3);
    AuthMethodStore &server = rig.demo.context().authMethods;
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-3600).toOffsetFromUtc(0);
    server.setTap(users.at(0).id(), {u"b1d2c3e4-0000-4000-8000-000000000001"_s, u"EarlierPass1"_s, created, created,
                                     480, false});

    // The pre-flight finds it, as the TAP window does once the permission to read passes is granted.
    bool granted = false;
    ScopeConsent::ensure(
        rig.demo.session.auth(), AuthScopes::temporaryAccessPass(), &rig.demo.session, [&] { granted = true; },
        [](const AuthError &) {});
    REQUIRE(waitUntil([&] { return granted; }, 10000));
    TapExistingPasses existing(rig.demo.session.graph());
    QSignalSpy read(&existing, &TapExistingPasses::finished);
    existing.read({users.at(0).id(), users.at(1).id(), users.at(2).id()});
    REQUIRE(waitUntil([&] { return read.count() == 1; }, 10000));
    const QHash<QString, TapExistingPasses::Pass> passes = existing.passes();
    REQUIRE(passes.size() == 1);
    CHECK(passes.value(users.at(0).id()).id == u"b1d2c3e4-0000-4000-8000-000000000001"_s);

    TapRun *run = rig.newRun();
    QSignalSpy finished(run, &TapRun::finished);
    run->start(users, {}, passes);
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 30000));
    REQUIRE(run->runner()->count(TapIssueResult::State::Issued) == 3);

    const QList<AuditEntry> replaced = rig.auditEntries(u"tapReplaced"_s);
    REQUIRE(replaced.size() == 1);
    CHECK(replaced.at(0).targetId == users.at(0).id());
    CHECK(replaced.at(0).outcome == u"succeeded"_s);
    CHECK(replaced.at(0).options.value(u"replacedPassId"_s) == u"b1d2c3e4-0000-4000-8000-000000000001"_s);
    CHECK(QDateTime::fromString(replaced.at(0).options.value(u"replacedCreatedDateTime"_s).toString(),
                                Qt::ISODateWithMs)
              .toSecsSinceEpoch()
          == created.toSecsSinceEpoch());
    CHECK(replaced.at(0).options.value(u"run"_s) == run->runId());
    QFile log(rig.audit.path());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    CHECK_FALSE(logText.contains("EarlierPass1"));
    for (const HandoverItem &item : run->handoverItems())
        CHECK_FALSE(logText.contains(item.password.reveal().toUtf8()));
}

TEST_CASE("TapRun: a resumed run still records the passes its users had before", "[core][tap][sandbox]")
{
    TapRunRig rig;
    const QList<DirectoryUser> users = rig.members(2);
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-600).toOffsetFromUtc(0);
    QHash<QString, TapExistingPasses::Pass> passes;
    passes.insert(users.at(1).id(), {u"c0ffee00-0000-4000-8000-000000000002"_s, created});
    rig.demo.context().authMethods.setTap(users.at(1).id(),
                                          {passes.value(users.at(1).id()).id, u"EarlierPass2"_s, created, created,
                                           60, false});
    // Every answer is lost: the users stay "sent" in the journal, as after a crash mid-run.
    SandboxFaultRule lost;
    lost.action = SandboxFaultRule::Action::ResetConnectionAfterHandling;
    lost.method = "POST";
    lost.path = QRegularExpression(u"^/\\$batch$"_s);
    lost.remaining = -1;
    rig.demo.context().faults.addRule(lost);
    TapRun *first = rig.newRun();
    QSignalSpy firstFinished(first, &TapRun::finished);
    first->start(users, {}, passes);
    REQUIRE(waitUntil([&] { return firstFinished.count() == 1; }, 60000));
    CHECK(rig.auditEntries(u"tapReplaced"_s).isEmpty());
    const QString runId = first->runId();
    delete first;
    rig.demo.context().faults.clearRules();

    QSignalSpy found(rig.store, &BulkRunStore::storedRunsFound);
    rig.store->findStoredRuns();
    REQUIRE(waitUntil([&] { return found.count() == 1; }, 10000));
    BulkRunStore::StoredRun stored;
    for (const BulkRunStore::StoredRun &candidate : found.at(0).at(0).value<QList<BulkRunStore::StoredRun>>()) {
        if (candidate.runId == runId)
            stored = candidate;
    }
    REQUIRE(stored.journal);
    TapRun *second = rig.newRun();
    QSignalSpy secondFinished(second, &TapRun::finished);
    second->resume(stored);
    REQUIRE(waitUntil([&] { return secondFinished.count() == 1; }, 30000));
    REQUIRE(second->runner()->count(TapIssueResult::State::Issued) == 2);
    const QList<AuditEntry> replaced = rig.auditEntries(u"tapReplaced"_s);
    REQUIRE(replaced.size() == 1);
    CHECK(replaced.at(0).targetId == users.at(1).id());
    CHECK(replaced.at(0).options.value(u"replacedPassId"_s) == u"c0ffee00-0000-4000-8000-000000000002"_s);
}
