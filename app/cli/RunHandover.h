// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliExit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class BulkRun;
class CliSession;
class QCommandLineParser;
struct HandoverItem;

/**
 * The hand-over of a bulk run from the command line (reset, resume, handover): the results CSV
 * with the exact passwords (owner-only), password slips as PDF, and the passwords on standard
 * output only when --show-passwords asks for it. Each channel that carried passwords is
 * reported to the run, whose BulkHandover decides when the journal may go, as in the window.
 */
class RunHandover final
{
    Q_DECLARE_TR_FUNCTIONS(RunHandover)
public:
    /** --results, --slips, --show-passwords and --json. */
    static void addOptions(QCommandLineParser &parser);
    /** Reads them; false with a translated @p problem when a path is unusable. */
    bool read(const QCommandLineParser &parser, QString *problem);
    /** --json: events and passwords as JSON lines for scripts. */
    bool isJson() const { return m_json; }
    /** Whether any channel was asked for. */
    bool isRequested() const;
    /** --email: "each-user" or the addresses to send the list to; empty when not asked for. */
    const QString &emailTarget() const { return m_emailTarget; }
    /** Whether the command line mentions --slips (the slips need fonts: see cli_main.cpp). */
    static bool wantsSlips(const QStringList &arguments);

    /** The run's users as every channel carries them, with the list's details of each user. */
    static QList<HandoverItem> items(BulkRun *run, CliSession *session);
    /**
     * Hands @p run's passwords over through the files and the terminal as asked, and records each
     * channel with the run (email follows: RunMailer). SomeFailed when a file could not be written
     * (the journal keeps the passwords).
     */
    CliExit handOver(BulkRun *run, CliSession *session) const;
    /** Tells how many passwords wait in the journal and the command that hands them over. */
    static void tellPending(BulkRun *run, CliSession *session);

private:
    bool writeResults(BulkRun *run, const QList<HandoverItem> &items, CliSession *session) const;
    bool writeSlips(BulkRun *run, const QList<HandoverItem> &items, CliSession *session) const;
    void showPasswords(BulkRun *run, const QList<HandoverItem> &items, CliSession *session) const;

    QString m_resultsPath;
    QString m_slipsPath;
    bool m_showPasswords = false;
    bool m_json = false;
    QString m_emailTarget;
};
