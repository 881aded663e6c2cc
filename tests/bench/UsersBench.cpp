// SPDX-License-Identifier: MIT
#include "UsersBench.h"

#include "BenchReport.h"
#include "BenchSandbox.h"
#include "FixedTokenSource.h"
#include "StallMeter.h"
#include "UsersAtLatencyBench.h"
#include "ui/users/UsersPage.h"

#include "auth/AccessTokenSource.h"
#include "directory/DirectoryUser.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"
#include "graph/GraphClient.h"
#include "graph/GraphPage.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSemaphore>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

/** CPU time of the calling thread: the GUI thread's own work, not the sandbox's. */
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/** A field of /proc/self/status in bytes, e.g. "VmRSS" or "VmHWM" (the peak since the last reset). */
double procStatusBytes(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() * 1024.0;
    }
    return 0;
}

/** Starts a new peak: VmHWM restarts from the current RSS (Linux clear_refs "5"). */
void resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

/** Heap bytes in use over every arena, mmap'd blocks included (glibc). */
double heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks) + double(info.hblkhd);
}

/** The floor: fetch the same pages one after another and parse them, nothing else. */
double floorLoadMs(
    const BenchSandbox &server, qsizetype *users, double *cpuMs, QList<QByteArray> *bodies = nullptr)
{
    QNetworkAccessManager network;
    const QByteArray authorization = "Bearer " + server.token().toLatin1();
    QUrlQuery query;
    query.addQueryItem(u"$select"_s, DirectoryUser::selectProperties());
    query.addQueryItem(u"$top"_s, u"999"_s);
    QUrl next(server.graphUrl().toString() + u"/users"_s);
    next.setQuery(query);
    *users = 0;
    const double cpuBefore = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    while (next.isValid() && !next.isEmpty()) {
        QNetworkRequest request(next);
        request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (bodies)
            bodies->append(body);
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const QJsonArray value = page.value(u"value"_s).toArray();
        for (const QJsonValue &user : value)
            *users += user.toObject().contains(u"id"_s) ? 1 : 0;
        next = QUrl(page.value(u"@odata.nextLink"_s).toString());
    }
    *cpuMs = threadCpuMs() - cpuBefore;
    return timer.nsecsElapsed() / 1e6;
}

/** The naive client: GET /users with Graph's default page size and every default property. */
double naiveLoadMs(GraphClient *client, qsizetype *users)
{
    // The same decoding as ResetDesk's: only the requests differ.
    return UsersAtLatencyBench::chainLoadMs(client, GraphRequest::get(u"/users"_s), users);
}

/**
 * The client's work without the network: the same pages, already downloaded, parsed into users
 * and appended to a model under a proxy sorted by name, as during a load. Returns CPU ms.
 */
double offlineParseAndModelCpuMs(const QList<QByteArray> &bodies, bool withModel)
{
    UserSelection selection;
    UserListModel model;
    model.setSelection(&selection);
    UserFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(UserListModel::DisplayName);
    const double before = threadCpuMs();
    const GraphHeaders json {{"Content-Type", "application/json"}};
    for (const QByteArray &body : bodies) {
        // As GraphPageReader reads a page: checked whole, then walked for the items.
        const GraphResponse response = GraphResponse::fromHttp(200, json, body, true);
        const GraphPage page = GraphPage::read(response, true);
        if (withModel)
            model.appendUsers(DirectoryUser::listFromJson(page.rawItems));
    }
    return threadCpuMs() - before;
}

struct LoadFigures
{
    double wallMs = 0;
    double cpuMs = 0;
    double maxStallMs = 0;
    double peakBytes = 0;
    double retainedBytes = 0;
    int rows = 0;
    bool ok = false;
};

/** ResetDesk: the real UsersPage, shown, loading through UserDirectoryLoader. */
LoadFigures resetDeskLoad(UsersPage *page)
{
    LoadFigures figures;
    UserDirectoryLoader *loader = page->loader();
    bool finished = false;
    QObject::connect(
        loader, &UserDirectoryLoader::finished, page,
        [&](const GraphError &error) {
            finished = true;
            figures.ok = !error.isError();
        },
        Qt::SingleShotConnection);

    StallMeter stalls;

    // Freed memory of earlier runs goes back first, so the peak is this load's own.
    malloc_trim(0);
    const double heapBefore = heapInUse();
    const double rssBefore = procStatusBytes("VmRSS");
    resetPeakRss();

    const double cpuBefore = threadCpuMs();
    QElapsedTimer wall;
    wall.start();
    stalls.start();
    page->load();
    BenchWait::until([&finished] { return finished; }, 600000);
    figures.wallMs = wall.nsecsElapsed() / 1e6;
    figures.cpuMs = threadCpuMs() - cpuBefore;
    figures.maxStallMs = stalls.stop();
    QCoreApplication::processEvents();
    const double heapAfter = heapInUse();
    // Process-wide: includes the sandbox thread's page buffers while it serves, so an upper bound.
    figures.peakBytes = procStatusBytes("VmHWM") - rssBefore;
    figures.retainedBytes = heapAfter - heapBefore;
    figures.rows = page->model()->rowCount();
    return figures;
}

/**
 * Types @p text one key at a time into the search field, then deletes it key by key; the time of
 * each keystroke until idle.
 */
QList<double> typeSearch(QLineEdit *search, const QString &text)
{
    QList<qsizetype> lengths;
    for (qsizetype length = 1; length <= text.size(); ++length)
        lengths.append(length);
    for (qsizetype length = text.size() - 1; length >= 0; --length)
        lengths.append(length);
    QList<double> times;
    for (const qsizetype length : std::as_const(lengths)) {
        QElapsedTimer timer;
        timer.start();
        search->setText(text.left(length));
        QCoreApplication::processEvents(); // the view's relayout and repaint
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

/** The median time of a full repaint of @p table's rows: what every keystroke and scroll pays. */
double tableRepaintMs(QTableView *table)
{
    QList<double> times;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        table->viewport()->repaint();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return BenchReport::median(times);
}

/** One tenant size's figures; every name gets @p suffix ("_300k") unless it is empty. */
int runSize(int users, int runs, bool naive, const QString &suffix, const QStringList &args)
{
    const auto figure = [&suffix](const QString &name, double value, const QString &unit) {
        BenchReport::figure(name + suffix, value, unit);
    };
    SandboxOptions options;
    options.userCount = users;
    options.seed = quint32(BenchReport::optionValue(args, u"--seed"_s, 1));
    options.latencyMs = 0;

    BenchSandbox server;
    if (!server.start(options, {u"User.Read.All"_s, u"RoleManagement.Read.Directory"_s, u"Directory.Read.All"_s,
                                   u"AuditLog.Read.All"_s})) {
        BenchReport::note(u"the sandbox did not start: "_s + server.error());
        return 1;
    }
    const qsizetype live = server.liveUsers();
    BenchReport::note(u"%1 live users, seed %2, %3 runs"_s.arg(live).arg(options.seed).arg(runs));

    QNetworkAccessManager network;
    FixedTokenSource tokens(server.token());
    GraphClient client(&network, &tokens);
    if (!client.setGraphRoot(server.graphUrl())) {
        BenchReport::note(u"GraphClient refused the sandbox URL"_s);
        return 1;
    }

    QList<double> floorTimes;
    QList<double> floorCpu;
    QList<double> loadTimes;
    QList<double> loadCpu;
    LoadFigures first;
    double maxStall = 0;
    // Declared before the page: the page goes first, as in the app, where the session outlives it.
    std::unique_ptr<UserDirectory> directory;
    std::unique_ptr<UsersPage> page;
    for (int run = 0; run < runs; ++run) {
        qsizetype floorUsers = 0;
        double cpuMs = 0;
        floorTimes.append(floorLoadMs(server, &floorUsers, &cpuMs));
        floorCpu.append(cpuMs);
        if (floorUsers != live) {
            BenchReport::note(u"the floor saw %1 users, expected %2"_s.arg(floorUsers).arg(live));
            return 1;
        }
        // A fresh list per run, as the session would have for a new sign-in.
        directory = std::make_unique<UserDirectory>(&client);
        page = std::make_unique<UsersPage>();
        page->resize(1200, 800);
        page->setDirectory(directory.get());
        page->setSelfId(server.adminId());
        // The self-service registration report is a separate, parallel call whose time is the
        // server's: the sandbox computes each report page slowly and on the same thread as the
        // user pages, so it would measure the emulator, not the client. Roles stay in.
        page->loader()->setLoadRegistration(false);
        page->show();
        QCoreApplication::processEvents();
        const LoadFigures load = resetDeskLoad(page.get());
        if (!load.ok || load.rows != live) {
            BenchReport::note(u"ResetDesk loaded %1 users, expected %2"_s.arg(load.rows).arg(live));
            return 1;
        }
        if (run == 0)
            first = load;
        loadTimes.append(load.wallMs);
        loadCpu.append(load.cpuMs);
        maxStall = std::max(maxStall, load.maxStallMs);
        if (run + 1 < runs) {
            // The next floor is measured without this run's 100,000 users in memory.
            page.reset();
            directory.reset();
        }
    }
    const double floorMs = BenchReport::median(floorTimes);
    const double loadMs = BenchReport::median(loadTimes);
    figure(u"load_ms"_s, loadMs, u"ms"_s);
    figure(u"floor_ms"_s, floorMs, u"ms"_s);
    const double thousands = double(live) / 1000.0;
    figure(u"cpu_ms_per_1000_users"_s, BenchReport::median(loadCpu) / thousands, u"ms"_s);
    // The same for the bare loop: what downloading and parsing alone cost the GUI thread.
    figure(u"floor_cpu_ms_per_1000_users"_s, BenchReport::median(floorCpu) / thousands, u"ms"_s);
    figure(u"bytes_per_user"_s, first.peakBytes / double(live), u"bytes"_s);
    figure(u"bytes_per_user_retained"_s, first.retainedBytes / double(live), u"bytes"_s);
    figure(u"load_vs_floor_ratio"_s, loadMs / floorMs, u"x"_s);
    figure(u"max_event_loop_stall_ms"_s, maxStall, u"ms"_s);

    // Where the GUI thread's load CPU goes: checking the pages alone, then decoding into the model.
    {
        QList<QByteArray> bodies;
        qsizetype pagedUsers = 0;
        double unused = 0;
        floorLoadMs(server, &pagedUsers, &unused, &bodies);
        const double parseMs = offlineParseAndModelCpuMs(bodies, false);
        const double modelMs = offlineParseAndModelCpuMs(bodies, true);
        figure(u"offline_check_cpu_ms_per_1000_users"_s, parseMs / thousands, u"ms"_s);
        figure(u"offline_decode_and_model_cpu_ms_per_1000_users"_s, modelMs / thousands, u"ms"_s);
    }
    if (args.contains(u"--load-only"_s))
        return 0;

    if (naive) {
        qsizetype naiveUsers = 0;
        const double naiveMs = naiveLoadMs(&client, &naiveUsers);
        if (naiveUsers != live) {
            BenchReport::note(u"the naive client saw %1 users, expected %2"_s.arg(naiveUsers).arg(live));
            return 1;
        }
        figure(u"naive_ms"_s, naiveMs, u"ms"_s);
        figure(u"speedup_vs_naive"_s, naiveMs / loadMs, u"x"_s);
    }

    // Search as you type over the loaded list, with the real view attached and sorted by name.
    auto *search = page->findChild<QLineEdit *>(u"lineSearch"_s);
    QList<double> keystrokes;
    for (const QString &text : {u"anna svensson"_s, u"kvarnby.se"_s, u"erik"_s, u"zzz"_s, u"ö"_s})
        keystrokes += typeSearch(search, text);
    figure(u"search_median_ms"_s, BenchReport::median(keystrokes), u"ms"_s);
    figure(
        u"search_max_ms"_s, *std::max_element(keystrokes.cbegin(), keystrokes.cend()), u"ms"_s);
    figure(u"search_keystrokes"_s, double(keystrokes.size()), u"keystrokes"_s);
    figure(
        u"table_repaint_ms"_s, tableRepaintMs(page->findChild<QTableView *>(u"tableUsers"_s)), u"ms"_s);

    // Select all over everyone shown (all but the admin), until the view and count are updated.
    search->clear();
    QCoreApplication::processEvents();
    page->clearSelection();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    page->selectAllShown();
    QCoreApplication::processEvents();
    const double selectAllMs = timer.nsecsElapsed() / 1e6;
    figure(u"select_all_ms"_s, selectAllMs, u"ms"_s);
    figure(u"selected_users"_s, double(page->selection()->count()), u"users"_s);
    page.reset();
    directory.reset();

    const UsersAtLatencyBench::Figures cached
        = UsersAtLatencyBench::measure(server, &client, UsersAtLatencyBench::LatencyMs);
    if (!cached.ok)
        return 1;
    figure(u"full_load_at_latency_ms"_s, cached.fullLoadMs, u"ms"_s);
    figure(u"sequential_chain_at_latency_ms"_s, cached.sequentialChainMs, u"ms"_s);
    // A first load against the one nextLink chain it would otherwise be, in the same run.
    figure(u"first_load_vs_sequential"_s, cached.sequentialChainMs / cached.fullLoadMs, u"x"_s);
    figure(u"cached_start_ms"_s, cached.usableMs, u"ms"_s);
    figure(u"cached_start_vs_full_load"_s, cached.usableMs / cached.fullLoadMs, u"x"_s);
    figure(u"cached_start_max_event_loop_stall_ms"_s, cached.maxStallMs, u"ms"_s);
    figure(u"cached_start_up_to_date_ms"_s, cached.upToDateMs, u"ms"_s);
    figure(u"cached_start_update_max_event_loop_stall_ms"_s, cached.updateMaxStallMs, u"ms"_s);
    figure(u"cache_file_bytes_per_user"_s, cached.fileBytes / double(live), u"bytes"_s);
    return 0;
}

} // namespace

namespace UsersBench {

int run(const QString &, const QStringList &args)
{
    // Five loads: this machine's speed varies by a third between identical runs; the median holds.
    const int runs = std::max(1, BenchReport::optionValue(args, u"--runs"_s, 5));
    const int users = BenchReport::optionValue(args, u"--users"_s, 0);
    if (users > 0)
        return runSize(users, runs, !args.contains(u"--no-naive"_s), QString(), args);
    if (const int failed = runSize(100000, runs, !args.contains(u"--no-naive"_s), QString(), args))
        return failed;
    if (args.contains(u"--load-only"_s))
        return 0;
    // The largest tenants: the same figures once, without the naive client (minutes at this size).
    return runSize(300000, 1, false, u"_300k"_s, args);
}

} // namespace UsersBench
