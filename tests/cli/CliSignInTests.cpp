// SPDX-License-Identifier: MIT
// resetdesk-cli's skeleton: help and version without a display, in English and Swedish, the
// exit status of a wrong command line, and signing in, who is signed in and signing out against
// the sandbox over HTTP with the real keychain.
#include "CatchQt.h"
#include "CliRig.h"

#include "sandbox/TenantGenerator.h"
#include "session/OrganisationStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("resetdesk-cli: --help lists the commands and exit codes in English and Swedish", "[cli]")
{
    CliRig rig;
    const CliRig::Result english = rig.run({u"--help"_s});
    CHECK(english.exitCode == 0);
    for (const QString &text : {u"signin"_s, u"signout"_s, u"whoami"_s, u"--profile <name>"_s, u"--graph-url <url>"_s,
             u"Exit status:"_s, u"  3  nobody is signed in"_s, u"  4  Microsoft 365 refused"_s}) {
        INFO(text.toStdString());
        CHECK(english.out.contains(text));
    }
    const CliRig::Result swedish = rig.run({u"-h"_s}, {}, u"sv"_s);
    CHECK(swedish.exitCode == 0);
    CHECK(swedish.out.contains(u"Slutstatus:"_s));
    // Qt's own headers too, which Debian's Swedish Qt catalogue lacks.
    CHECK(swedish.out.startsWith(u"Användning: "_s));
    CHECK(swedish.out.contains(u"\nAlternativ:\n"_s));
    CHECK(swedish.out.contains(u"\nArgument:\n"_s));
    CHECK(swedish.out.contains(u"Logga in på Microsoft 365"_s));

    const CliRig::Result version = rig.run({u"--version"_s});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(u"resetdesk-cli " RESETDESK_VERSION "\n"_s));
}

TEST_CASE("resetdesk-cli: each command has a --help of its own", "[cli]")
{
    CliRig rig;
    const CliRig::Result signin = rig.run({u"signin"_s, u"--help"_s});
    CHECK(signin.exitCode == 0);
    CHECK(signin.out.contains(u"--device-code"_s));
    CHECK(signin.out.contains(u"--browser"_s));
    CHECK(signin.out.contains(u"Sign in to Microsoft 365"_s));
    const CliRig::Result whoami = rig.run({u"whoami"_s, u"-h"_s});
    CHECK(whoami.exitCode == 0);
    CHECK_FALSE(whoami.out.contains(u"--device-code"_s));
}

TEST_CASE("resetdesk-cli: a wrong command line does nothing and exits with 2", "[cli]")
{
    CliRig rig;
    const CliRig::Result unknown = rig.run({u"frobnicate"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"There is no command called \"frobnicate\"."_s));
    CHECK(rig.run({}).exitCode == 2);
    CHECK(rig.run({u"whoami"_s, u"--no-such-option"_s}).exitCode == 2);
    const CliRig::Result both = rig.run({u"signin"_s, u"--device-code"_s, u"--browser"_s});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(u"--device-code or --browser"_s));
    const CliRig::Result profile = rig.run({u"whoami"_s, u"--profile"_s, u"Nordvik"_s});
    CHECK(profile.exitCode == 2);
    CHECK(profile.err.contains(u"No saved organization is called \"Nordvik\"."_s));
}

TEST_CASE("resetdesk-cli: without a sign-in a command exits with 3", "[cli]")
{
    CliRig rig;
    const CliRig::Result whoami = rig.run({u"whoami"_s});
    CHECK(whoami.exitCode == 3);
    CHECK(whoami.err.contains(u"Run resetdesk-cli signin first."_s));
    CHECK(whoami.out.isEmpty());
}

TEST_CASE("resetdesk-cli: signs in with a device code, says who is signed in and signs out", "[cli]")
{
    CliRig rig;
    const CliRig::Result signin
        = rig.run(QStringList {u"signin"_s, u"--device-code"_s, u"--all-permissions"_s} + rig.connectionArguments());
    INFO(signin.err.toStdString());
    REQUIRE(signin.exitCode == 0);
    // The code is shown on the terminal, with the address to enter it at.
    CHECK(signin.err.contains(u"/devicelogin on any device and enter the code "_s));
    CHECK(signin.err.contains(u"as "_s + TenantGenerator::adminUserPrincipalName()));

    // Later commands sign in silently with the refresh token in the keychain.
    const CliRig::Result whoami = rig.run({u"whoami"_s});
    INFO(whoami.err.toStdString());
    REQUIRE(whoami.exitCode == 0);
    CHECK(whoami.out.contains(u"<"_s + TenantGenerator::adminUserPrincipalName() + u">"_s));
    CHECK(whoami.out.contains(u"Tenant: "_s + rig.fixture().sandbox().tenantId()));
    CHECK(whoami.out.contains(u"Global Administrator"_s));
    CHECK(whoami.out.contains(u"User-PasswordProfile.ReadWrite.All"_s));

    // The window program finds the same organisation with the account to restore.
    {
        QSettings settings(rig.home() + u"/config/ResetDesk/ResetDesk.conf"_s, QSettings::IniFormat);
        const OrganisationStore store(&settings);
        CHECK(store.current().lastAccount == TenantGenerator::adminUserPrincipalName());
        CHECK(store.current().connection.customGraphRoot == rig.fixture().sandbox().graphUrl());
    }

    const CliRig::Result signout = rig.run({u"signout"_s});
    CHECK(signout.exitCode == 0);
    CHECK(rig.run({u"whoami"_s}).exitCode == 3);
}

TEST_CASE("resetdesk-cli: signs in with the browser, which gets the address and no secret", "[cli]")
{
    CliRig rig;
    // The desktop's opener, as a browser whose user approves at once: it fetches the address and
    // follows the sign-in's redirect to resetdesk-cli's loopback port. It notes what it was given.
    const QString bin = rig.home() + u"/bin"_s;
    const QString argumentsFile = rig.home() + u"/opener-arguments"_s;
    REQUIRE(QDir().mkpath(bin));
    {
        QFile opener(bin + u"/xdg-open"_s);
        REQUIRE(opener.open(QIODevice::WriteOnly));
        opener.write(u"#!/bin/sh\nprintf '%s\\n' \"$@\" > '%1'\nexec curl -sL -o /dev/null \"$1\"\n"_s
                         .arg(argumentsFile)
                         .toUtf8());
        REQUIRE(opener.setPermissions(opener.permissions() | QFileDevice::ExeOwner));
    }
    rig.prependToPath(bin);

    const CliRig::Result signin
        = rig.run(QStringList {u"signin"_s, u"--browser"_s, u"--all-permissions"_s} + rig.connectionArguments());
    INFO(signin.err.toStdString());
    REQUIRE(signin.exitCode == 0);
    CHECK(signin.err.contains(u"as "_s + TenantGenerator::adminUserPrincipalName()));
    const CliRig::Result whoami = rig.run({u"whoami"_s});
    INFO(whoami.err.toStdString());
    REQUIRE(whoami.exitCode == 0);
    CHECK(whoami.out.contains(u"<"_s + TenantGenerator::adminUserPrincipalName() + u">"_s));

    // One argument: the authorize address with the PKCE challenge and state, which are public.
    QFile opened(argumentsFile);
    REQUIRE(opened.open(QIODevice::ReadOnly));
    const QStringList arguments = QString::fromUtf8(opened.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(arguments.size() == 1);
    const QUrl address(arguments.first());
    CHECK(address.path().endsWith(u"/oauth2/v2.0/authorize"_s));
    CHECK(signin.err.contains(arguments.first()));
    const QUrlQuery query(address);
    CHECK(query.queryItemValue(u"code_challenge_method"_s) == u"S256"_s);
    CHECK_FALSE(query.queryItemValue(u"code_challenge"_s).isEmpty());
    for (const QString &secret : {u"code_verifier"_s, u"code"_s, u"client_secret"_s, u"refresh_token"_s,
             u"access_token"_s, u"id_token"_s, u"password"_s}) {
        INFO(secret.toStdString());
        CHECK_FALSE(query.hasQueryItem(secret));
    }
}
