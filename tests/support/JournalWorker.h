// SPDX-License-Identifier: MIT
// The body of a worker process the kill/resume tests can SIGKILL at any moment: it resumes a run
// journal against the sandbox with a runner (BulkResetRunner, TapIssueRunner) and prints how many
// users were final at the start ("already N") and one line per user finished since ("final N"),
// so the test knows how far the whole run got.
//
// Usage: <worker> <graph root URL> <journal path> [what the worker's set-up takes]; stdin: the
// journal key (hex), then an access token, one per line (never on the command line, where `ps`
// would show them).
#pragma once

#include "FastRetryPolicy.h"
#include "FixedTokenSource.h"

#include "bulk/ResetJournal.h"
#include "graph/GraphClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <functional>

/**
 * Runs the worker; @p finishedAtOnce says whether a resume left @p Runner with nothing to send;
 * @p setUp gets the runner before it resumes, with the arguments after the journal path.
 */
template<typename Runner>
int runJournalWorker(int argc, char **argv, const char *name,
                     const std::function<bool(const Runner &)> &finishedAtOnce = {},
                     const std::function<void(Runner &, const QStringList &)> &setUp = {})
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3 || (args.size() > 3 && !setUp)) {
        std::fprintf(stderr, "usage: %s <graph root URL> <journal path>\n", name);
        return 2;
    }
    QTextStream input(stdin);
    const QByteArray key = QByteArray::fromHex(input.readLine().toLatin1());
    FixedTokenSource tokens(input.readLine());

    QNetworkAccessManager network;
    GraphClient client(&network, &tokens);
    if (!client.setGraphRoot(QUrl(args.at(1))))
        return 2;
    client.setRetryPolicy(fastRetryPolicy());

    QString error;
    const std::unique_ptr<ResetJournal> journal = ResetJournal::open(args.at(2), key, &error);
    if (!journal) {
        std::fprintf(stderr, "cannot open the journal: %s\n", qPrintable(error));
        return 3;
    }
    Runner runner(&client);
    if (setUp)
        setUp(runner, args.mid(3));
    int finished = 0;
    QObject::connect(&runner, &Runner::itemChanged, [&](int index) {
        if (runner.results().at(index).isFinal()) {
            std::printf("final %d\n", ++finished);
            std::fflush(stdout);
        }
    });
    QObject::connect(&runner, &Runner::finished, &app, [&] { app.exit(0); });
    int alreadyFinal = 0;
    for (const ResetJournal::Entry &entry : journal->entries())
        alreadyFinal += entry.state == ResetJournal::State::Confirmed || entry.state == ResetJournal::State::Failed;
    std::printf("already %d\n", alreadyFinal);
    std::fflush(stdout);
    if (!runner.resume(journal.get(), &error)) {
        std::fprintf(stderr, "cannot resume: %s\n", qPrintable(error));
        return 4;
    }
    return finishedAtOnce && finishedAtOnce(runner) ? 0 : app.exec();
}
