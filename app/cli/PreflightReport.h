// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkPreflight.h"

#include <QCoreApplication>
#include <QString>

/**
 * The pre-flight of a bulk reset as the terminal shows it before anything is written: how many
 * users fall into each of BulkPreflight's classes, the same classes and words as the plan
 * window, and with --verbose every user with their class.
 */
class PreflightReport final
{
    Q_DECLARE_TR_FUNCTIONS(PreflightReport)
public:
    static QString counts(const BulkPreflight::Plan &plan);
    static QString list(const BulkPreflight::Plan &plan);
    /** One JSON line for scripts: the count of each class by a fixed name, every user with @p verbose. */
    static QString json(const BulkPreflight::Plan &plan, bool verbose);
};
