// SPDX-License-Identifier: MIT
#include "cli/StoredRunLookup.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "session/ConsoleSession.h"

#include <algorithm>

StoredRunLookup::StoredRunLookup(CliSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

void StoredRunLookup::find(Found found)
{
    ConsoleSession *console = m_session->console();
    BulkRunStore *store = console->runStore();
    store->setAuditLog(console->auditLog(), console->admin());
    connect(store, &BulkRunStore::storedRunsFound, this,
            [found](QList<BulkRunStore::StoredRun> runs) {
                std::sort(runs.begin(), runs.end(), [](const auto &left, const auto &right) {
                    return left.created < right.created;
                });
                found(runs);
            },
            Qt::SingleShotConnection);
    store->findStoredRuns();
}

const BulkRunStore::StoredRun *StoredRunLookup::match(const QList<BulkRunStore::StoredRun> &runs,
                                                      const QString &name) const
{
    const BulkRunStore::StoredRun *chosen = nullptr;
    int matches = 0;
    for (const BulkRunStore::StoredRun &run : runs) {
        if (run.runId == name)
            return &run;
        if (!name.isEmpty() && run.runId.startsWith(name, Qt::CaseInsensitive)) {
            chosen = &run;
            ++matches;
        }
    }
    if (matches == 1)
        return chosen;
    m_session->output().tell(matches == 0
                                 ? tr("No saved run is called %1. Run resetdesk-cli runs to list them.").arg(name)
                                 : tr("Several saved runs start with %1; give more of the run's name.").arg(name));
    return nullptr;
}
