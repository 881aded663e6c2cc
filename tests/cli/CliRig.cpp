// SPDX-License-Identifier: MIT
#include "CliRig.h"

#include "CatchQt.h"
#include "WaitUntil.h"
#include "sandbox/TenantGenerator.h"
#include "session/OrganisationStore.h"

#include <QFile>
#include <QProcess>
#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

CliRig::CliRig(SandboxOptions options)
    : m_fixture(std::in_place, options)
    , m_sandbox(&m_fixture->sandbox())
{
    addOrganisation();
}

CliRig::CliRig(Sandbox &sandbox)
    : m_sandbox(&sandbox)
{
    addOrganisation();
}

void CliRig::addOrganisation()
{
    REQUIRE(m_home.isValid());
    // An organisation of its own, as an admin adds one: its sign-in has a keychain entry of its
    // own, so rigs running side by side against look-alike tenants never share a refresh token.
    {
        QSettings settings(m_home.filePath(u"config/ResetDesk/ResetDesk.conf"_s), QSettings::IniFormat);
        OrganisationStore store(&settings);
        const std::optional<Organisation> added = store.add(u"Kvarnby Bygg AB"_s, ConnectionSettings(), {});
        REQUIRE(added);
        REQUIRE(store.setCurrent(added->id));
    }
    // The "user" approves the code at the first poll, and polls come every second.
    m_sandbox->context().signIn.devicePendingPolls = 0;
    m_sandbox->context().signIn.deviceIntervalSeconds = 1;
}

QString CliRig::journalDirectory() const
{
    QSettings settings(m_home.filePath(u"config/ResetDesk/ResetDesk.conf"_s), QSettings::IniFormat);
    return OrganisationStore(&settings).current().journalDirectory(
        m_home.filePath(u"data/ResetDesk/ResetDesk/journals"_s));
}

QStringList CliRig::connectionArguments() const
{
    return {u"--cloud"_s, u"custom"_s,
            u"--authority-url"_s, m_sandbox->authorityHostUrl().toString(),
            u"--graph-url"_s, m_sandbox->graphUrl().toString(),
            u"--tenant"_s, m_sandbox->tenantId(),
            u"--client-id"_s, TenantGenerator::sandboxClientId()};
}

QProcessEnvironment CliRig::environment(const QString &language) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        environment.remove(name);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    environment.insert(u"LANGUAGE"_s, language);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    if (!m_pathPrefix.isEmpty())
        environment.insert(u"PATH"_s, m_pathPrefix + u':' + environment.value(u"PATH"_s));
    return environment;
}

CliRig::Result CliRig::run(const QStringList &arguments, const QByteArray &input, const QString &language)
{
    QProcess cli;
    cli.setProcessEnvironment(environment(language));
    cli.start(QStringLiteral(RESETDESK_CLI), arguments);
    REQUIRE(cli.waitForStarted(10000));
    if (!input.isEmpty())
        cli.write(input);
    cli.closeWriteChannel();
    REQUIRE(waitUntil([&] { return cli.state() == QProcess::NotRunning; }, 120000));
    REQUIRE(cli.exitStatus() == QProcess::NormalExit);
    return {cli.exitCode(), QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

void CliRig::signIn()
{
    const Result result = run(QStringList {u"signin"_s, u"--device-code"_s, u"--all-permissions"_s} + connectionArguments());
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

bool isFederated(const SandboxTenant &tenant, const SandboxUser &user)
{
    const QString domain = user.userPrincipalName.section(u'@', 1);
    return std::any_of(tenant.domains.cbegin(), tenant.domains.cend(), [&domain](const SandboxDomain &candidate) {
        return candidate.id.compare(domain, Qt::CaseInsensitive) == 0 && candidate.authenticationType != u"Managed"_s;
    });
}

QList<const SandboxUser *> plainUsers(SandboxFixture &fixture, int count)
{
    QList<const SandboxUser *> users;
    const SandboxTenant &tenant = fixture.tenant();
    for (const SandboxUser &user : tenant.users()) {
        if (users.size() == count)
            break;
        if (user.deleted || !user.accountEnabled || user.userType != u"Member"_s || user.onPremisesSyncEnabled.value_or(false)
            || user.id == tenant.adminUserId || !tenant.rolesOf(user.id, true).isEmpty())
            continue;
        if (isFederated(tenant, user))
            continue;
        users.append(&user);
    }
    REQUIRE(users.size() == count);
    return users;
}

QHash<QString, QString> passwordsInResults(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    const QStringList heading = lines.takeFirst().split(u',');
    const qsizetype upnColumn = heading.indexOf(u"User name"_s);
    const qsizetype passwordColumn = heading.indexOf(u"Temporary password"_s);
    REQUIRE(upnColumn >= 0);
    REQUIRE(passwordColumn >= 0);
    QHash<QString, QString> passwords;
    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.split(u',');
        if (!cells.value(passwordColumn).isEmpty())
            passwords.insert(cells.at(upnColumn), cells.at(passwordColumn));
    }
    return passwords;
}
