// SPDX-License-Identifier: MIT
// A bulk reset the kill/resume tests can SIGKILL at any moment (JournalWorker.h). Given an audit
// log path after the journal, a containment run's method removals are recorded there, and the
// worker also prints "methods N" for each user whose sign-in methods were dealt with.
#include "JournalWorker.h"

#include "bulk/BulkResetRunner.h"
#include "incident/ContainmentSteps.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QSet<int> methodsDone;
    return runJournalWorker<BulkResetRunner>(
        argc, argv, "bulk_reset_worker",
        [](const BulkResetRunner &runner) { return runner.phase() == BulkResetRunner::Phase::Finished; },
        [&methodsDone](BulkResetRunner &runner, const QStringList &args) {
            if (args.isEmpty())
                return;
            SignedInAdmin admin;
            admin.id = u"bulk-reset-worker"_s;
            runner.containment()->setAuditTrail(AuditLog(args.first()), admin);
            QObject::connect(&runner, &BulkResetRunner::itemChanged, [&runner, &methodsDone](int index) {
                if (!runner.results().at(index).methodsDone || methodsDone.contains(index))
                    return;
                methodsDone.insert(index);
                std::printf("methods %d\n", int(methodsDone.size()));
                std::fflush(stdout);
            });
        });
}
