// SPDX-License-Identifier: MIT
#include "cli/RunsCommand.h"

#include "bulk/ResetJournal.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/StoredRunLookup.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

QString RunsCommand::name() const
{
    return u"runs"_s;
}

QString RunsCommand::summary() const
{
    return tr("List the saved bulk runs: interrupted, or with passwords not handed over yet.");
}

void RunsCommand::addOptions(QCommandLineParser &) const
{
}

void RunsCommand::start(const QCommandLineParser &, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("runs takes no arguments."));
    session()->restore([this] { list(); }, [this](CliExit exit) { finish(exit); });
}

void RunsCommand::list()
{
    auto *lookup = new StoredRunLookup(session(), this);
    lookup->find([this](const QList<BulkRunStore::StoredRun> &runs) {
        const CliOutput &output = session()->output();
        const QLocale locale;
        if (runs.isEmpty())
            output.tell(tr("There are no saved bulk runs."));
        for (const BulkRunStore::StoredRun &run : runs) {
            const QString when = locale.toString(run.created.toLocalTime(), QLocale::ShortFormat);
            if (!run.journal) {
                //: %1 run id, %2 date and time
                output.result(tr("%1  %2  cannot be opened: its key is missing or the keychain is locked")
                                  .arg(run.runId, when));
                continue;
            }
            int confirmed = 0;
            int failed = 0;
            int unfinished = 0;
            const QList<ResetJournal::Entry> entries = run.journal->entries();
            for (const ResetJournal::Entry &entry : entries) {
                switch (entry.state) {
                case ResetJournal::State::Confirmed:
                    ++confirmed;
                    break;
                case ResetJournal::State::Failed:
                    ++failed;
                    break;
                case ResetJournal::State::Planned:
                case ResetJournal::State::Sent:
                    ++unfinished;
                    break;
                }
            }
            //: %1 run id, %2 date and time, then counts of users
            output.result(tr("%1  %2  users: %3, reset: %4, not reset: %5, not finished: %6")
                              .arg(run.runId, when, locale.toString(entries.size()), locale.toString(confirmed),
                                   locale.toString(failed), locale.toString(unfinished)));
        }
        finish(CliExit::Done);
    });
}
