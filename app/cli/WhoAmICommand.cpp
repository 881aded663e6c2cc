// SPDX-License-Identifier: MIT
#include "cli/WhoAmICommand.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "directory/RoleNames.h"
#include "session/ConsoleSession.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

QString WhoAmICommand::name() const
{
    return u"whoami"_s;
}

QString WhoAmICommand::summary() const
{
    return tr("Show the organization, who is signed in, their admin roles and the permissions granted.");
}

void WhoAmICommand::addOptions(QCommandLineParser &) const
{
}

void WhoAmICommand::start(const QCommandLineParser &, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("whoami takes no arguments."));
    session()->restore([this] { show(); }, [this](CliExit exit) { finish(exit); });
}

void WhoAmICommand::show()
{
    ConsoleSession *console = session()->console();
    const SignedInAdmin &admin = console->admin();
    const CliOutput &output = session()->output();
    output.result(tr("Organization: %1").arg(console->currentOrganisation().name));
    output.result(tr("Tenant: %1").arg(console->auth()->account().tenantId));
    output.result(tr("Signed in as: %1 <%2>").arg(admin.displayName, admin.userPrincipalName));
    QString roles;
    if (!admin.rolesKnown)
        roles = tr("unknown (the permission to read roles was not granted)");
    else if (admin.roleTemplateIds.isEmpty())
        roles = tr("none");
    else
        roles = RoleNames::list(admin.roleTemplateIds);
    output.result(tr("Admin roles: %1").arg(roles));
    QStringList scopes = console->auth()->grantedScopes();
    scopes.sort(Qt::CaseInsensitive);
    output.result(tr("Permissions: %1").arg(scopes.join(u", "_s)));
    if (admin.rolesKnown && !admin.canResetPasswords())
        output.tell(tr("This account holds no admin role that may reset passwords."));
    finish(CliExit::Done);
}
