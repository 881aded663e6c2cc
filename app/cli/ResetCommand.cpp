// SPDX-License-Identifier: MIT
#include "cli/ResetCommand.h"

#include "bulk/BulkCsvImport.h"
#include "bulk/BulkSharedPasswordCheck.h"
#include "cli/CliBulkRun.h"
#include "cli/CliDirectory.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "cli/PreflightReport.h"
#include "cli/TerminalInput.h"
#include "directory/UserDirectory.h"
#include "directory/UserListModel.h"
#include "session/ConsoleSession.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto csvOption = u"csv"_s;
const auto everyoneOption = u"everyone"_s;
const auto excludeOption = u"exclude"_s;
const auto incidentOption = u"require-change-only"_s;
const auto styleOption = u"style"_s;
const auto passwordStdinOption = u"password-stdin"_s;
const auto passwordFileOption = u"password-file"_s;
const auto noForceChangeOption = u"no-force-change"_s;
const auto mfaOption = u"mfa"_s;
const auto signOutOption = u"sign-out-everywhere"_s;
const auto includeBlockedOption = u"include-blocked"_s;
const auto yesOption = u"yes"_s;
const auto dryRunOption = u"dry-run"_s;
const auto verboseOption = u"verbose"_s;

/** The same limit as the plan window: far above any list of users, far below memory trouble. */
constexpr qint64 maximumCsvBytes = 64 * 1024 * 1024;

const QList<std::pair<QString, PasswordStyle>> styles {
    {u"readable"_s, PasswordStyle::Readable},
    {u"classic"_s, PasswordStyle::Classic},
    {u"passphrase"_s, PasswordStyle::Passphrase},
};

QStringList styleNames()
{
    QStringList names;
    for (const auto &entry : styles)
        names.append(entry.first);
    return names;
}

/** @p values with comma-separated lists split, as --exclude a,b and --exclude a --exclude b mean the same. */
QStringList splitValues(const QStringList &values)
{
    QStringList all;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            all.append(part.trimmed());
    }
    return all;
}

} // namespace

QString ResetCommand::name() const
{
    return u"reset"_s;
}

QString ResetCommand::summary() const
{
    return tr("Reset the passwords of users, of the users in a CSV file, or of everyone.");
}

void ResetCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"users"_s, tr("User principal names or object ids of the users to reset."),
                                 tr("[user...]"));
    parser.addOption(QCommandLineOption(csvOption,
        tr("Reset the users listed in a CSV file: a user principal name or object id per row, optionally a password."),
        tr("file")));
    parser.addOption(QCommandLineOption(everyoneOption, tr("Reset everyone in the organization.")));
    parser.addOption(QCommandLineOption(excludeOption,
        tr("With --everyone: leave this user out (for example a break-glass account); may be repeated."), tr("user")));
    parser.addOption(QCommandLineOption(incidentOption,
        tr("With --everyone: require everyone to change password, and sign them out everywhere.")));
    parser.addOption(QCommandLineOption(styleOption,
        tr("How generated passwords look: %1 (default readable).").arg(styleNames().join(u", "_s)), tr("style"),
        u"readable"_s));
    parser.addOption(QCommandLineOption(passwordStdinOption,
        tr("Give every user the same password, read from standard input (never from the command line).")));
    parser.addOption(QCommandLineOption(passwordFileOption,
        tr("Give every user the same password, read from the first line of a file."), tr("file")));
    parser.addOption(QCommandLineOption(noForceChangeOption,
        tr("Do not require users to change the password when they next sign in.")));
    parser.addOption(QCommandLineOption(mfaOption,
        tr("Require multifactor authentication before users choose their new password.")));
    parser.addOption(QCommandLineOption(signOutOption, tr("Sign the users out of every session.")));
    parser.addOption(QCommandLineOption(includeBlockedOption, tr("Also reset users whose sign-in is blocked.")));
    parser.addOption(QCommandLineOption(yesOption, tr("Do not ask for confirmation.")));
    parser.addOption(QCommandLineOption(dryRunOption, tr("Only show the pre-flight; change nothing.")));
    parser.addOption(QCommandLineOption(verboseOption, tr("List every user of the pre-flight with their class.")));
    RunHandover::addOptions(parser);
}

void ResetCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!readOptions(parser, arguments))
        return finish(CliExit::Usage);
    session()->restore([this] { loadDirectory(); }, [this](CliExit exit) { finish(exit); });
}

bool ResetCommand::readOptions(const QCommandLineParser &parser, const QStringList &arguments)
{
    const CliOutput &output = session()->output();
    const auto problem = [&output](const QString &text) {
        output.tell(text);
        return false;
    };
    m_users = arguments;
    m_csvPath = parser.value(csvOption);
    m_everyone = parser.isSet(everyoneOption);
    m_incident = parser.isSet(incidentOption);
    m_excluded = splitValues(parser.values(excludeOption));
    if (int(!m_users.isEmpty()) + int(!m_csvPath.isEmpty()) + int(m_everyone) != 1)
        return problem(tr("Name the users to reset, or give --csv FILE or --everyone (one of them)."));
    if ((!m_excluded.isEmpty() || m_incident) && !m_everyone)
        return problem(tr("--exclude and --require-change-only go with --everyone."));
    if (parser.isSet(passwordStdinOption) && parser.isSet(passwordFileOption))
        return problem(tr("Choose either --password-stdin or --password-file, not both."));
    if (parser.isSet(mfaOption) && parser.isSet(noForceChangeOption))
        return problem(tr("--mfa needs the password change at next sign-in; leave out --no-force-change."));
    if (m_incident && parser.isSet(noForceChangeOption))
        return problem(tr("--require-change-only always requires the change; leave out --no-force-change."));
    PasswordStyle style = PasswordStyle::Readable;
    bool styleKnown = false;
    for (const auto &[styleName, value] : styles) {
        if (styleName == parser.value(styleOption)) {
            style = value;
            styleKnown = true;
        }
    }
    if (!styleKnown)
        return problem(tr("--style takes one of: %1.").arg(styleNames().join(u", "_s)));
    QString handoverProblem;
    if (!m_handover.read(parser, &handoverProblem))
        return problem(handoverProblem);
    m_includeBlocked = parser.isSet(includeBlockedOption);
    m_yes = parser.isSet(yesOption);
    m_dryRun = parser.isSet(dryRunOption);
    m_verbose = parser.isSet(verboseOption);

    m_request.choice.style = style;
    m_request.settings.forceChangePasswordNextSignIn = m_incident || !parser.isSet(noForceChangeOption);
    m_request.settings.forceChangePasswordNextSignInWithMfa
        = m_request.settings.forceChangePasswordNextSignIn && parser.isSet(mfaOption);
    m_request.settings.signOutEverywhere = m_incident || parser.isSet(signOutOption);
    if (parser.isSet(passwordStdinOption)) {
        if (CliOutput::inputIsTerminal())
            output.tell(tr("Type the password for every user (it is not shown) and press Enter:"));
        m_request.choice.sharedPassword = TerminalInput::readSecret();
    } else if (parser.isSet(passwordFileOption)) {
        QString error;
        if (!TerminalInput::readSecretFile(parser.value(passwordFileOption), &m_request.choice.sharedPassword, &error))
            return problem(tr("Could not read the password file: %1").arg(error));
    }
    if ((parser.isSet(passwordStdinOption) || parser.isSet(passwordFileOption))
        && m_request.choice.sharedPassword.isEmpty())
        return problem(tr("The password given is empty."));
    if (!m_request.choice.sharedPassword.isEmpty())
        m_request.choice.mode = BulkPasswordChoice::Mode::Shared;
    return true;
}

void ResetCommand::loadDirectory()
{
    // Everyone, the file's rows and the names given are matched against the whole list.
    CliDirectory::load(session(), this, [this] { plan(); }, [this](CliExit exit) { finish(exit); });
}

bool ResetCommand::collectTargets(QList<BulkTarget> *targets)
{
    const UserListModel *model = session()->console()->directory()->model();
    const CliOutput &output = session()->output();
    const QString tenantName = session()->console()->admin().domain();
    if (m_everyone) {
        for (const DirectoryUser &user : model->users())
            targets->append(BulkTarget {user, {}, 0});
        return true;
    }
    if (!m_csvPath.isEmpty()) {
        QFile file(m_csvPath);
        if (!file.open(QIODevice::ReadOnly)) {
            output.tell(tr("Could not read %1: %2").arg(m_csvPath, file.errorString()));
            return false;
        }
        if (file.size() > maximumCsvBytes) {
            output.tell(tr("%1 is larger than %L2 MB, too large for a list of users.").arg(m_csvPath).arg(maximumCsvBytes >> 20));
            return false;
        }
        const BulkCsvImport::Result csv = BulkCsvImport::read(file.readAll(), model->users(), tenantName);
        for (const BulkCsvImport::Problem &problem : csv.problems)
            output.tell(CliTexts::csvProblem(problem));
        if (!csv.ok()) {
            output.tell(tr("Nothing was reset. Correct the file and run the command again."));
            return false;
        }
        *targets = csv.targets;
        return true;
    }
    bool allFound = true;
    for (const QString &name : std::as_const(m_users)) {
        const int row = CliDirectory::find(session(), name);
        if (row >= 0)
            targets->append(BulkTarget {model->userAt(row), {}, 0});
        allFound = allFound && row >= 0;
    }
    return allFound;
}

void ResetCommand::plan()
{
    QList<BulkTarget> targets;
    if (!collectTargets(&targets))
        return finish(CliExit::Usage);
    ConsoleSession *console = session()->console();
    const UserListModel *model = console->directory()->model();
    const CliOutput &output = session()->output();
    BulkPreflight::Options options;
    options.includeSignInBlocked = m_includeBlocked;
    for (const QString &name : std::as_const(m_excluded)) {
        const int row = CliDirectory::find(session(), name);
        if (row < 0)
            return finish(CliExit::Usage);
        options.excludedUserIds.insert(model->userAt(row).id());
    }
    const BulkPreflight::Plan plan = BulkPreflight::classify(targets, console->admin(), options);
    // The pre-flight is what --dry-run answers; otherwise it is said to the person deciding.
    if (m_handover.isJson()) {
        output.resultText(PreflightReport::json(plan, m_verbose));
    } else {
        const QString report = PreflightReport::counts(plan) + (m_verbose ? PreflightReport::list(plan) : QString());
        if (m_dryRun)
            output.resultText(report);
        else
            output.tell(report.trimmed());
    }
    if (m_dryRun)
        return finish(CliExit::Done);
    const int included = plan.includedCount();
    if (included == 0) {
        output.tell(tr("Nobody is left to reset."));
        return finish(CliExit::Done);
    }
    m_request.targets = plan.includedTargets();
    m_request.tenantName = console->admin().domain();
    if (m_request.choice.mode == BulkPasswordChoice::Mode::Shared) {
        BulkSharedPasswordCheck check(m_request.tenantName);
        check.setPlan(plan);
        if (check.userCount() > 0 && !check.isAcceptable(m_request.choice.sharedPassword.reveal())) {
            output.tell(tr("The password does not meet the Microsoft 365 rules for these users: at least 8 "
                           "characters, three of upper case, lower case, digits and symbols, and no part of a "
                           "user's or the organization's name."));
            return finish(CliExit::Usage);
        }
    }
    if (!m_yes && !confirm(included))
        return finish(CliExit::Usage);
    m_run = new CliBulkRun(session(), m_handover, this);
    connect(m_run, &CliBulkRun::finished, this, [this](CliExit exit) { finish(exit); });
    m_run->start(m_request);
}

bool ResetCommand::confirm(int userCount) const
{
    const CliOutput &output = session()->output();
    if (TerminalInput::confirm(
            output,
            tr("Reset the passwords of %n user(s)? Their current passwords stop working at once. Type yes to go on:",
               nullptr, userCount),
            tr("Nothing was reset: add --yes to confirm when the command does not run in a terminal.")))
        return true;
    if (CliOutput::inputIsTerminal())
        output.tell(tr("Nothing was reset."));
    return false;
}
