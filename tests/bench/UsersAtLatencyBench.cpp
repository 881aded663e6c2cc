// SPDX-License-Identifier: MIT
#include "UsersAtLatencyBench.h"

#include "BenchReport.h"
#include "BenchSandbox.h"
#include "StallMeter.h"
#include "ui/users/UsersPage.h"

#include "auth/MemoryTokenStore.h"
#include "directory/DirectoryCache.h"
#include "directory/DirectoryUser.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "graph/GraphClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/UserDelta.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>

#include <malloc.h>

using namespace Qt::Literals::StringLiterals;

namespace UsersAtLatencyBench {

double chainLoadMs(GraphClient *client, GraphRequest request, qsizetype *users)
{
    UserListModel model;
    request.keepRawJson = true; // decoded as the loader decodes its pages
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    GraphPageReader *reader = client->readPages(request);
    QObject::connect(reader, &GraphPageReader::rawPageReceived, &model,
        [&model](const JsonText &items) { model.appendUsers(DirectoryUser::listFromJson(items)); });
    QObject::connect(reader, &GraphPageReader::finished, &model, [&done] { done = true; });
    BenchWait::until([&done] { return done; }, 900000);
    *users = model.rowCount();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace UsersAtLatencyBench

namespace {

/** The list as one nextLink chain: the request a first load made before it read in parts. */
double sequentialChainMs(GraphClient *client, qsizetype *users)
{
    GraphQuery query;
    query.addQueryItem(u"$select"_s, DirectoryUser::selectProperties());
    query.addQueryItem(u"$top"_s, QString::number(UserDirectoryLoader::DefaultPageSize));
    return UsersAtLatencyBench::chainLoadMs(client, GraphRequest::get(u"/users"_s, query), users);
}

/** Users changed between the two sign-ins: "a few dozen overnight". */
constexpr int OvernightChanges = 50;

/** One sign-in's list: the real UsersPage over a directory that keeps its copy in @p folder. */
struct SignedInList
{
    UserDirectory directory;
    DirectoryCache cache;
    UsersPage page;
    bool finished = false;
    bool saved = false;
    GraphError error;

    SignedInList(GraphClient *client, TokenStore *keys, const QString &folder, const QString &adminId)
        : directory(client)
        , cache(keys, folder, u"bench"_s)
    {
        directory.setCache(&cache);
        directory.loader()->setLoadRegistration(false); // as in the loads above
        page.resize(1200, 800);
        page.setDirectory(&directory);
        page.setSelfId(adminId);
        page.show();
        QObject::connect(directory.loader(), &UserDirectoryLoader::finished, &page, [this](const GraphError &e) {
            finished = true;
            error = e;
        });
        QObject::connect(&cache, &DirectoryCache::saved, &page, [this](bool ok) { saved = ok; });
        QCoreApplication::processEvents();
    }

    int shownRows() const { return page.findChild<QTableView *>(u"tableUsers"_s)->model()->rowCount(); }
};

/**
 * Sign-in to a usable list, with the sandbox answering each request after @p latencyMs: first
 * with nothing saved (the full load), then, after a night's changes, from the saved copy. The
 * cached start counts from UserDirectory::start() (what the console calls once signed in) until
 * every saved user is in the page's table; the delta round goes on after that.
 */
} // namespace

namespace UsersAtLatencyBench {

Figures measure(BenchSandbox &server, GraphClient *client, int latencyMs)
{
    Figures figures;
    server.inspect([latencyMs](Sandbox &sandbox) { sandbox.context().options.latencyMs = latencyMs; });
    const qsizetype live = server.liveUsers();
    qsizetype chainUsers = 0;
    figures.sequentialChainMs = sequentialChainMs(client, &chainUsers);
    if (chainUsers != live) {
        BenchReport::note(u"the sequential chain saw %1 users, expected %2"_s.arg(chainUsers).arg(live));
        return figures;
    }
    // The keychain is a D-Bus round trip of a few milliseconds; an in-memory store answers as
    // asynchronously, so the figures are the list's own.
    MemoryTokenStore keys;
    QTemporaryDir folder;
    {
        SignedInList first(client, &keys, folder.path(), server.adminId());
        QElapsedTimer wall;
        wall.start();
        first.directory.start(server.adminId());
        BenchWait::until([&] { return first.finished; }, 900000);
        figures.fullLoadMs = wall.nsecsElapsed() / 1e6;
        BenchWait::until([&] { return first.saved; }, 120000);
        if (first.error.isError() || first.shownRows() != live || !first.saved) {
            BenchReport::note(u"the full load at latency did not complete and save: %1 rows"_s.arg(first.shownRows()));
            return figures;
        }
        figures.fileBytes = double(QFileInfo(first.cache.path()).size());
    }
    server.inspect([](Sandbox &sandbox) {
        SandboxTenant &tenant = sandbox.context().tenant;
        int changed = 0;
        for (qsizetype i = 0; i < qsizetype(tenant.users().size()) && changed < OvernightChanges; i += 997) {
            SandboxUser *user = tenant.userById(tenant.userAt(i)->id);
            if (user->deleted)
                continue;
            user->displayName += u" (renamed)"_s;
            UserDelta::markChanged(tenant, *user, {u"displayName"_s});
            ++changed;
        }
    });
    malloc_trim(0);
    SignedInList next(client, &keys, folder.path(), server.adminId());
    StallMeter stalls;
    QElapsedTimer wall;
    wall.start();
    stalls.start();
    next.directory.start(server.adminId());
    BenchWait::until([&] { return next.directory.savedCopyTime().isValid() && next.shownRows() == live; }, 60000);
    QCoreApplication::processEvents(); // the table's repaint with the rows
    figures.usableMs = wall.nsecsElapsed() / 1e6;
    figures.maxStallMs = stalls.stop();
    stalls.start();
    BenchWait::until([&] { return next.finished; }, 600000);
    figures.upToDateMs = wall.nsecsElapsed() / 1e6;
    figures.updateMaxStallMs = stalls.stop();
    if (next.error.isError() || next.shownRows() != live || next.directory.savedCopyTime().isValid()) {
        BenchReport::note(u"the cached start did not complete: %1 rows"_s.arg(next.shownRows()));
        return figures;
    }
    BenchWait::until([&] { return next.saved; }, 120000);
    server.inspect([](Sandbox &sandbox) { sandbox.context().options.latencyMs = 0; });
    figures.ok = true;
    return figures;
}

} // namespace UsersAtLatencyBench
