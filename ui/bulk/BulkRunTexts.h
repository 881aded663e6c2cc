// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetRunner.h"

#include <QCoreApplication>
#include <QString>

class BulkHandover;

/**
 * The sentences of the bulk run window, worded from the run's state: the counts, what the run
 * is doing or how it ended, its rate and time left, and where the hand-over stands. Kept apart
 * from the window so the window only places them; they share its translation context.
 */
class BulkRunTexts final
{
    Q_DECLARE_TR_FUNCTIONS(BulkRunDialog)
public:
    /** Where the hand-over and the journal stand. */
    struct JournalState
    {
        bool purged = false;
        bool purgeFailed = false;
    };

    static QString headline(const BulkResetRunner::Progress &progress);
    /** "12 of 40 done: …", with the waiting count only while the run goes on. */
    static QString counts(const BulkResetRunner &runner);
    /** What the run does now, or how it ended; @p journalProblem: paused for a journal failure. */
    static QString phase(const BulkResetRunner &runner, bool journalProblem);
    /** Users per minute while the run goes on; empty otherwise. */
    static QString rate(const BulkResetRunner &runner);
    static QString timeLeft(const BulkResetRunner &runner);
    /** Where the hand-over stands; empty while nothing was handed over. */
    static QString handover(const BulkResetRunner &runner, const BulkHandover &handover, const JournalState &journal);

private:
    /** The headline of a run that is over: finished, cancelled or stopped, with its counts. */
    static QString ended(const BulkResetRunner &runner);
    /** The user names of @p userIds for a sentence: the first few, then how many more. */
    static QString namesOf(const BulkResetRunner &runner, const QStringList &userIds);
};
