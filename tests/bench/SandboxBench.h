// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/**
 * Suite "sandbox": starts the sandbox tenant with 100,000 users (issue target: under 5 s), then
 * pages through every user with GET /users?$top=999 over real HTTP and checks none is missing.
 * Options: --users N (default 100000), --seed S.
 */
namespace SandboxBench {

int run(const QString &program, const QStringList &args);

} // namespace SandboxBench
