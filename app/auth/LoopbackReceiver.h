// SPDX-License-Identifier: MIT
#pragma once

#include "auth/LoopbackRequest.h"
#include "common/Clock.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;

/**
 * A one-shot HTTP listener for the authorization redirect. Listens on 127.0.0.1 (and ::1 on the
 * same port when it can) on a random port, accepts exactly one GET / carrying code and state, or
 * error (LoopbackRequest decides), answers it with the caller's page, then stops listening.
 * Anything else gets a plain 404 (the browser's /favicon.ico) or 400 (malformed, too large,
 * another method) and does not count. Every connection is answered once and closed, and is
 * dropped when its request has not arrived within a few seconds; only a few are open at once.
 */
class LoopbackReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)
public:
    /** Times out on @p clock. */
    explicit LoopbackReceiver(Clock *clock = Clock::system(), QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    /** A small UTF-8 page for the browser tab; the texts are escaped. */
    static QByteArray htmlPage(const QString &language, const QString &title, const QString &text);
    /** Neutral English pages; the UI passes translated ones through setPages(). */
    static QByteArray defaultCompletedPage();
    static QByteArray defaultFailedPage();

    /**
     * UTF-8 HTML answered to the redirect: @p completed when a code arrived (with the expected
     * state, if one was set), @p failed for an error or a foreign state. Empty keeps the default.
     */
    void setPages(const QByteArray &completed, const QByteArray &failed);
    /** When set, a redirect with any other state is answered with the failed page (and still reported). */
    void setExpectedState(const QString &state) { m_expectedState = state; }
    /** How long to wait for the redirect after start(); 5 minutes unless set. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /** Starts listening; false when no loopback port could be opened. */
    bool start();
    /** Stops listening without reporting anything. */
    void cancel();

    bool isListening() const;
    quint16 port() const { return m_port; }
    /** http://localhost:<port>/ : the identity platform ignores the port when matching it. */
    QUrl redirectUri() const;

Q_SIGNALS:
    /** The one redirect arrived (already answered); the listener has stopped. */
    void redirectReceived(const LoopbackRedirect &redirect);
    /** No redirect within the timeout; the listener has stopped. */
    void timedOut();

private:
    void acceptConnections(QTcpServer *server);
    void readRequest(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &body);
    void stopListening();

    QTcpServer *m_ipv4 = nullptr;
    QTcpServer *m_ipv6 = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending; // socket -> bytes of its request so far, until answered
    int m_connections = 0;                     // accepted and not yet disconnected
    Clock *m_clock;
    ClockTimer *m_timer;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    QByteArray m_completedPage;
    QByteArray m_failedPage;
    QString m_expectedState;
    quint16 m_port = 0;
    bool m_done = false;
};
