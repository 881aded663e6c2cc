// SPDX-License-Identifier: MIT
// Issue 4's promise: after a session with sign-in, refresh and a password reset, no token or
// password is in the log (every resetdesk.* category on, debug included) or in QSettings.
#include "CatchQt.h"
#include "LogCapture.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "demo/InProcessBrowser.h"
#include "auth/MemoryTokenStore.h"
#include "graph/GraphClient.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString storedSecret(TokenStore &store, const QString &key)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(key);
    REQUIRE(waitUntil([&] { return !spy.isEmpty(); }, 10000));
    return QString::fromUtf8(spy.first().at(1).toByteArray());
}

QString refreshTokenIn(const QString &secret)
{
    return QJsonDocument::fromJson(secret.toUtf8()).object().value(u"refreshToken"_s).toString();
}

} // namespace

TEST_CASE("AuthSession: no token or password reaches the log or QSettings", "[auth][session][secrets]")
{
    QTemporaryDir settingsDir;
    REQUIRE(settingsDir.isValid());
    SandboxFixture fixture;
    LogCapture log;
    QStringList secrets;

    QNetworkAccessManager network;
    MemoryTokenStore store;
    InProcessBrowser browser(&network);
    AuthSession session(&store, &network);
    ConnectionSettings connection;
    connection.cloud = Cloud::Custom;
    connection.tenant = fixture.sandbox().tenantId();
    connection.clientId = TenantGenerator::sandboxClientId();
    connection.customAuthorityHost = fixture.sandbox().authorityHostUrl();
    connection.customGraphRoot = fixture.sandbox().graphUrl();
    session.setConnection(connection);
    session.setUrlOpener([&](const QUrl &url) { return browser.open(url); });
    {
        QSettings settings(settingsDir.filePath(u"resetdesk.ini"_s), QSettings::IniFormat);
        connection.save(settings);
    }

    // Sign in (with the password reset permission, as the reset dialog asks for it).
    QSignalSpy signedIn(&session, &AuthSession::signedIn);
    session.signInWithBrowser(AuthScopes::signIn() + AuthScopes::passwordReset());
    REQUIRE(signedIn.wait(20000));
    const QString key = connection.refreshTokenKey(session.account().userPrincipalName);
    secrets << session.accessToken() << refreshTokenIn(storedSecret(store, key));

    // Refresh explicitly, then once more through GraphClient after the token expired.
    QSignalSpy refreshed(&session, &AccessTokenSource::accessTokenRefreshed);
    session.refreshAccessToken();
    REQUIRE(refreshed.wait(10000));
    REQUIRE(refreshed.first().at(0).toBool());
    secrets << session.accessToken() << refreshTokenIn(storedSecret(store, key));

    GraphClient client(&network, &session);
    REQUIRE(client.setGraphRoot(fixture.sandbox().graphUrl()));
    fixture.context().tokens.expireAllAccessTokens();

    // Reset a member's password through Graph.
    const SandboxUser *target = nullptr;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (user.id != fixture.adminId() && user.userType == u"Member"_s && !user.onPremisesSyncEnabled.value_or(false)
            && user.roleTemplateIds.isEmpty() && user.accountEnabled) {
            target = &user;
            break;
        }
    }
    REQUIRE(target);
    const QString targetId = target->id;
    const QString password = u"Vq7#rTm2!Lp9xZk4"_s;
    secrets << password;
    const QJsonObject body{{u"passwordProfile"_s,
                            QJsonObject{{u"password"_s, password}, {u"forceChangePasswordNextSignIn"_s, true}}}};
    GraphCall *call = client.send(GraphRequest::patch(u"/users/"_s + targetId, body));
    GraphResponse response;
    bool done = false;
    QObject::connect(call, &GraphCall::finished, [&](const GraphResponse &r) {
        response = r;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 20000));
    CHECK(response.status == 204);
    CHECK(fixture.tenant().userById(targetId)->password == password);
    secrets << session.accessToken() << refreshTokenIn(storedSecret(store, key));

    const QStringList lines = log.lines();
    CHECK(lines.filter(u"resetdesk.auth"_s).size() >= 3); // the categories really were on
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    REQUIRE(secrets.size() >= 7);
    for (const QString &line : lines) {
        for (const QString &secret : secrets) {
            INFO(line.toStdString());
            CHECK_FALSE(line.contains(secret));
            CHECK_FALSE(line.contains(secret.left(16))); // not even a prefix of one
        }
        CHECK_FALSE(line.contains(u"Bearer "_s, Qt::CaseInsensitive));
    }

    QSettings settings(settingsDir.filePath(u"resetdesk.ini"_s), QSettings::IniFormat);
    const QStringList keys = settings.allKeys();
    REQUIRE_FALSE(keys.isEmpty());
    for (const QString &settingKey : keys) {
        const QString value = settings.value(settingKey).toString();
        for (const QString &secret : secrets) {
            CHECK_FALSE(settingKey.contains(secret));
            CHECK_FALSE(value.contains(secret));
        }
    }
    QFile file(settingsDir.filePath(u"resetdesk.ini"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    for (const QString &secret : secrets)
        CHECK_FALSE(raw.contains(secret.toUtf8()));
}
