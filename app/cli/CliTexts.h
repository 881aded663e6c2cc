// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "cli/CliExit.h"
#include "bulk/BulkCsvImport.h"
#include "bulk/BulkResetItem.h"
#include "graph/GraphError.h"

#include <QCoreApplication>
#include <QString>

/**
 * The core's typed errors as resetdesk-cli tells them: one sentence with what to do next in
 * terms of commands, the technical detail after it for support cases, and the exit status that
 * goes with it.
 */
class CliTexts final
{
    Q_DECLARE_TR_FUNCTIONS(CliTexts)
public:
    static QString forAuthError(const AuthError &error);
    static QString forGraphError(const GraphError &error);
    /** Exit status for a failure that stopped a whole command. */
    static CliExit exitFor(const AuthError &error);
    static CliExit exitFor(const GraphError &error);
    /** Why one user of a bulk run was not (fully) reset; empty when it went through. */
    static QString resultReason(const BulkItemResult &result);
    /** One problem of a bulk reset's CSV file, with its line. */
    static QString csvProblem(const BulkCsvImport::Problem &problem);
    /** "Not signed in. Run resetdesk-cli signin first." */
    static QString notSignedIn();

private:
    static QString withDetail(const QString &sentence, const QString &detail);
};
