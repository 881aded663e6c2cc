// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"

#include <QList>

class DirectoryUser;

/**
 * `resetdesk-cli users [--search TEXT] [--filter NAME] [--format table|csv|json]`: the directory's
 * users as the Active users list reads, searches and filters them (UserDirectory's loader, and
 * UserFilterProxyModel's search and quick filters), as a table, CSV or JSON.
 */
class UsersCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void load();
    void list();

    QString m_search;
    QString m_filter;
    QString m_format;
};
