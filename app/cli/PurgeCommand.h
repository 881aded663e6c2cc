// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"

#include <QSet>

/**
 * `resetdesk-cli purge RUN | --all`: deletes saved runs and their keys for good, as Reset ›
 * Delete saved reset records does; each deletion is recorded in the audit log. Passwords in them
 * that were not handed over are lost, so a terminal is asked first (--yes skips the question).
 */
class PurgeCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void purge();

    QString m_runName;
    bool m_all = false;
    bool m_yes = false;
    QSet<QString> m_pending;
    int m_failed = 0;
};
