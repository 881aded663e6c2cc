// SPDX-License-Identifier: MIT
#include "cli/CliCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"

#include <QMetaObject>

CliCommand::CliCommand(CliSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

CliCommand::~CliCommand() = default;

void CliCommand::finish(CliExit exit)
{
    QMetaObject::invokeMethod(this, [this, exit] { Q_EMIT finished(exit); }, Qt::QueuedConnection);
}

void CliCommand::usageError(const QString &problem)
{
    m_session->output().tell(problem);
    finish(CliExit::Usage);
}
