// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"

/**
 * `resetdesk-cli signin [--device-code|--browser] [--all-permissions]`: signs in to the current
 * organisation (or --profile's) as ConsoleSession does for the sign-in dialog, and remembers the
 * sign-in in the keychain for every later command and for the window program.
 */
class SignInCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;
};
