// SPDX-License-Identifier: MIT
#pragma once

#include "FastRetryPolicy.h"
#include "ManualClock.h"
#include "SandboxFixture.h"
#include "SandboxTokenSource.h"

#include "graph/GraphClient.h"

#include <QNetworkAccessManager>

/**
 * A GraphClient pointed at a test's sandbox, signed in as the admin (or whoever @p mint mints a
 * token for), with retries shortened so throttling and faults do not slow the suite down. Given a
 * clock, it waits on that.
 */
struct SandboxGraphClient
{
    QNetworkAccessManager network;
    SandboxTokenSource tokens;
    GraphClient client;

    explicit SandboxGraphClient(SandboxFixture &fixture, SandboxTokenSource::Mint mint = {},
                                ManualClock *clock = nullptr)
        : tokens(mint ? std::move(mint) : SandboxTokenSource::Mint([&fixture] { return fixture.adminToken(); }))
        , client(&network, &tokens)
    {
        client.setGraphRoot(fixture.sandbox().graphUrl());
        client.setRetryPolicy(fastRetryPolicy());
        if (clock) {
            client.setClock(clock);
            clock->watchNetwork(&network);
        }
    }
};
