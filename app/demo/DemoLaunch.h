// SPDX-License-Identifier: MIT
#pragma once

#include "auth/ConnectionSettings.h"
#include "demo/DemoTenant.h"

class AuthSession;
class QCommandLineParser;
class QNetworkAccessManager;

/**
 * The command line's way into the demo: adds `--demo` and `--demo-users`, and when they are
 * given starts the demo organisation and lets the sign-in's browser be the in-process one, so
 * the rest of the app runs exactly as against a real organisation.
 */
class DemoLaunch final
{
    Q_DISABLE_COPY_MOVE(DemoLaunch)
public:
    /** The demo organisation runs on @p clock. */
    DemoLaunch(QNetworkAccessManager *network, Clock *clock);

    /** Static, so a command line can be read before the objects it configures exist. */
    static void addOptions(QCommandLineParser &parser);
    static bool isRequested(const QCommandLineParser &parser);
    /**
     * Starts the demo organisation with the number of users asked for and opens @p auth's sign-in
     * pages in the in-process browser; false with a translated @p error that says what to do.
     */
    bool start(const QCommandLineParser &parser, AuthSession &auth, QString *error);
    /** Where to sign in to the demo organisation; valid after start(). */
    ConnectionSettings connection() const { return m_tenant.connection(); }

private:
    DemoTenant m_tenant;
};
