// SPDX-License-Identifier: MIT
// A bulk run against the sandbox over real HTTP: a signed-in GraphClient, a journal in a temporary
// folder, the runner, and the server-side truth to compare the results with.
#pragma once

#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"
#include "SandboxGraphClient.h"
#include "SandboxTargets.h"

#include "bulk/BulkResetRunner.h"
#include "bulk/ResetJournal.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace BulkRunRig {

/** Every non-deleted user except the signed-in admin, as the list would hold them. */
inline QList<BulkTarget> everyoneButAdmin(SandboxFixture &fixture, int limit = -1)
{
    QList<BulkTarget> targets;
    const QString admin = fixture.adminId();
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (user.deleted || user.id == admin)
            continue;
        targets.append(bulkTargetFor(user));
        if (limit > 0 && targets.size() == limit)
            break;
    }
    return targets;
}

/** How many passwords each user has had, to tell afterwards whom the server changed. */
inline QHash<QString, qsizetype> passwordCounts(SandboxFixture &fixture)
{
    QHash<QString, qsizetype> counts;
    for (const SandboxUser &user : fixture.tenant().users())
        counts.insert(user.id, user.passwordHistory.size());
    return counts;
}

struct Run
{
    SandboxGraphClient graph;
    QTemporaryDir folder;
    std::unique_ptr<ResetJournal> journal;
    BulkResetRunner runner;

    /** Given a clock, the client and the runner wait on it. */
    explicit Run(SandboxFixture &fixture, ManualClock *clock = nullptr)
        : graph(fixture, {}, clock)
        , runner(&graph.client)
    {
        REQUIRE(folder.isValid());
        QString error;
        journal = ResetJournal::create(folder.path(), key(), &error);
        REQUIRE(journal);
    }

    /** One fixed key per test run, as the keychain would hand it back. */
    static const QByteArray &key()
    {
        static const QByteArray fixed = ResetJournal::generateKey();
        return fixed;
    }

    void start(const QList<BulkTarget> &targets, const BulkResetSettings &settings = {})
    {
        BulkPasswordChoice choice;
        QString error;
        REQUIRE(runner.start(journal.get(), BulkResetItem::fromTargets(targets, choice, QStringLiteral("Contoso")), settings, &error));
    }

    /** Waits until the runner says finished (or @p timeoutMs passes); with @p clock, its waits pass on it. */
    bool waitFinished(int timeoutMs = 120000, ManualClock *clock = nullptr)
    {
        bool done = false;
        const auto connection = QObject::connect(&runner, &BulkResetRunner::finished, [&] { done = true; });
        const auto finished = [&] { return done; };
        const bool ok = clock ? waitUntil(finished, *clock, timeoutMs) : waitUntil(finished, timeoutMs);
        QObject::disconnect(connection);
        return ok;
    }
};

} // namespace BulkRunRig
