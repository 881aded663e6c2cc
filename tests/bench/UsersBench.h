// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * Suite "users": the Active users page loading 100,000 users from an in-process sandbox
 * without latency (the sandbox runs on its own thread, so the GUI thread's CPU time is the
 * client's own), beside a bare loop that only downloads and parses the same pages (the floor)
 * and a naive client (default page size, no $select, one page after another). Then search as
 * you type and select all over the loaded list. Last, with every request answered after 300 ms
 * (UsersAtLatencyBench): the list as one nextLink chain, the first load after sign-in against it
 * (first_load_vs_sequential), and the cached start. The registration report is left out of the
 * load: the sandbox serves it slowly on the thread that serves the user pages.
 * Options: --users N (default 100000), --runs R (default 3; load times are medians), --seed S,
 * --no-naive (skip the naive client, about a minute at 100,000), --load-only (load figures only).
 */
namespace UsersBench {

int run(const QString &program, const QStringList &args);

} // namespace UsersBench
