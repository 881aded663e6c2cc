// SPDX-License-Identifier: MIT
#include "cli/PolicyCommand.h"

#include "cli/CliDirectory.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "directory/UserDirectory.h"
#include "directory/UserListModel.h"
#include "policy/UserPolicyChange.h"
#include "session/ConsoleSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto neverExpiresOption = u"never-expires"_s;
const auto weakPasswordsOption = u"weak-passwords"_s;

/** "on" or "off" as a value; nullopt for anything else. */
std::optional<bool> onOff(const QString &value)
{
    if (value == u"on"_s)
        return true;
    if (value == u"off"_s)
        return false;
    return std::nullopt;
}

QString onOffText(bool on)
{
    return on ? u"on"_s : u"off"_s;
}

} // namespace

QString PolicyCommand::name() const
{
    return u"policy"_s;
}

QString PolicyCommand::summary() const
{
    return tr("Set whether users' passwords never expire and whether they may use weak passwords.");
}

void PolicyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"users"_s, tr("User principal names or object ids of the users to change."),
                                 tr("<user>..."));
    parser.addOption(QCommandLineOption(neverExpiresOption, tr("Whether the password never expires: on or off."),
                                        u"on|off"_s));
    parser.addOption(QCommandLineOption(weakPasswordsOption,
        tr("Whether weak passwords are allowed (the strong password requirement off): on or off."), u"on|off"_s));
}

void PolicyCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("Name the users whose password policies to change."));
    m_users = arguments;
    for (const QString &option : {neverExpiresOption, weakPasswordsOption}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<bool> value = onOff(parser.value(option));
        if (!value)
            return usageError(tr("--%1 takes on or off.").arg(option));
        (option == neverExpiresOption ? m_change.neverExpires : m_change.weakAllowed) = value;
    }
    if (m_change.isEmpty())
        return usageError(tr("Say what to change: --never-expires on|off, --weak-passwords on|off or both."));
    session()->restore(
        [this] {
            CliDirectory::load(session(), this, [this] { change(); }, [this](CliExit exit) { finish(exit); });
        },
        [this](CliExit exit) { finish(exit); });
}

void PolicyCommand::change()
{
    const UserListModel *model = session()->console()->directory()->model();
    QList<DirectoryUser> users;
    for (const QString &name : std::as_const(m_users)) {
        const int row = CliDirectory::find(session(), name);
        if (row < 0)
            return finish(CliExit::Usage);
        users.append(model->userAt(row));
    }
    const CliOutput &output = session()->output();
    m_operation = new UserPolicyChange(session()->console(), this);
    connect(m_operation, &UserPolicyChange::consentFailed, this, [this, &output](const AuthError &error) {
        output.tell(CliTexts::forAuthError(error));
        finish(CliExit::NotSignedIn);
    });
    connect(m_operation, &UserPolicyChange::auditFailed, this, [&output](const QString &path, const QString &error) {
        output.tell(tr("The change could not be recorded in the audit log %1 (%2). The change itself stands.")
                        .arg(path, error));
    });
    connect(m_operation, &UserPolicyChange::finished, this,
            [this, users, &output](const QList<PasswordPolicyUpdater::Result> &results) {
                bool allDone = true;
                for (const PasswordPolicyUpdater::Result &result : results) {
                    const auto user = std::find_if(users.cbegin(), users.cend(),
                                                   [&result](const DirectoryUser &u) { return u.id() == result.userId; });
                    const QString name = user != users.cend() ? user->userPrincipalName() : result.userId;
                    if (result.error.isError()) {
                        allDone = false;
                        //: %1 user name, %2 why the change failed
                        output.tell(tr("%1: not changed: %2").arg(name, CliTexts::forGraphError(result.error)));
                        continue;
                    }
                    // Fixed words for scripts: the user, then each policy as the server holds it now.
                    output.result(u"%1\tnever-expires=%2\tweak-passwords=%3"_s.arg(
                        name, onOffText(result.policies.neverExpires()), onOffText(result.policies.weakAllowed())));
                }
                finish(allDone ? CliExit::Done : CliExit::SomeFailed);
            });
    m_operation->start(users, m_change);
}
