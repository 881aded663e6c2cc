// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"
#include "cli/RunHandover.h"

#include <QPointer>

class CliBulkRun;

/**
 * What `resume RUN` and `handover RUN` share: the saved run is opened from its journal and
 * resumed through the core's BulkRun, which sends again only what is not finished (with the
 * journal's passwords, so nobody's password is set twice to different values), then handed over
 * as the command line asks. A run started in the window program continues here and the other
 * way round; the journal goes only once BulkHandover lets it.
 */
class StoredRunCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

protected:
    /** handover needs a channel; resume may leave the passwords in the journal. */
    virtual bool needsChannel() const = 0;

private:
    void open();

    QString m_runName;
    RunHandover m_handover;
    QPointer<CliBulkRun> m_run;
};

/** `resetdesk-cli resume RUN`: finishes an interrupted run. */
class ResumeCommand final : public StoredRunCommand
{
    Q_OBJECT
public:
    using StoredRunCommand::StoredRunCommand;
    QString name() const override;
    QString summary() const override;

protected:
    bool needsChannel() const override { return false; }
};

/** `resetdesk-cli handover RUN --results|--slips|--show-passwords`: hands a saved run's passwords over. */
class HandoverCommand final : public StoredRunCommand
{
    Q_OBJECT
public:
    using StoredRunCommand::StoredRunCommand;
    QString name() const override;
    QString summary() const override;

protected:
    bool needsChannel() const override { return true; }
};
