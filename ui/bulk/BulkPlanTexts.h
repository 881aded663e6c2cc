// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkPreflight.h"
#include "common/FileWriteError.h"
#include "ui/bulk/BulkPlanSource.h"

#include <QCoreApplication>
#include <QString>

/** BulkPlanDialog's longer sentences: what the admin is about to do, why users are skipped. */
class BulkPlanTexts final
{
    Q_DECLARE_TR_FUNCTIONS(BulkPlanTexts)
public:
    /**
     * The dialog's heading for @p count users from @p source (@p fileName: the CSV file's name, if
     * any), for a @p containment or plain resets.
     */
    static QString heading(BulkPlanSource source, int count, const QString &fileName, bool containment = false);
    /** What happens and when, under the heading. */
    static QString intro(BulkPlanSource source);
    /** Why the users of @p category are (or are not) reset, and what to do about them. */
    static QString categoryHelp(BulkPreflight::Category category);
    /** The button that starts the run for @p count users, a containment (@p containment) or plain resets. */
    static QString startButton(bool containment, int count);
    /** The question before a large run starts; startButton() answers it. */
    static QString startQuestion(bool containment, int count);
    /** Why the plan could not be saved to @p shownPath, and what to do next. */
    static QString fileWriteError(FileWriteError error, const QString &shownPath);
};
