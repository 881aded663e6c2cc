// SPDX-License-Identifier: MIT
// A Temporary Access Pass run the TAP kill/resume test can SIGKILL at any moment (JournalWorker.h).
#include "JournalWorker.h"

#include "tap/TapIssueRunner.h"

int main(int argc, char **argv)
{
    // A resume with nothing left to send still reports finished, from the event loop.
    return runJournalWorker<TapIssueRunner>(argc, argv, "tap_issue_worker");
}
