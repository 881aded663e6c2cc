// SPDX-License-Identifier: MIT
// A process the TAP kill/resume test can SIGKILL at any moment: it resumes a Temporary Access
// Pass run's journal against the sandbox and prints how many users were final at the start
// ("already N") and one line per user finished since ("final N"), so the test knows how far the
// whole run got.
//
// Usage: tap_issue_worker <graph root URL> <journal path>; stdin: the journal key (hex), then an
// access token, one per line (never on the command line, where `ps` would show them).
#include "FastRetryPolicy.h"
#include "FixedTokenSource.h"

#include "bulk/ResetJournal.h"
#include "graph/GraphClient.h"
#include "tap/TapIssueRunner.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: tap_issue_worker <graph root URL> <journal path>\n", stderr);
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
    TapIssueRunner runner(&client);
    int finished = 0;
    QObject::connect(&runner, &TapIssueRunner::itemChanged, [&](int index) {
        if (runner.results().at(index).isFinal()) {
            std::printf("final %d\n", ++finished);
            std::fflush(stdout);
        }
    });
    QObject::connect(&runner, &TapIssueRunner::finished, &app, [&] { app.exit(0); });
    int alreadyFinal = 0;
    for (const ResetJournal::Entry &entry : journal->entries())
        alreadyFinal += entry.state == ResetJournal::State::Confirmed || entry.state == ResetJournal::State::Failed;
    std::printf("already %d\n", alreadyFinal);
    std::fflush(stdout);
    if (!runner.resume(journal.get(), &error)) {
        std::fprintf(stderr, "cannot resume: %s\n", qPrintable(error));
        return 4;
    }
    return app.exec();
}
