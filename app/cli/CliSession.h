// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthSession.h"
#include "auth/ConnectionSettings.h"
#include "auth/KeychainTokenStore.h"
#include "cli/CliExit.h"
#include "cli/SettlingTokenStore.h"
#include "graph/GraphClient.h"
#include "session/ConsoleSession.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSettings>

#include <functional>

class CliOutput;
class QCommandLineParser;

/**
 * The console session of one resetdesk-cli run, wired as the window program wires its own: the
 * same saved organisations (and --profile), keychain entries, journal folders and audit log, so
 * a sign-in or a run started in either program is the other's too. It tells the person at the
 * terminal how to approve a sign-in or further permissions (a device code, or an address to open).
 */
class CliSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliSession)
public:
    explicit CliSession(const CliOutput *output, QObject *parent = nullptr);
    ~CliSession() override;

    /** --profile and the connection options, which every command takes. */
    static void addOptions(QCommandLineParser &parser);
    /**
     * Makes the organisation --profile names current and applies the connection options for this
     * run. False with a translated @p problem when either cannot be used.
     */
    bool configure(const QCommandLineParser &parser, QString *problem);

    ConsoleSession *console() { return &m_console; }
    /** The connection this run uses: the organisation's, adjusted by the command line. */
    const ConnectionSettings &connection() const { return m_connection; }
    const CliOutput &output() const { return *m_output; }
    /** The keychain, wrapped so the run can wait for it (see isSettled()). */
    TokenStore *tokenStore() { return &m_tokens; }
    /** Nothing is being written to or read from the keychain. */
    bool isSettled() const { return m_tokens.isSettled(); }

    /**
     * Signs in silently as the organisation's last account and reads the admin's profile; then
     * @p ready runs. Otherwise the reason is told and @p failed gets the exit status.
     */
    void restore(std::function<void()> ready, std::function<void(CliExit)> failed);

Q_SIGNALS:
    /** The keychain answered its last operation under way. */
    void settled();

private:
    void tellDeviceCode(const DeviceCodePrompt &prompt) const;
    void tellAddress(const QUrl &address) const;
    void followScopeRequest(ScopeRequest *request);

    const CliOutput *m_output;
    QNetworkAccessManager m_network;
    KeychainTokenStore m_keychain;
    SettlingTokenStore m_tokens;
    AuthSession m_auth;
    GraphClient m_graph;
    QSettings m_settings;
    ConsoleSession m_console;
    ConnectionSettings m_connection;
};
