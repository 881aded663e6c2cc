// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"
#include "directory/PasswordPolicies.h"

#include <QPointer>

class UserPolicyChange;

/**
 * `resetdesk-cli policy USER… [--never-expires on|off] [--weak-passwords on|off]`: per-user
 * password policies through the core's UserPolicyChange (consent, the writes, one audit line per
 * user), then each user's policies as Microsoft 365 now holds them.
 */
class PolicyCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void change();

    QStringList m_users;
    PasswordPolicyChange m_change;
    QPointer<UserPolicyChange> m_operation;
};
