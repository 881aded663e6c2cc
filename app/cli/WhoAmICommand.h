// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"

/**
 * `resetdesk-cli whoami`: the organisation, the signed-in admin, their admin roles and the
 * permissions granted to ResetDesk, read fresh from Microsoft 365.
 */
class WhoAmICommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void show();
};
