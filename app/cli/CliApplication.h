// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliExit.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class CliCommand;
class QCommandLineParser;

/**
 * resetdesk-cli as a whole: reads the command line (the options every command takes, then the
 * command and its own), answers --help and --version, runs the command and ends the process with
 * its exit status once the keychain has answered everything it was asked.
 */
class CliApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApplication)
public:
    explicit CliApplication(QObject *parent = nullptr);
    ~CliApplication() override;

    /** Runs @p arguments (the program's name first) and returns the exit status. */
    int run(const QStringList &arguments);

private:
    /** The options every command takes, and -h/-v. */
    static void addCommonOptions(QCommandLineParser &parser);
    CliCommand *command(const QString &name) const;
    QString generalHelp(const QCommandLineParser &parser) const;
    int runCommand(CliCommand *command, const QStringList &arguments);
    int usage(const QString &problem);

    CliOutput m_output;
    CliSession m_session;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
