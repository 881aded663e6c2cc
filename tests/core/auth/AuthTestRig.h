// SPDX-License-Identifier: MIT
// Shared by the AuthSession integration tests: a session wired to the sandbox, its browser played
// in process by InProcessBrowser, plus keychain helpers.
#pragma once

#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "demo/InProcessBrowser.h"
#include "auth/MemoryTokenStore.h"
#include "graph/GraphClient.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace AuthTestRig {

using namespace Qt::Literals::StringLiterals;

inline const QString keychainService = u"io.github.resetdesk.ResetDesk.tests"_s;

inline ConnectionSettings sandboxConnection(SandboxFixture &fixture)
{
    ConnectionSettings settings;
    settings.cloud = Cloud::Custom;
    settings.tenant = fixture.sandbox().tenantId();
    settings.clientId = TenantGenerator::sandboxClientId();
    settings.customAuthorityHost = fixture.sandbox().authorityHostUrl();
    settings.customGraphRoot = fixture.sandbox().graphUrl();
    return settings;
}

inline QString adminUpn(SandboxFixture &fixture)
{
    return fixture.tenant().userById(fixture.adminId())->userPrincipalName;
}

/** A session wired to the sandbox, its browser played in process; given a clock, its sign-ins wait on it. */
struct Rig
{
    explicit Rig(SandboxFixture &fixture, TokenStore *tokenStore = nullptr, ManualClock *clock = nullptr)
        : store(tokenStore ? tokenStore : &memory)
        , browser(&network)
        , session(store, &network)
    {
        if (clock) {
            session.setClock(clock);
            clock->watchNetwork(&network);
        }
        session.setConnection(sandboxConnection(fixture));
        session.setUrlOpener([this](const QUrl &url) { return browser.open(url); });
    }

    /** Signs in through the browser flow and waits for the outcome. */
    bool signIn(const QStringList &scopes = AuthScopes::signIn())
    {
        QSignalSpy signedIn(&session, &AuthSession::signedIn);
        QSignalSpy failed(&session, &AuthSession::signInFailed);
        session.signInWithBrowser(scopes);
        return waitUntil([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000) && !signedIn.isEmpty();
    }

    AuthError waitForFailure(QSignalSpy &failed)
    {
        REQUIRE(waitUntil([&] { return !failed.isEmpty(); }, 20000));
        return failed.first().at(0).value<AuthError>();
    }

    /** waitForFailure() while the sign-in's waits pass on @p clock. */
    AuthError waitForFailure(QSignalSpy &failed, ManualClock &clock)
    {
        REQUIRE(waitUntil([&] { return !failed.isEmpty(); }, clock, 20000));
        return failed.first().at(0).value<AuthError>();
    }

    QNetworkAccessManager network;
    MemoryTokenStore memory;
    TokenStore *store;
    InProcessBrowser browser;
    AuthSession session;
};

struct ReadBack
{
    QByteArray secret;
    TokenStoreError error = TokenStoreError::Other;
};

inline ReadBack readSecret(TokenStore &store, const QString &key)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(key);
    REQUIRE(waitUntil([&] { return !spy.isEmpty(); }, 10000));
    return {spy.first().at(1).toByteArray(), spy.first().at(2).value<TokenStoreError>()};
}

/** The refresh token inside a stored session entry. */
inline QString storedRefreshToken(TokenStore &store, const QString &key)
{
    const ReadBack read = readSecret(store, key);
    return QJsonDocument::fromJson(read.secret).object().value(u"refreshToken"_s).toString();
}

/** A keychain that cannot be reached, as without a Secret Service. */
class UnavailableTokenStore final : public TokenStore
{
public:
    using TokenStore::TokenStore;
    void read(const QString &key) override { later([=, this] { Q_EMIT readFinished(key, {}, TokenStoreError::Unavailable, u"no Secret Service"_s); }); }
    void write(const QString &key, const QByteArray &) override
    {
        ++writes;
        later([=, this] { Q_EMIT writeFinished(key, TokenStoreError::Unavailable, u"no Secret Service"_s); });
    }
    void remove(const QString &key) override { later([=, this] { Q_EMIT removeFinished(key, TokenStoreError::Unavailable, u"no Secret Service"_s); }); }
    int writes = 0;

private:
    void later(std::function<void()> f) { QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection); }
};

inline GraphResponse runGraph(GraphClient &client, const GraphRequest &request)
{
    GraphCall *call = client.send(request);
    GraphResponse result;
    bool done = false;
    QObject::connect(call, &GraphCall::finished, [&](const GraphResponse &response) {
        result = response;
        done = true;
    });
    REQUIRE(waitUntil([&] { return done; }, 20000));
    return result;
}


} // namespace AuthTestRig
