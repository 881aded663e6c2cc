// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkPreflight.h"
#include "bulk/BulkRunRequest.h"
#include "cli/CliCommand.h"
#include "cli/RunHandover.h"

#include <QPointer>

class CliBulkRun;

/**
 * `resetdesk-cli reset USER… | --csv FILE | --everyone [--exclude USER…]`: a bulk reset with the
 * plan window's options, through the core's BulkRun. The users are matched against the directory
 * as the window reads it, classified by BulkPreflight, and the pre-flight is printed before
 * anything is written; a terminal is asked to confirm (--yes skips it, --dry-run stops there).
 */
class ResetCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    /** Reads and checks the options; false after telling what is wrong. */
    bool readOptions(const QCommandLineParser &parser, const QStringList &arguments);
    void loadDirectory();
    /** The users the command line names, or false after telling who is unknown. */
    bool collectTargets(QList<BulkTarget> *targets);
    void plan();
    bool confirm(int userCount) const;

    QStringList m_users;
    QString m_csvPath;
    bool m_everyone = false;
    bool m_incident = false;
    QStringList m_excluded;
    bool m_includeBlocked = false;
    bool m_yes = false;
    bool m_dryRun = false;
    bool m_verbose = false;
    BulkRunRequest m_request;
    RunHandover m_handover;
    QPointer<CliBulkRun> m_run;
};
