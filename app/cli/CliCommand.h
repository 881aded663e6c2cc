// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliExit.h"

#include <QObject>
#include <QString>

class CliSession;
class QCommandLineParser;

/**
 * One resetdesk-cli command ("reset", "users", …): its name and options, and the work, which
 * runs on the event loop and ends with finished(). Commands only bind to the core's operations
 * through the run's CliSession; they decide nothing the window program decides differently.
 */
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)
public:
    explicit CliCommand(CliSession *session, QObject *parent = nullptr);
    ~CliCommand() override;

    /** What is typed after resetdesk-cli. */
    virtual QString name() const = 0;
    /** One translated line for the list of commands in --help. */
    virtual QString summary() const = 0;
    /** The command's own options and arguments, beside the ones every command takes. */
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    /**
     * Starts the work with the parsed command line (positional arguments without the command's
     * name in @p arguments). Ends with finished(), also when it fails at once.
     */
    virtual void start(const QCommandLineParser &parser, const QStringList &arguments) = 0;

Q_SIGNALS:
    void finished(CliExit exit);

protected:
    CliSession *session() const { return m_session; }
    /** Emits finished() from the event loop, so a command may end inside its own start(). */
    void finish(CliExit exit);
    /** Tells @p problem and ends with CliExit::Usage. */
    void usageError(const QString &problem);

private:
    CliSession *m_session;
};
