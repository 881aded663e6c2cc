// SPDX-License-Identifier: MIT
#pragma once

#include "ManualClock.h"
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"
#include "demo/DemoTenant.h"
#include "graph/GraphClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "session/ConsoleSession.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QUrlQuery>

/**
 * The objects `resetdesk --demo` wires together, for tests that drive the app end to end: the
 * demo tenant on loopback, a session that signs in to it through the production code path, and
 * optionally the QSettings the session remembers its account in and a ManualClock for tests of
 * waiting (the app and the tenant then both run on it; the system clock otherwise).
 */
class DemoSession
{
public:
    /** @p userCount users in the demo tenant (the ones `--demo` has by default). */
    explicit DemoSession(QSettings *settings = nullptr, TokenStore *store = nullptr,
        int userCount = DemoTenant::defaultUserCount, ManualClock *clock = nullptr);

    /** Signs in through the browser flow as @p userPrincipalName (empty: the demo admin). */
    void signInAs(const QString &userPrincipalName = {});
    /** Signs in as the demo admin with a device code, which the demo tenant approves at the second poll. */
    void signInWithDeviceCode();
    /** Waits until the session is Ready (or failed); true when Ready. */
    bool waitUntilReady(int timeoutMs = 15000);

    SandboxContext &context() { return demo.sandbox().context(); }

    QNetworkAccessManager network;
    DemoTenant demo;
    MemoryTokenStore memoryStore;
    AuthSession auth;
    GraphClient graph{&network, &auth};
    ConsoleSession session;
    /** Appended to the authorize URL as login_hint: which account the browser "signs in" as. */
    QString loginHint;
    /** How the sign-ins above approve permissions: step by step unless a test says otherwise. */
    ConsentChoice consent = ConsentChoice::StepByStep;
};
