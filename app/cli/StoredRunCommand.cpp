// SPDX-License-Identifier: MIT
#include "cli/StoredRunCommand.h"

#include "cli/CliBulkRun.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/StoredRunLookup.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

void StoredRunCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"run"_s, tr("The saved run, as resetdesk-cli runs lists it."), tr("<run>"));
    RunHandover::addOptions(parser);
}

void StoredRunCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("Name one saved run; resetdesk-cli runs lists them."));
    m_runName = arguments.first();
    QString problem;
    if (!m_handover.read(parser, &problem))
        return usageError(problem);
    if (needsChannel() && !m_handover.isRequested())
        return usageError(tr("Say how to hand the passwords over: --results FILE.csv, --slips FILE.pdf or "
                             "--show-passwords."));
    session()->restore([this] { open(); }, [this](CliExit exit) { finish(exit); });
}

void StoredRunCommand::open()
{
    auto *lookup = new StoredRunLookup(session(), this);
    lookup->find([this, lookup](const QList<BulkRunStore::StoredRun> &runs) {
        const BulkRunStore::StoredRun *run = lookup->match(runs, m_runName);
        if (!run)
            return finish(CliExit::Usage);
        if (!run->journal) {
            session()->output().tell(tr("The saved run %1 cannot be opened: its key is missing from the keychain, the "
                                        "keychain is locked, or the file is damaged.")
                                         .arg(run->runId));
            return finish(CliExit::SomeFailed);
        }
        m_run = new CliBulkRun(session(), m_handover, this);
        connect(m_run, &CliBulkRun::finished, this, [this](CliExit exit) { finish(exit); });
        m_run->resume(*run);
    });
}

QString ResumeCommand::name() const
{
    return u"resume"_s;
}

QString ResumeCommand::summary() const
{
    return tr("Finish an interrupted bulk run with the passwords already chosen, then hand them over.");
}

QString HandoverCommand::name() const
{
    return u"handover"_s;
}

QString HandoverCommand::summary() const
{
    return tr("Hand over the passwords of a saved bulk run as a results file, slips or on screen.");
}
