// SPDX-License-Identifier: MIT
// BulkRun without any widget, as a command line would drive it: consent, journal, passwords,
// sending, audit and the journal's end, against the demo tenant over real HTTP.
#include "CatchQt.h"
#include "WaitUntil.h"
#include "PasswordWriteFaults.h"
#include "DemoSession.h"
#include "SandboxTargets.h"

#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"
#include "bulk/BulkRun.h"
#include "bulk/ResetJournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct RunRig
{
    DemoSession demo {nullptr, nullptr, 80};
    QTemporaryDir folder;
    AuditLog audit;
    BulkRunStore *store = nullptr;

    RunRig()
    {
        REQUIRE(folder.isValid());
        audit = AuditLog(folder.filePath(u"audit.jsonl"_s));
        demo.signInAs();
        REQUIRE(demo.waitUntilReady());
        store = new BulkRunStore(demo.session.auth()->tokenStore(), folder.filePath(u"journals"_s),
                                 &demo.session);
    }

    BulkRun *newRun()
    {
        return new BulkRun(demo.session.graph(), demo.session.auth(), store, audit, demo.session.admin(),
                           &demo.session);
    }

    /** Cloud members without roles: users any admin may reset. */
    QList<SandboxUser *> plainUsers(int count)
    {
        QList<SandboxUser *> users;
        for (const SandboxUser &user : demo.context().tenant.users()) {
            if (users.size() == count)
                break;
            if (!user.deleted && user.accountEnabled && user.userType == u"Member"_s && user.roleTemplateIds.isEmpty()
                && !user.onPremisesSyncEnabled.value_or(false) && user.id != demo.session.admin().id
                && user.userPrincipalName.endsWith(u'@' + demo.session.admin().domain()))
                users.append(demo.context().tenant.userByIdOrUpn(user.id));
        }
        REQUIRE(users.size() == count);
        return users;
    }

    static BulkRunRequest requestFor(const QList<SandboxUser *> &users)
    {
        BulkRunRequest request;
        for (const SandboxUser *user : users)
            request.targets.append(bulkTargetFor(*user));
        request.tenantName = u"Kvarnby"_s;
        return request;
    }

    static bool waitFinished(BulkRun *run)
    {
        return waitUntil(
            [run] { return run->runner() && run->runner()->phase() == BulkResetRunner::Phase::Finished; }, 30000);
    }

    int auditLines(const QString &action) const
    {
        int count = 0;
        for (const AuditEntry &entry : audit.entries())
            count += entry.action == action ? 1 : 0;
        return count;
    }
};

} // namespace

TEST_CASE("BulkRun: decides the passwords, journals them, and deletes the journal once handed over",
          "[bulk][operation]")
{
    RunRig rig;
    const QList<SandboxUser *> users = rig.plainUsers(5);
    BulkRun *run = rig.newRun();
    QSignalSpy started(run, &BulkRun::started);
    QSignalSpy purged(run, &BulkRun::journalPurged);
    run->start(RunRig::requestFor(users));
    REQUIRE(waitUntil([&] { return !started.isEmpty(); }, 20000));
    CHECK(run->state() == BulkRun::State::Running);
    REQUIRE(RunRig::waitFinished(run));
    const QString journalPath = run->journal()->path();
    CHECK(QFile::exists(journalPath));

    // Each user got a password of their own, generated in the core, and the server holds it.
    QSet<QString> distinct;
    QStringList ids;
    for (const BulkItemResult &result : run->runner()->results()) {
        REQUIRE(result.state == BulkItemResult::State::Succeeded);
        CHECK(result.password.equals(rig.demo.context().tenant.userByIdOrUpn(result.userId)->password));
        distinct.insert(result.password.reveal());
        ids.append(result.userId);
    }
    CHECK(distinct.size() == 5);
    CHECK(rig.auditLines(u"bulkReset"_s) == 5);

    // Part of the hand-over keeps the journal; all of it lets it go.
    run->recordHandover(HandoverLedger::Channel::Email, ids.mid(0, 4));
    QTest::qWait(200);
    CHECK(purged.isEmpty());
    CHECK(run->handover()->pending() == QStringList {ids.at(4)});
    run->recordHandover(HandoverLedger::Channel::Slips, {ids.at(4)});
    REQUIRE(waitUntil([&] { return !purged.isEmpty(); }, 10000));
    CHECK(purged.first().at(0).toBool());
    CHECK_FALSE(QFile::exists(journalPath));
    CHECK(rig.auditLines(u"journalPurged"_s) == 1);
}

TEST_CASE("BulkRun: a run refused for everyone stops, and its journal goes when closed", "[bulk][operation]")
{
    RunRig rig;
    const QList<SandboxUser *> users = rig.plainUsers(3);
    rig.demo.context().faults.addRule(PasswordWriteFaults::allRefused());
    BulkRun *run = rig.newRun();
    QSignalSpy purged(run, &BulkRun::journalPurged);
    run->start(RunRig::requestFor(users));
    REQUIRE(RunRig::waitFinished(run));
    // Every user of a small run refused before anyone was reset: the run says it stopped.
    CHECK(run->runner()->ending() == BulkResetRunner::Ending::Stopped);
    CHECK(run->runner()->stopError().kind == GraphError::Kind::InsufficientPrivileges);
    CHECK(run->handover()->ledger().heldCount() == 0);
    CHECK(rig.auditLines(u"runStopped"_s) == 1);

    run->close();
    REQUIRE(waitUntil([&] { return !purged.isEmpty(); }, 10000));
    bool nothingHeld = false;
    for (const AuditEntry &entry : rig.audit.entries())
        nothingHeld = nothingHeld
                      || (entry.action == u"journalPurged"_s
                          && entry.options.value(u"reason"_s).toString() == u"nothingHeld"_s);
    CHECK(nothingHeld);
}
