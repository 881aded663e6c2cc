// SPDX-License-Identifier: MIT
#include "cli/SignOutCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "session/ConsoleSession.h"

using namespace Qt::Literals::StringLiterals;

QString SignOutCommand::name() const
{
    return u"signout"_s;
}

QString SignOutCommand::summary() const
{
    return tr("Sign out and remove the remembered sign-in from the keychain.");
}

void SignOutCommand::addOptions(QCommandLineParser &) const
{
}

void SignOutCommand::start(const QCommandLineParser &, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("signout takes no arguments."));
    ConsoleSession *console = session()->console();
    const Organisation organisation = console->currentOrganisation();
    const QString key = organisation.refreshTokenKey();
    const CliOutput &output = session()->output();
    if (key.isEmpty()) {
        output.tell(tr("Nobody is signed in to %1.").arg(organisation.name));
        return finish(CliExit::Done);
    }
    // Nothing was restored in this run, so ConsoleSession::signOut() has no token of its own to
    // forget: the stored one goes first, then the session forgets the account.
    TokenStore *store = session()->tokenStore();
    connect(store, &TokenStore::removeFinished, this,
            [this, console, organisation, key, &output](const QString &removed, TokenStoreError error,
                                                        const QString &detail) {
                if (removed != key)
                    return;
                if (error != TokenStoreError::None && error != TokenStoreError::NotFound) {
                    output.tell(tr("The sign-in could not be removed from the keychain: %1").arg(detail));
                    return finish(CliExit::SomeFailed);
                }
                console->signOut();
                output.tell(tr("Signed out of %1.").arg(organisation.name));
                finish(CliExit::Done);
            });
    store->remove(key);
}
