// SPDX-License-Identifier: MIT
#include "cli/CliApplication.h"

#include "cli/CliCommand.h"
#include "cli/ExpiryCommand.h"
#include "cli/PolicyCommand.h"
#include "cli/PurgeCommand.h"
#include "cli/ResetCommand.h"
#include "cli/RunsCommand.h"
#include "cli/SignInCommand.h"
#include "cli/SignOutCommand.h"
#include "cli/StoredRunCommand.h"
#include "cli/UsersCommand.h"
#include "cli/WhoAmICommand.h"
#include "common/AppInfo.h"
#include "common/BuildCommit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto helpOption = u"help"_s;
const auto versionOption = u"version"_s;
} // namespace

CliApplication::CliApplication(QObject *parent)
    : QObject(parent)
    , m_session(&m_output)
{
    m_commands.push_back(std::make_unique<SignInCommand>(&m_session));
    m_commands.push_back(std::make_unique<SignOutCommand>(&m_session));
    m_commands.push_back(std::make_unique<WhoAmICommand>(&m_session));
    m_commands.push_back(std::make_unique<UsersCommand>(&m_session));
    m_commands.push_back(std::make_unique<ResetCommand>(&m_session));
    m_commands.push_back(std::make_unique<RunsCommand>(&m_session));
    m_commands.push_back(std::make_unique<ResumeCommand>(&m_session));
    m_commands.push_back(std::make_unique<HandoverCommand>(&m_session));
    m_commands.push_back(std::make_unique<PurgeCommand>(&m_session));
    m_commands.push_back(std::make_unique<PolicyCommand>(&m_session));
    m_commands.push_back(std::make_unique<ExpiryCommand>(&m_session));
}

CliApplication::~CliApplication() = default;

void CliApplication::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({u"h"_s, helpOption}, tr("Show this help; after a command, the command's.")));
    parser.addOption(QCommandLineOption({u"v"_s, versionOption}, tr("Show the version and the commit it was built from.")));
    CliSession::addOptions(parser);
}

CliCommand *CliApplication::command(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::generalHelp(const QCommandLineParser &parser) const
{
    QString text = parser.helpText();
    text += u'\n' + tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = qMax(width, command->name().size());
    for (const auto &command : m_commands)
        text += u"  "_s + command->name().leftJustified(width + 2) + command->summary() + u'\n';
    text += u'\n' + tr("Run resetdesk-cli COMMAND --help for the options and arguments of one command.") + u'\n';
    text += u'\n' + tr("Exit status:") + u'\n';
    const QList<std::pair<CliExit, QString>> codes {
        {CliExit::Done, tr("everything asked for was done")},
        {CliExit::SomeFailed, tr("some of it failed, for example some users were not reset")},
        {CliExit::Usage, tr("the command line was wrong; nothing was done")},
        {CliExit::NotSignedIn, tr("nobody is signed in, the sign-in expired, or a permission is missing")},
        {CliExit::StoppedByServer, tr("Microsoft 365 refused the work for everyone, for example for lack of a role")},
    };
    for (const auto &[code, meaning] : codes)
        text += u"  "_s + QString::number(int(code)) + u"  "_s + meaning + u'\n';
    return text;
}

int CliApplication::usage(const QString &problem)
{
    m_output.tell(problem);
    m_output.tell(tr("Run resetdesk-cli --help to see the commands and options."));
    return int(CliExit::Usage);
}

int CliApplication::run(const QStringList &arguments)
{
    // First the options every command takes and the command's name; the rest is the command's.
    QCommandLineParser common;
    common.setApplicationDescription(tr("Reset Microsoft 365 passwords through Microsoft Graph from a terminal or a "
                                        "script, with the sign-in, organizations and saved runs of ResetDesk."));
    addCommonOptions(common);
    common.addPositionalArgument(u"command"_s, tr("What to do; the commands are listed below."),
                                 tr("<command> [arguments...]"));
    common.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!common.parse(arguments))
        return usage(common.errorText());
    const QStringList positional = common.positionalArguments();
    if (positional.isEmpty()) {
        if (common.isSet(versionOption)) {
            m_output.result(u"resetdesk-cli "_s + AppInfo::version());
            m_output.result(tr("Built from commit %1").arg(BuildCommit::describe()));
            return int(CliExit::Done);
        }
        if (common.isSet(helpOption)) {
            m_output.resultText(generalHelp(common));
            return int(CliExit::Done);
        }
        m_output.tell(generalHelp(common));
        return int(CliExit::Usage);
    }
    CliCommand *chosen = command(positional.first());
    if (!chosen)
        return usage(tr("There is no command called \"%1\".").arg(positional.first()));
    return runCommand(chosen, arguments);
}

int CliApplication::runCommand(CliCommand *command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addCommonOptions(parser);
    parser.addPositionalArgument(command->name(), {}, command->name());
    command->addOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_output.resultText(parser.helpText());
        return int(CliExit::Done);
    }
    QString problem;
    if (!m_session.configure(parser, &problem))
        return usage(problem);

    int exitStatus = int(CliExit::Done);
    QEventLoop loop;
    bool commandDone = false;
    // The keychain may still be writing a rotated refresh token or a journal key: wait for it.
    const auto quitWhenSettled = [&] {
        if (commandDone && m_session.isSettled())
            loop.quit();
    };
    connect(command, &CliCommand::finished, &loop, [&](CliExit exit) {
        exitStatus = int(exit);
        commandDone = true;
        quitWhenSettled();
    });
    connect(&m_session, &CliSession::settled, &loop, quitWhenSettled);
    command->start(parser, parser.positionalArguments().mid(1));
    loop.exec();
    return exitStatus;
}
