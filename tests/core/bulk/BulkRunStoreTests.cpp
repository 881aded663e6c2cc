// SPDX-License-Identifier: MIT
// BulkRunStore with the real keychain (the suite runs inside a private gnome-keyring): a run's
// journal and key are created together, found again at the next start, and purged together.
#include "CatchQt.h"
#include "WaitUntil.h"

#include "auth/KeychainTokenStore.h"
#include "bulk/BulkRunStore.h"
#include "bulk/JournalKeyring.h"
#include "bulk/ResetJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct StoreRig
{
    QTemporaryDir folder;
    KeychainTokenStore keychain {u"io.github.resetdesk.ResetDesk.tests"_s, nullptr};
    BulkRunStore store {&keychain, folder.path()};

    std::shared_ptr<ResetJournal> create()
    {
        std::shared_ptr<ResetJournal> created;
        bool failed = false;
        auto ok = QObject::connect(&store, &BulkRunStore::runCreated,
            [&](const std::shared_ptr<ResetJournal> &journal) { created = journal; });
        auto bad = QObject::connect(&store, &BulkRunStore::createFailed, [&] { failed = true; });
        store.createRun();
        REQUIRE(waitUntil([&] { return created || failed; }, 10000));
        QObject::disconnect(ok);
        QObject::disconnect(bad);
        REQUIRE(created);
        return created;
    }

    QList<BulkRunStore::StoredRun> find()
    {
        QList<BulkRunStore::StoredRun> runs;
        bool answered = false;
        auto connection = QObject::connect(
            &store, &BulkRunStore::storedRunsFound, [&](const QList<BulkRunStore::StoredRun> &found) {
                runs = found;
                answered = true;
            });
        store.findStoredRuns();
        REQUIRE(waitUntil([&] { return answered; }, 10000));
        QObject::disconnect(connection);
        return runs;
    }

    /** Waits for @p count purged() answers after @p action, all of them ok. */
    void purge(const std::function<void()> &action, int count)
    {
        int answers = 0;
        bool allOk = true;
        auto connection = QObject::connect(&store, &BulkRunStore::purged, [&](const QString &, bool ok) {
            ++answers;
            allOk = allOk && ok;
        });
        action();
        REQUIRE(waitUntil([&] { return answers == count; }, 10000));
        QObject::disconnect(connection);
        CHECK(allOk);
    }
};

void planOne(ResetJournal &journal, const QString &userId)
{
    REQUIRE(journal.plan({{userId, userId + u"@contoso.se"_s, SecretString(u"Tempo-Losen-42"_s), {}}}));
}

} // namespace

TEST_CASE("BulkRunStore: a run interrupted before hand-over is found again with its passwords",
    "[core][bulk][keychain]")
{
    StoreRig rig;
    REQUIRE(rig.folder.isValid());
    {
        const auto journal = rig.create();
        planOne(*journal, u"u1"_s);
        REQUIRE(journal->markSent({u"u1"_s}));
    } // the process "dies" here: nothing but the file and the key are left

    const auto runs = rig.find();
    REQUIRE(runs.size() == 1);
    REQUIRE(runs.first().journal);
    CHECK(runs.first().error.isEmpty());
    const auto unfinished = runs.first().journal->unfinished();
    REQUIRE(unfinished.size() == 1);
    CHECK(unfinished.first().password.equals(u"Tempo-Losen-42"_s));

    // Handed over: the journal and its key go.
    const QString runId = runs.first().runId;
    rig.purge([&] { rig.store.purge(runId); }, 1);
    CHECK_FALSE(QFile::exists(runs.first().path));
    CHECK(rig.find().isEmpty());
}

TEST_CASE("BulkRunStore: a journal whose key is gone is reported and an empty run is dropped",
    "[core][bulk][keychain]")
{
    StoreRig rig;
    const auto keyless = rig.create();
    planOne(*keyless, u"u2"_s);
    {
        // Its key disappears from the keychain (another machine, a wiped keyring).
        bool removed = false;
        auto connection
            = QObject::connect(&rig.keychain, &TokenStore::removeFinished, [&] { removed = true; });
        rig.keychain.remove(JournalKeyring::keyName(keyless->runId()));
        waitUntil([&] { return removed; }, 10000);
        QObject::disconnect(connection);
    }
    const auto empty = rig.create(); // created, then the app closed before planning anyone
    const QString emptyPath = empty->path();

    const auto runs = rig.find();
    // A run without its key is reported (so the admin can delete it), never silently dropped.
    bool keylessReported = false;
    for (const auto &run : runs) {
        if (run.runId == keyless->runId())
            keylessReported = !run.error.isEmpty() && !run.journal;
        CHECK(run.runId != empty->runId());
    }
    CHECK(keylessReported);
    waitUntil([&] { return !QFile::exists(emptyPath); }, 10000);
    CHECK_FALSE(QFile::exists(emptyPath));
}

TEST_CASE("BulkRunStore: journals past the retention period and purge all remove files and keys",
    "[core][bulk][keychain]")
{
    StoreRig rig;
    const auto first = rig.create();
    planOne(*first, u"u3"_s);
    const auto second = rig.create();
    planOne(*second, u"u4"_s);
    CHECK(rig.store.storedRunCount() == 2);

    rig.purge([&] { rig.store.purgeExpired(QDateTime::currentDateTimeUtc().addDays(6)); }, 0);
    CHECK(rig.store.storedRunCount() == 2);
    rig.purge(
        [&] {
            rig.store.purgeExpired(QDateTime::currentDateTimeUtc().addDays(ResetJournal::retentionDays + 1));
        },
        2);
    CHECK(rig.store.storedRunCount() == 0);

    const auto third = rig.create();
    planOne(*third, u"u5"_s);
    rig.purge([&] { rig.store.purgeAll(); }, 1);
    CHECK(rig.store.storedRunCount() == 0);
    CHECK(rig.find().isEmpty());
}
