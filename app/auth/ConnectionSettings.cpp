// SPDX-License-Identifier: MIT
#include "auth/ConnectionSettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto cloudKey = u"connection/cloud"_s;
const auto tenantKey = u"connection/tenant"_s;
const auto clientIdKey = u"connection/clientId"_s;
const auto authorityKey = u"connection/authorityUrl"_s;
const auto graphKey = u"connection/graphUrl"_s;

} // namespace

QString ConnectionSettings::defaultClientId()
{
    return u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s;
}

CloudEndpoints ConnectionSettings::endpoints() const
{
    if (cloud == Cloud::Custom)
        return CloudEndpoints::custom(customAuthorityHost, customGraphRoot, tenant);
    return CloudEndpoints::forCloud(cloud, tenant);
}

ConnectionSettings ConnectionSettings::load(QSettings &settings)
{
    ConnectionSettings loaded;
    loaded.cloud = CloudEndpoints::cloudFromId(settings.value(cloudKey, CloudEndpoints::cloudId(Cloud::Global)).toString());
    loaded.tenant = settings.value(tenantKey, loaded.tenant).toString().trimmed();
    if (loaded.tenant.isEmpty())
        loaded.tenant = u"organizations"_s;
    loaded.clientId = settings.value(clientIdKey, loaded.clientId).toString().trimmed();
    if (loaded.clientId.isEmpty())
        loaded.clientId = defaultClientId();
    loaded.customAuthorityHost = QUrl(settings.value(authorityKey).toString());
    loaded.customGraphRoot = QUrl(settings.value(graphKey).toString());
    return loaded;
}

void ConnectionSettings::save(QSettings &settings) const
{
    settings.setValue(cloudKey, CloudEndpoints::cloudId(cloud));
    settings.setValue(tenantKey, tenant);
    settings.setValue(clientIdKey, clientId);
    settings.setValue(authorityKey, customAuthorityHost.toString());
    settings.setValue(graphKey, customGraphRoot.toString());
}

void ConnectionSettings::addCommandLineOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        u"cloud"_s,
        QCoreApplication::translate("ConnectionSettings", "Microsoft cloud: global, usgov, usgovdod, china or custom."),
        u"cloud"_s));
    parser.addOption(QCommandLineOption(
        u"tenant"_s,
        QCoreApplication::translate("ConnectionSettings",
                                    "Organization to sign in to: a tenant ID, a domain, or \"organizations\"."),
        u"tenant"_s));
    parser.addOption(QCommandLineOption(
        u"client-id"_s,
        QCoreApplication::translate("ConnectionSettings", "Application (client) ID of your app registration."),
        u"id"_s));
    parser.addOption(QCommandLineOption(
        u"authority-url"_s,
        QCoreApplication::translate("ConnectionSettings", "Sign-in host for the custom cloud, e.g. https://login.example.com."),
        u"url"_s));
    parser.addOption(QCommandLineOption(
        u"graph-url"_s,
        QCoreApplication::translate("ConnectionSettings",
                                    "Microsoft Graph root for the custom cloud, e.g. https://graph.example.com/v1.0."),
        u"url"_s));
}

bool ConnectionSettings::applyCommandLine(const QCommandLineParser &parser, QString *problem)
{
    if (parser.isSet(u"cloud"_s)) {
        bool ok = false;
        cloud = CloudEndpoints::cloudFromId(parser.value(u"cloud"_s), &ok);
        if (!ok) {
            *problem = u"cloud"_s;
            return false;
        }
    }
    if (parser.isSet(u"tenant"_s))
        tenant = parser.value(u"tenant"_s).trimmed();
    if (parser.isSet(u"client-id"_s))
        clientId = parser.value(u"client-id"_s).trimmed();
    if (parser.isSet(u"authority-url"_s)) {
        customAuthorityHost = QUrl(parser.value(u"authority-url"_s));
        cloud = Cloud::Custom;
    }
    if (parser.isSet(u"graph-url"_s)) {
        customGraphRoot = QUrl(parser.value(u"graph-url"_s));
        cloud = Cloud::Custom;
    }
    const CloudEndpoints resolved = endpoints();
    if (!resolved.isValid()) {
        *problem = parser.isSet(u"graph-url"_s) && !CloudEndpoints::isAcceptableUrl(customGraphRoot) ? u"graph-url"_s
                                                                                                    : u"authority-url"_s;
        return false;
    }
    return true;
}

QString ConnectionSettings::refreshTokenKey(const QString &userPrincipalName) const
{
    const QString key = CloudEndpoints::cloudId(cloud) + u'/' + tenant.toLower() + u'/' + userPrincipalName.toLower()
                        + u"/refresh-token"_s;
    return keychainScope.isEmpty() ? key : u"organisation/"_s + keychainScope + u'/' + key;
}
