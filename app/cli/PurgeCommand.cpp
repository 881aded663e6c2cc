// SPDX-License-Identifier: MIT
#include "cli/PurgeCommand.h"

#include "bulk/ResetJournal.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/StoredRunLookup.h"
#include "cli/TerminalInput.h"
#include "session/ConsoleSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto allOption = u"all"_s;
const auto yesOption = u"yes"_s;
} // namespace

QString PurgeCommand::name() const
{
    return u"purge"_s;
}

QString PurgeCommand::summary() const
{
    return tr("Delete saved bulk runs for good; passwords in them not handed over are lost.");
}

void PurgeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"run"_s, tr("The saved run to delete, as resetdesk-cli runs lists it."),
                                 tr("[run]"));
    parser.addOption(QCommandLineOption(allOption, tr("Delete every saved run of the organization.")));
    parser.addOption(QCommandLineOption(yesOption, tr("Do not ask for confirmation.")));
}

void PurgeCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    m_all = parser.isSet(allOption);
    m_yes = parser.isSet(yesOption);
    if (arguments.size() + int(m_all) != 1)
        return usageError(tr("Name one saved run, or give --all."));
    if (!m_all)
        m_runName = arguments.first();
    session()->restore([this] { purge(); }, [this](CliExit exit) { finish(exit); });
}

void PurgeCommand::purge()
{
    auto *lookup = new StoredRunLookup(session(), this);
    lookup->find([this, lookup](const QList<BulkRunStore::StoredRun> &runs) {
        const CliOutput &output = session()->output();
        QList<BulkRunStore::StoredRun> chosen;
        if (m_all) {
            chosen = runs;
        } else if (const BulkRunStore::StoredRun *run = lookup->match(runs, m_runName)) {
            chosen.append(*run);
        } else {
            return finish(CliExit::Usage);
        }
        if (chosen.isEmpty()) {
            output.tell(tr("There are no saved bulk runs."));
            return finish(CliExit::Done);
        }
        if (!m_yes
            && !TerminalInput::confirm(output,
                                       tr("Delete %n saved run(s)? Temporary passwords in them that were not handed over "
                                          "cannot be recovered afterwards. Type yes to go on:",
                                          nullptr, int(chosen.size())),
                                       tr("Nothing was deleted: add --yes to confirm when the command does not run in "
                                          "a terminal."))) {
            if (CliOutput::inputIsTerminal())
                output.tell(tr("Nothing was deleted."));
            return finish(CliExit::Usage);
        }
        BulkRunStore *store = session()->console()->runStore();
        connect(store, &BulkRunStore::purged, this, [this, &output](const QString &runId, bool ok) {
            if (!m_pending.remove(runId))
                return;
            if (ok)
                output.tell(tr("Deleted the saved run %1.").arg(runId));
            else
                ++m_failed;
            if (m_pending.isEmpty()) {
                if (m_failed > 0)
                    output.tell(tr("%n saved run(s) could not be deleted completely. Check that the keychain is "
                                   "unlocked and that you may delete files in %1.",
                                   nullptr, m_failed)
                                    .arg(session()->console()->runStore()->directory()));
                finish(m_failed > 0 ? CliExit::SomeFailed : CliExit::Done);
            }
        });
        for (const BulkRunStore::StoredRun &run : chosen)
            m_pending.insert(run.runId);
        for (const BulkRunStore::StoredRun &run : chosen)
            store->purge(run.runId, AuditEntry::PurgeReason::AdminDeleted,
                         run.journal ? int(run.journal->entries().size()) : -1);
    });
}
