// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkCsvImport.h"

#include <QCoreApplication>
#include <QStringList>

/**
 * The problems of a CSV file of Temporary Access Pass users as sentences that say what to change
 * in the file. Reads like the bulk import's report (BulkImportProblemText) except where a pass
 * differs from a password: Microsoft 365 chooses the pass, so the file holds users only.
 */
class TapCsvProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(TapCsvProblemText)
public:
    static QString describe(const BulkCsvImport::Problem &problem);
    static QStringList describe(const QList<BulkCsvImport::Problem> &problems);
};
