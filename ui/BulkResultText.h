// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetItem.h"

#include <QCoreApplication>
#include <QString>

/**
 * Why one user of a bulk run was not reset (or only partly), in plain language with what to do
 * next: the reason column of the results table, the failed users' lines on slips, in emails and in
 * the results CSV. Graph errors are worded by ErrorMessages, as for a single reset.
 */
class BulkResultText final
{
    Q_DECLARE_TR_FUNCTIONS(BulkResultText)
public:
    /** Empty for a user whose reset (and sign-out, when asked for) went through, or is still under way. */
    static QString reason(const BulkItemResult &result);
};
