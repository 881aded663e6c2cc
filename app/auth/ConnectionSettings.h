// SPDX-License-Identifier: MIT
#pragma once

#include "auth/CloudEndpoints.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;
class QSettings;

/**
 * Which Microsoft 365 organisation to sign in to and as which app: cloud, tenant, client id and,
 * for the Custom cloud, the authority and Graph URLs. Persisted in QSettings (no secrets here)
 * and overridable from the command line for scripted deployments.
 */
struct ConnectionSettings
{
    Cloud cloud = Cloud::Global;
    QString tenant = QStringLiteral("organizations");
    QString clientId = defaultClientId();
    QUrl customAuthorityHost;
    QUrl customGraphRoot;
    /**
     * Tells saved organisations apart in the keychain, where two of them may otherwise look alike
     * (tenant "organizations" and the same account). Empty for the organisation carried over from
     * versions without saved organisations, whose refresh token keeps the name it was stored
     * under. Never saved with the connection: the saved organisation it belongs to sets it.
     */
    QString keychainScope;

    /**
     * Microsoft Graph Command Line Tools: pre-registered in every tenant, so ResetDesk works
     * without an app registration. Microsoft controls it and may restrict it at any time:
     * organisations should register their own app and set its client id.
     */
    static QString defaultClientId();

    /** The endpoints these settings describe; check isValid() (http only on loopback). */
    CloudEndpoints endpoints() const;

    static ConnectionSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    /** Adds --cloud, --tenant, --client-id, --authority-url and --graph-url to @p parser. */
    static void addCommandLineOptions(QCommandLineParser &parser);
    /**
     * Applies the options given on the command line over these settings. Returns false with
     * @p problem naming the bad option ("cloud" or "authority-url"/"graph-url") when one is unusable.
     */
    bool applyCommandLine(const QCommandLineParser &parser, QString *problem);

    /**
     * Identifies the account's refresh token in the keychain: "<cloud>/<tenant>/<upn>/refresh-token",
     * or "organisation/<scope>/<cloud>/<tenant>/<upn>/refresh-token" with a keychainScope.
     */
    QString refreshTokenKey(const QString &userPrincipalName) const;

    bool operator==(const ConnectionSettings &other) const = default;
};
