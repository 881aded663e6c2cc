// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkCsvImport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * The CSV import's problems as sentences for the validation report: where (the line) and what
 * to change in the file.
 */
class BulkImportProblemText final
{
    Q_DECLARE_TR_FUNCTIONS(BulkImportProblemText)
public:
    static QString describe(const BulkCsvImport::Problem &problem);
    static QStringList describe(const QList<BulkCsvImport::Problem> &problems);
};
