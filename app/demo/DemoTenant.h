// SPDX-License-Identifier: MIT
#pragma once

#include "auth/ConnectionSettings.h"
#include "common/Clock.h"

#include <QObject>

#include <memory>

class InProcessBrowser;
class QNetworkAccessManager;
class Sandbox;

/**
 * `resetdesk --demo`: the sandbox tenant running inside the app on a random loopback port, and
 * the connection that points the ordinary sign-in code at it (a Custom cloud). Nothing else
 * about the app changes in demo mode; that is the point.
 */
class DemoTenant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTenant)
public:
    static constexpr int defaultUserCount = 50;

    /** The tenant's limits and expiries run on @p clock, the one the app waits on. */
    explicit DemoTenant(QNetworkAccessManager *network, Clock *clock = Clock::system(),
                        QObject *parent = nullptr);
    ~DemoTenant() override;

    /** Generates @p userCount users and starts serving; false with @p error when it cannot listen. */
    bool start(int userCount, QString *error);

    /** Custom cloud, the sandbox's tenant and its pre-consented app. Valid after start(). */
    ConnectionSettings connection() const;
    /** Plays the browser: the demo tenant approves sign-ins without asking anything. */
    bool openInBrowser(const QUrl &url);

    Sandbox &sandbox() { return *m_sandbox; }

private:
    std::unique_ptr<Sandbox> m_sandbox;
    InProcessBrowser *m_browser;
    Clock *m_clock;
};
