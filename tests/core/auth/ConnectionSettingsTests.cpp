// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "auth/ConnectionSettings.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

ConnectionSettings parse(const QStringList &arguments, bool *ok, QString *problem)
{
    QCommandLineParser parser;
    ConnectionSettings::addCommandLineOptions(parser);
    REQUIRE(parser.parse(QStringList{u"resetdesk"_s} + arguments));
    ConnectionSettings settings;
    *ok = settings.applyCommandLine(parser, problem);
    return settings;
}

} // namespace

TEST_CASE("CloudEndpoints: each national cloud has its own sign-in and Graph hosts", "[core][auth]")
{
    const CloudEndpoints global = CloudEndpoints::forCloud(Cloud::Global, u"contoso.com"_s);
    CHECK(global.tokenUrl() == QUrl(u"https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"_s));
    CHECK(global.authorizeUrl() == QUrl(u"https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize"_s));
    CHECK(global.graphRoot() == QUrl(u"https://graph.microsoft.com/v1.0"_s));

    CHECK(CloudEndpoints::forCloud(Cloud::UsGovernment, {}).deviceCodeUrl()
          == QUrl(u"https://login.microsoftonline.us/organizations/oauth2/v2.0/devicecode"_s));
    CHECK(CloudEndpoints::forCloud(Cloud::UsGovernmentDoD, {}).graphRoot() == QUrl(u"https://dod-graph.microsoft.us/v1.0"_s));
    CHECK(CloudEndpoints::forCloud(Cloud::China, {}).graphRoot()
          == QUrl(u"https://microsoftgraph.chinacloudapi.cn/v1.0"_s));
    CHECK(CloudEndpoints::forCloud(Cloud::China, {}).authorityHost() == QUrl(u"https://login.chinacloudapi.cn"_s));
}

TEST_CASE("CloudEndpoints: plain http is accepted only for loopback hosts", "[core][auth][security]")
{
    CHECK(CloudEndpoints::isAcceptableUrl(QUrl(u"https://graph.microsoft.com/v1.0"_s)));
    CHECK(CloudEndpoints::isAcceptableUrl(QUrl(u"http://127.0.0.1:8080/v1.0"_s)));
    CHECK(CloudEndpoints::isAcceptableUrl(QUrl(u"http://127.12.0.3/v1.0"_s)));
    CHECK(CloudEndpoints::isAcceptableUrl(QUrl(u"http://[::1]:9000/"_s)));
    CHECK(CloudEndpoints::isAcceptableUrl(QUrl(u"http://localhost:9000/"_s)));
    CHECK_FALSE(CloudEndpoints::isAcceptableUrl(QUrl(u"http://graph.microsoft.com/v1.0"_s)));
    CHECK_FALSE(CloudEndpoints::isAcceptableUrl(QUrl(u"http://192.168.1.10/v1.0"_s)));
    CHECK_FALSE(CloudEndpoints::isAcceptableUrl(QUrl(u"ftp://127.0.0.1/"_s)));

    const CloudEndpoints insecure = CloudEndpoints::custom(QUrl(u"http://login.example.com"_s),
                                                           QUrl(u"https://graph.example.com/v1.0"_s), {});
    CHECK_FALSE(insecure.isValid());
    CHECK(insecure.validationError() == u"insecure-scheme"_s);
    const CloudEndpoints loopback = CloudEndpoints::custom(QUrl(u"http://127.0.0.1:4000/"_s),
                                                           QUrl(u"http://127.0.0.1:4000/v1.0/"_s), u"tenant-id"_s);
    REQUIRE(loopback.isValid());
    CHECK(loopback.tokenUrl() == QUrl(u"http://127.0.0.1:4000/tenant-id/oauth2/v2.0/token"_s));
    CHECK(loopback.graphRoot() == QUrl(u"http://127.0.0.1:4000/v1.0"_s));
}

TEST_CASE("ConnectionSettings: command-line options override the saved settings", "[core][auth]")
{
    bool ok = false;
    QString problem;
    const ConnectionSettings settings =
        parse({u"--cloud"_s, u"usgov"_s, u"--tenant"_s, u"contoso.onmicrosoft.com"_s, u"--client-id"_s, u"abc"_s}, &ok,
              &problem);
    REQUIRE(ok);
    CHECK(settings.cloud == Cloud::UsGovernment);
    CHECK(settings.tenant == u"contoso.onmicrosoft.com"_s);
    CHECK(settings.clientId == u"abc"_s);

    const ConnectionSettings custom = parse({u"--authority-url"_s, u"http://127.0.0.1:5000"_s, u"--graph-url"_s,
                                             u"http://127.0.0.1:5000/v1.0"_s},
                                            &ok, &problem);
    REQUIRE(ok);
    CHECK(custom.cloud == Cloud::Custom);
    CHECK(custom.endpoints().graphRoot() == QUrl(u"http://127.0.0.1:5000/v1.0"_s));
}

TEST_CASE("ConnectionSettings: unusable command-line values are named, not silently ignored", "[core][auth]")
{
    bool ok = true;
    QString problem;
    parse({u"--cloud"_s, u"mars"_s}, &ok, &problem);
    CHECK_FALSE(ok);
    CHECK(problem == u"cloud"_s);

    parse({u"--authority-url"_s, u"https://login.example.com"_s, u"--graph-url"_s, u"http://graph.example.com/v1.0"_s},
          &ok, &problem);
    CHECK_FALSE(ok);
    CHECK(problem == u"graph-url"_s);
}

TEST_CASE("ConnectionSettings: round-trips through QSettings and defaults to Graph Command Line Tools", "[core][auth]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);

    const ConnectionSettings defaults = ConnectionSettings::load(store);
    CHECK(defaults.cloud == Cloud::Global);
    CHECK(defaults.tenant == u"organizations"_s);
    CHECK(defaults.clientId == u"14d82eec-204b-4c2f-b7e8-296a70dab67e"_s);

    ConnectionSettings changed;
    changed.cloud = Cloud::Custom;
    changed.tenant = u"kvarnby.se"_s;
    changed.clientId = u"5d1f0a3b-7c2e-4b9a-8f6d-3e4c5b6a7d8e"_s;
    changed.customAuthorityHost = QUrl(u"http://127.0.0.1:4000"_s);
    changed.customGraphRoot = QUrl(u"http://127.0.0.1:4000/v1.0"_s);
    changed.save(store);
    CHECK(ConnectionSettings::load(store) == changed);
    CHECK(changed.refreshTokenKey(u"Admin@Kvarnby.se"_s) == u"custom/kvarnby.se/admin@kvarnby.se/refresh-token"_s);
}

TEST_CASE("CloudEndpoints: a custom sign-in address with a tenant path is refused, not doubled", "[core][auth]")
{
    // "https://login.example.com/organizations" would become /organizations/organizations/oauth2/….
    const CloudEndpoints withPath = CloudEndpoints::custom(QUrl(u"https://login.example.com/organizations"_s),
                                                           QUrl(u"https://graph.example.com/v1.0"_s), {});
    CHECK_FALSE(withPath.isValid());
    CHECK(withPath.validationError() == u"authority-path"_s);
    const CloudEndpoints hostOnly = CloudEndpoints::custom(QUrl(u"https://login.example.com/"_s),
                                                           QUrl(u"https://graph.example.com/v1.0"_s), {});
    CHECK(hostOnly.isValid());
}
