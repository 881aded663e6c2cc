// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"

/**
 * `resetdesk-cli runs`: the organisation's saved bulk runs, from the window program or the
 * command line alike: when each started, how many users it holds, how many were reset, failed,
 * are not finished, and how many passwords still wait for a hand-over.
 */
class RunsCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void list();
};
