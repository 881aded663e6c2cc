// SPDX-License-Identifier: MIT
#pragma once

#include "SandboxFixture.h"

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

/**
 * The real resetdesk-cli binary against a sandbox tenant over HTTP: each rig has its own home
 * (settings and data folders, so its own saved organisation and journals) and signs in the way
 * an admin would, with a device code; the connection options point it at the sandbox, exactly as
 * they point it at another cloud. The sandbox lives in this process, so every wait turns the
 * event loop.
 */
class CliRig
{
public:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    explicit CliRig(SandboxOptions options = SandboxFixture::defaultOptions());
    /** Against a sandbox started elsewhere (the demo tenant of a window under test); no fixture(). */
    explicit CliRig(Sandbox &sandbox);

    SandboxFixture &fixture() { return *m_fixture; }
    /** --cloud custom and the sandbox's addresses, tenant and client id. */
    QStringList connectionArguments() const;
    /** Runs resetdesk-cli with @p arguments, @p input on its standard input, in @p language. */
    Result run(const QStringList &arguments, const QByteArray &input = {}, const QString &language = QStringLiteral("en"));
    /** `signin --device-code` with the connection arguments; REQUIREs success. */
    void signIn();
    /** The environment every run gets (its own settings and data folders, no display). */
    QProcessEnvironment environment(const QString &language) const;
    /** Commands in @p directory come before the system's in every run's PATH (a fake xdg-open). */
    void prependToPath(const QString &directory) { m_pathPrefix = directory; }
    /** The settings and data folders' parent. */
    QString home() const { return m_home.path(); }
    /** The folder the command line keeps the saved organisation's journals in. */
    QString journalDirectory() const;

private:
    void addOrganisation();

    std::optional<SandboxFixture> m_fixture;
    Sandbox *m_sandbox;
    QTemporaryDir m_home;
    QString m_pathPrefix;
};

/** Users of a federated domain sign in at home: Graph refuses their passwordProfile. */
bool isFederated(const SandboxTenant &tenant, const SandboxUser &user);

/** Sandbox users any Global Administrator resets in bulk: members, enabled, cloud-only, no admin role. */
QList<const SandboxUser *> plainUsers(SandboxFixture &fixture, int count);

/**
 * User principal name -> password of the users a results CSV (English headings) hands a password
 * to. Generated passwords hold no comma or quote, so a plain split reads these rows.
 */
QHash<QString, QString> passwordsInResults(const QString &path);
