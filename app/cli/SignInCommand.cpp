// SPDX-License-Identifier: MIT
#include "cli/SignInCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "session/ConsoleSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto deviceCodeOption = u"device-code"_s;
const auto browserOption = u"browser"_s;
const auto allPermissionsOption = u"all-permissions"_s;
} // namespace

QString SignInCommand::name() const
{
    return u"signin"_s;
}

QString SignInCommand::summary() const
{
    return tr("Sign in to Microsoft 365 and remember the sign-in in the keychain.");
}

void SignInCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(deviceCodeOption,
        tr("Sign in with a code entered on another device; the code is shown here.")));
    parser.addOption(QCommandLineOption(browserOption, tr("Sign in with the browser on this computer.")));
    parser.addOption(QCommandLineOption(allPermissionsOption,
        tr("Approve every permission now instead of each the first time a command needs it.")));
}

void SignInCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("signin takes no arguments."));
    if (parser.isSet(deviceCodeOption) && parser.isSet(browserOption))
        return usageError(tr("Choose either --device-code or --browser, not both."));
    ConsoleSession *console = session()->console();
    // The organisation's saved choices unless the command line says otherwise.
    SignInPreferences preferences = console->signInPreferences();
    if (parser.isSet(deviceCodeOption))
        preferences.method = SignInMethod::DeviceCode;
    else if (parser.isSet(browserOption))
        preferences.method = SignInMethod::Browser;
    if (parser.isSet(allPermissionsOption))
        preferences.consent = ConsentChoice::AllAtOnce;

    const CliOutput &output = session()->output();
    connect(console, &ConsoleSession::ready, this, [this, console, &output](const SignedInAdmin &admin) {
        output.tell(tr("Signed in to %1 as %2.").arg(console->currentOrganisation().name, admin.userPrincipalName));
        finish(CliExit::Done);
    });
    connect(console, &ConsoleSession::signInFailed, this, [this, &output](const AuthError &error) {
        output.tell(CliTexts::forAuthError(error));
        finish(CliTexts::exitFor(error));
    });
    connect(console, &ConsoleSession::profileFailed, this, [this, &output](const GraphError &error) {
        output.tell(CliTexts::forGraphError(error));
        finish(CliTexts::exitFor(error));
    });
    if (!console->signIn(session()->connection(), preferences))
        usageError(tr("These connection settings cannot be used to sign in. Check --cloud, --authority-url and "
                      "--graph-url."));
}
