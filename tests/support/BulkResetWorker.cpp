// SPDX-License-Identifier: MIT
// A bulk reset the kill/resume test can SIGKILL at any moment (JournalWorker.h).
#include "JournalWorker.h"

#include "bulk/BulkResetRunner.h"

int main(int argc, char **argv)
{
    return runJournalWorker<BulkResetRunner>(argc, argv, "bulk_reset_worker", [](const BulkResetRunner &runner) {
        return runner.phase() == BulkResetRunner::Phase::Finished;
    });
}
