// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"

/**
 * `resetdesk-cli signout`: forgets the organisation's remembered sign-in (the refresh token in
 * the keychain), as File › Sign out does in the window program.
 */
class SignOutCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;
};
