// SPDX-License-Identifier: MIT
#include "ResetBench.h"

#include "BenchReport.h"
#include "BenchSandbox.h"
#include "FixedTokenSource.h"
#include "SandboxTargets.h"

#include "bulk/BulkResetItem.h"
#include "bulk/BulkResetRunner.h"
#include "graph/GraphClient.h"
#include "password/PasswordGenerator.h"
#include "reset/PasswordRequests.h"
#include "bulk/ResetJournal.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/TenantGenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList resetScopes{u"User-PasswordProfile.ReadWrite.All"_s, u"User.Read.All"_s};

/** The users a reset can reach, as the pre-flight would pick them: cloud members, not federated. */
QList<BulkTarget> resettableUsers(BenchSandbox &server, int limit)
{
    QList<BulkTarget> targets;
    server.inspect([&](Sandbox &sandbox) {
        const SandboxTenant &tenant = sandbox.context().tenant;
        QSet<QString> federated;
        for (const SandboxDomain &domain : tenant.domains) {
            if (domain.authenticationType.compare(u"Federated"_s, Qt::CaseInsensitive) == 0)
                federated.insert(domain.id.toLower());
        }
        for (const SandboxUser &user : tenant.users()) {
            if (targets.size() == limit)
                break;
            if (user.deleted || user.id == tenant.adminUserId || user.onPremisesSyncEnabled.value_or(false)
                || user.userType == u"Guest"_s || user.creationType == u"Invitation"_s
                || federated.contains(user.userPrincipalName.section(u'@', -1).toLower()))
                continue;
            targets.append(bulkTargetFor(user));
        }
    });
    return targets;
}

struct Client
{
    QNetworkAccessManager network;
    FixedTokenSource tokens;
    GraphClient graph;

    Client(const BenchSandbox &server, double retryAfterScale)
        : tokens(server.token())
        , graph(&network, &tokens)
    {
        graph.setGraphRoot(server.graphUrl());
        RetryPolicy policy;
        policy.retryAfterScale = retryAfterScale;
        // Backoff scaled like the sandbox's clock, so a 5xx does not cost a real-time second.
        policy.baseDelayMs = qMax(1, int(500 * retryAfterScale));
        graph.setRetryPolicy(policy);
    }
};

/** One PATCH per user, each awaited before the next: what an Update-MgUser loop does. */
double sequentialMs(Client &client, const QList<BulkResetItem> &items)
{
    QElapsedTimer clock;
    clock.start();
    for (const BulkResetItem &item : items) {
        GraphCall *call = client.graph.send(
            PasswordRequests::passwordProfile(item.userId, item.password.reveal(), true, false));
        bool done = false;
        QObject::connect(call, &GraphCall::finished, [&done](const GraphResponse &) { done = true; });
        BenchWait::until([&done] { return done; }, 60000);
    }
    return double(clock.elapsed());
}

struct RunFigures
{
    double ms = 0;
    int succeeded = 0;
    int failed = 0;
    int missing = 0;
    int serverMismatches = 0;
};

RunFigures bulkRun(BenchSandbox &server, Client &client, const QList<BulkResetItem> &items,
    const WritePacer::Limits &pacing)
{
    RunFigures figures;
    QTemporaryDir folder;
    QString error;
    const auto journal = ResetJournal::create(folder.path(), ResetJournal::generateKey(), &error);
    if (!journal) {
        BenchReport::note(u"cannot create a journal: "_s + error);
        figures.missing = int(items.size());
        return figures;
    }
    BulkResetRunner runner(&client.graph);
    runner.setPacing(pacing);
    bool finished = false;
    QObject::connect(&runner, &BulkResetRunner::finished, [&finished] { finished = true; });
    QElapsedTimer clock;
    clock.start();
    if (!runner.start(journal.get(), items, BulkResetSettings(), &error)) {
        BenchReport::note(u"the run did not start: "_s + error);
        figures.missing = int(items.size());
        return figures;
    }
    BenchWait::until([&finished] { return finished; }, 3600000);
    figures.ms = double(clock.elapsed());

    QHash<QString, const BulkItemResult *> byId;
    for (const BulkItemResult &result : runner.results()) {
        if (!result.isFinal())
            continue;
        byId.insert(result.userId, &result);
        (result.state == BulkItemResult::State::Succeeded ? figures.succeeded : figures.failed) += 1;
    }
    for (const BulkResetItem &item : items)
        figures.missing += byId.contains(item.userId) ? 0 : 1;
    server.inspect([&](Sandbox &sandbox) {
        for (const BulkItemResult *result : std::as_const(byId)) {
            const SandboxUser *user = sandbox.context().tenant.userByIdOrUpn(result->userId);
            const bool succeeded = result->state == BulkItemResult::State::Succeeded;
            if (!user || (succeeded && !result->password.equals(user->password)))
                ++figures.serverMismatches;
        }
    });
    return figures;
}

QList<BulkResetItem> itemsFor(const QList<BulkTarget> &targets)
{
    return BulkResetItem::fromTargets(targets, BulkPasswordChoice(), u"Contoso"_s);
}

/** What the command line's run of the same users took, from its own report. */
struct CliFigures
{
    /** From the pre-flight (the last thing before sending) to the summary (hand-over written). */
    double runMs = 0;
    double processMs = 0;
    int reset = 0;
    int serverMismatches = 0;
    bool ok = false;
};

/**
 * The real resetdesk-cli binary resetting @p targets through its own sign-in, directory load
 * and BulkRun, reached over the same connection options any cloud uses. The sandbox runs on its
 * thread, so this one may block on the process.
 */
CliFigures cliRun(BenchSandbox &server, const QList<BulkTarget> &targets)
{
    CliFigures figures;
    QTemporaryDir home;
    QString authority;
    QString tenant;
    server.inspect([&](Sandbox &sandbox) {
        // The "user" approves the device code at the first poll.
        sandbox.context().signIn.devicePendingPolls = 0;
        sandbox.context().signIn.deviceIntervalSeconds = 1;
        authority = sandbox.authorityHostUrl().toString();
        tenant = sandbox.tenantId();
    });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    const auto start = [&environment](QProcess &cli, const QStringList &arguments) {
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(RESETDESK_CLI), arguments);
        cli.closeWriteChannel();
    };
    QProcess signin;
    start(signin, {u"signin"_s, u"--device-code"_s, u"--all-permissions"_s, u"--cloud"_s, u"custom"_s,
                   u"--authority-url"_s, authority, u"--graph-url"_s, server.graphUrl().toString(), u"--tenant"_s,
                   tenant, u"--client-id"_s, TenantGenerator::sandboxClientId()});
    if (!signin.waitForFinished(120000) || signin.exitCode() != 0) {
        BenchReport::note(u"resetdesk-cli signin failed: "_s + QString::fromUtf8(signin.readAllStandardError()));
        return figures;
    }
    QFile csv(home.filePath(u"users.csv"_s));
    if (!csv.open(QIODevice::WriteOnly))
        return figures;
    for (const BulkTarget &target : targets)
        csv.write(target.user.userPrincipalName().toUtf8() + '\n');
    csv.close();

    const QString results = home.filePath(u"results.csv"_s);
    QProcess reset;
    QElapsedTimer clock;
    clock.start();
    // Blocked users too: the engine above reset every one of these users.
    start(reset, {u"reset"_s, u"--csv"_s, csv.fileName(), u"--include-blocked"_s, u"--yes"_s, u"--json"_s,
                  u"--results"_s, results});
    qint64 preflightAt = -1;
    qint64 summaryAt = -1;
    while (reset.state() != QProcess::NotRunning || reset.canReadLine()) {
        if (!reset.canReadLine() && !reset.waitForReadyRead(600000) && reset.state() == QProcess::NotRunning
            && !reset.canReadLine())
            break;
        while (reset.canReadLine()) {
            const QJsonObject event = QJsonDocument::fromJson(reset.readLine()).object();
            const QString kind = event.value(u"event"_s).toString();
            if (kind == u"preflight"_s)
                preflightAt = clock.elapsed();
            else if (kind == u"summary"_s) {
                summaryAt = clock.elapsed();
                figures.reset = event.value(u"reset"_s).toInt();
            }
        }
    }
    reset.waitForFinished(60000);
    figures.processMs = double(clock.elapsed());
    if (reset.exitCode() != 0 || preflightAt < 0 || summaryAt < 0) {
        BenchReport::note(u"resetdesk-cli reset failed: "_s + QString::fromUtf8(reset.readAllStandardError()));
        return figures;
    }
    figures.runMs = double(summaryAt - preflightAt);

    // Server truth: every password in the results file is the one the sandbox holds.
    QFile file(results);
    if (!file.open(QIODevice::ReadOnly))
        return figures;
    QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList heading = lines.takeFirst().split(u',');
    const qsizetype upnColumn = heading.indexOf(u"User name"_s);
    const qsizetype passwordColumn = heading.indexOf(u"Temporary password"_s);
    server.inspect([&](Sandbox &sandbox) {
        for (const QString &line : std::as_const(lines)) {
            // Generated readable passwords hold no comma or quote: a plain split reads the row.
            const QStringList cells = line.split(u',');
            const SandboxUser *user = sandbox.context().tenant.userByIdOrUpn(cells.value(upnColumn));
            if (!user || user->password != cells.value(passwordColumn))
                ++figures.serverMismatches;
        }
    });
    figures.ok = true;
    return figures;
}

int speedup(const QStringList &args)
{
    const int users = BenchReport::optionValue(args, u"--speed-users"_s, 3000);
    const int sample = BenchReport::optionValue(args, u"--sequential"_s, 200);
    SandboxOptions options;
    options.userCount = users * 2; // room for the synced, guest and federated users left out
    options.latencyMs = BenchReport::optionValue(args, u"--latency"_s, 150);
    BenchSandbox server;
    if (!server.start(options, resetScopes)) {
        BenchReport::note(u"the sandbox did not start: "_s + server.error());
        return 1;
    }
    const QList<BulkResetItem> items = itemsFor(resettableUsers(server, users));
    BenchReport::note(u"speed: %1 users, %2 ms latency per request, no throttling"_s.arg(items.size())
            .arg(options.latencyMs));
    Client client(server, 1.0);

    const QList<BulkResetItem> sequentialItems = sample > 0 ? items.mid(0, sample) : items;
    const double sequentialTotalMs = sequentialMs(client, sequentialItems);
    const double sequentialPerUserMs = sequentialTotalMs / double(sequentialItems.size());
    const double sequentialEstimateMs = sequentialPerUserMs * double(items.size());

    const RunFigures bulk = bulkRun(server, client, items, WritePacer::Limits());
    BenchReport::figure(u"sequential_sample_users"_s, double(sequentialItems.size()), u"users"_s);
    BenchReport::figure(u"sequential_ms_per_user"_s, sequentialPerUserMs, u"ms"_s);
    BenchReport::figure(u"sequential_s"_s, sequentialEstimateMs / 1000.0,
        sample > 0 ? u"s (scaled from the sample)"_s : u"s"_s);
    BenchReport::figure(u"resetdesk_s"_s, bulk.ms / 1000.0, u"s"_s);
    BenchReport::figure(u"resetdesk_users_per_s"_s, double(bulk.succeeded) * 1000.0 / qMax(1.0, bulk.ms), u"users/s"_s);
    BenchReport::figure(u"speedup_vs_sequential"_s, sequentialEstimateMs / qMax(1.0, bulk.ms), u"x (target >= 30)"_s);
    BenchReport::figure(u"speed_failures"_s, double(bulk.failed + bulk.missing), u"users"_s);

    // The same users again, from the command line: its run must match the engine's speed.
    QList<BulkTarget> targets;
    for (const BulkResetItem &item : items) {
        BulkTarget target;
        target.user.setId(item.userId);
        target.user.setUserPrincipalName(item.userPrincipalName);
        targets.append(target);
    }
    const CliFigures cli = cliRun(server, targets);
    if (!cli.ok)
        return 1;
    const double cliSpeedup = sequentialEstimateMs / qMax(1.0, cli.runMs);
    BenchReport::figure(u"cli_run_s"_s, cli.runMs / 1000.0, u"s (pre-flight to summary)"_s);
    BenchReport::figure(u"cli_process_s"_s, cli.processMs / 1000.0, u"s (sign-in restore and user list included)"_s);
    BenchReport::figure(u"cli_speedup_vs_sequential"_s, cliSpeedup, u"x"_s);
    BenchReport::figure(u"cli_vs_engine"_s, cliSpeedup / qMax(0.001, sequentialEstimateMs / qMax(1.0, bulk.ms)),
                        u"(target >= 0.9)"_s);
    BenchReport::figure(u"cli_failures"_s, double(int(items.size()) - cli.reset), u"users (target 0)"_s);
    BenchReport::figure(u"cli_server_mismatches"_s, double(cli.serverMismatches), u"users (target 0)"_s);
    return 0;
}

int throttled(const QStringList &args)
{
    const int users = BenchReport::optionValue(args, u"--throttle-users"_s, 20000);
    const double timeScale = BenchReport::optionValue(args, u"--time-scale-permille"_s, 20) / 1000.0;
    SandboxOptions options;
    options.userCount = users * 2;
    options.throttling = true;
    options.timeScale = timeScale;
    BenchSandbox server;
    if (!server.start(options, resetScopes)) {
        BenchReport::note(u"the sandbox did not start: "_s + server.error());
        return 1;
    }
    const QList<BulkResetItem> items = itemsFor(resettableUsers(server, users));
    // The documented write quota (3,000 per 150 s per app and tenant) on the sandbox's scaled clock.
    WritePacer::Limits pacing;
    pacing.windowMs = qint64(std::llround(150000 * timeScale));
    pacing.marginMs = qMax<qint64>(20, qint64(std::llround(1000 * timeScale)));
    const int capacity = pacing.capacity;
    BenchReport::note(u"throttled: %1 users, throttling on, time scale %2 (write window %3 ms)"_s.arg(items.size())
            .arg(timeScale)
            .arg(pacing.windowMs));
    Client client(server, timeScale);
    const RunFigures run = bulkRun(server, client, items, pacing);

    // The sandbox admits `capacity` writes per sliding window: the last of N writes cannot go
    // before floor((N - 1) / capacity) windows have passed.
    const double minimumMs = double((items.size() - 1) / capacity) * double(150000 * timeScale);
    qint64 throttledAnswers = 0;
    server.inspect([&](Sandbox &sandbox) { throttledAnswers = sandbox.context().log.counter(u"throttled"_s); });
    BenchReport::figure(u"throttled_users"_s, double(items.size()), u"users"_s);
    BenchReport::figure(u"throttled_run_s"_s, run.ms / 1000.0, u"s"_s);
    BenchReport::figure(u"throttle_limited_minimum_s"_s, minimumMs / 1000.0, u"s"_s);
    BenchReport::figure(u"throttled_efficiency"_s, minimumMs / qMax(1.0, run.ms), u"(target >= 0.9)"_s);
    BenchReport::figure(u"throttled_429_answers"_s, double(throttledAnswers), u"answers"_s);
    BenchReport::figure(u"failures_after_retry"_s, double(run.failed), u"users (target 0)"_s);
    BenchReport::figure(u"missing_results"_s, double(run.missing), u"users (target 0)"_s);
    BenchReport::figure(u"server_mismatches"_s, double(run.serverMismatches), u"users (target 0)"_s);
    return 0;
}

/**
 * What pressing Reset in the plan costs before anything is sent: one generated password per
 * user, checked against the rules and the banned-term score, for a whole tenant at once.
 */
void planPasswords(const QStringList &args)
{
    const int users = BenchReport::optionValue(args, u"--plan-users"_s, 100000);
    QList<BulkTarget> targets;
    targets.reserve(users);
    for (int i = 0; i < users; ++i) {
        BulkTarget target;
        target.user.setId(u"user-%1"_s.arg(i));
        target.user.setDisplayName(u"Agnes Andersson %1"_s.arg(i));
        target.user.setUserPrincipalName(u"agnes.andersson%1@kvarnby.se"_s.arg(i));
        targets.append(target);
    }
    const QList<std::pair<PasswordStyle, QString>> styles {{PasswordStyle::Readable, u"readable"_s},
        {PasswordStyle::Classic, u"classic"_s}, {PasswordStyle::Passphrase, u"passphrase"_s}};
    for (const auto &[style, name] : styles) {
        BulkPasswordChoice choice;
        choice.style = style;
        QElapsedTimer timer;
        timer.start();
        const QList<BulkResetItem> items = BulkResetItem::fromTargets(targets, choice, u"Kvarnby"_s);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        BenchReport::figure(u"plan_%1_ms_per_1000_users"_s.arg(name), ms * 1000.0 / double(items.size()), u"ms"_s);
    }
}

} // namespace

namespace ResetBench {

int run(const QString &, const QStringList &args)
{
    planPasswords(args);
    const int first = speedup(args);
    const int second = throttled(args);
    return first != 0 ? first : second;
}

} // namespace ResetBench
