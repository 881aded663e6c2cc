// SPDX-License-Identifier: MIT
#include "DemoSession.h"

#include "CatchQt.h"
#include "WaitUntil.h"

#include <QTest>

DemoSession::DemoSession(QSettings *settings, TokenStore *store, int userCount, ManualClock *clock)
    : demo(&network, clock ? clock : Clock::system())
    , auth(store ? store : &memoryStore, &network)
    , session(&auth, &graph, settings, clock ? clock : Clock::system())
{
    if (clock)
        clock->watchNetwork(&network);
    QString error;
    const bool started = demo.start(userCount, &error);
    REQUIRE(started);
    auth.setUrlOpener([this](const QUrl &url) {
        QUrl opened = url;
        if (!loginHint.isEmpty()) {
            QUrlQuery query(opened);
            query.removeAllQueryItems(QStringLiteral("login_hint"));
            query.addQueryItem(QStringLiteral("login_hint"), loginHint);
            opened.setQuery(query);
        }
        return demo.openInBrowser(opened);
    });
    REQUIRE(session.setConnection(demo.connection()));
}

void DemoSession::signInAs(const QString &userPrincipalName)
{
    loginHint = userPrincipalName;
    REQUIRE(session.signIn(demo.connection(), {SignInMethod::Browser, consent}));
}

void DemoSession::signInWithDeviceCode()
{
    context().signIn.deviceIntervalSeconds = 0;
    context().signIn.devicePendingPolls = 1;
    REQUIRE(session.signIn(demo.connection(), {SignInMethod::DeviceCode, consent}));
}

bool DemoSession::waitUntilReady(int timeoutMs)
{
    // The state says how it ended; a timeout simply leaves it short of Ready.
    (void)waitUntil(
        [this] {
            const auto state = session.state();
            return state == ConsoleSession::State::Ready || state == ConsoleSession::State::SignedOut
                   || state == ConsoleSession::State::ProfileFailed;
        },
        timeoutMs);
    return session.state() == ConsoleSession::State::Ready;
}
