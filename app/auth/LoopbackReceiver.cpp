// SPDX-License-Identifier: MIT
#include "auth/LoopbackReceiver.h"

#include "auth/AuthLogging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Browsers open speculative connections they may never use, and any local process can connect:
// a connection whose request has not arrived by then is dropped.
constexpr auto connectionTimeout = 10s;
// A browser opens a handful at once; more than this are not a browser's.
constexpr int maximumConnections = 16;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    default: return "Error";
    }
}

} // namespace

LoopbackReceiver::LoopbackReceiver(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(clock->createTimer(ClockTimer::Kind::SingleShot, this))
    , m_completedPage(defaultCompletedPage())
    , m_failedPage(defaultFailedPage())
{
    connect(m_timer, &ClockTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        stopListening();
        qCInfo(lcAuth) << "no sign-in redirect arrived in time";
        Q_EMIT timedOut();
    });
}

LoopbackReceiver::~LoopbackReceiver() = default;

QByteArray LoopbackReceiver::htmlPage(const QString &language, const QString &title, const QString &text)
{
    const QString html = u"<!DOCTYPE html>\n<html lang=\""_s + language.toHtmlEscaped()
                         + u"\"><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
                         + u"</title><style>body{font-family:sans-serif;margin:3em auto;max-width:36em;"
                           "line-height:1.5}</style></head><body><h1>"_s
                         + title.toHtmlEscaped() + u"</h1><p>"_s + text.toHtmlEscaped() + u"</p></body></html>\n"_s;
    return html.toUtf8();
}

QByteArray LoopbackReceiver::defaultCompletedPage()
{
    return htmlPage(u"en"_s, u"Sign-in complete"_s, u"You can close this tab and return to the application."_s);
}

QByteArray LoopbackReceiver::defaultFailedPage()
{
    return htmlPage(u"en"_s, u"Sign-in did not complete"_s,
                    u"You can close this tab and return to the application for details."_s);
}

void LoopbackReceiver::setPages(const QByteArray &completed, const QByteArray &failed)
{
    m_completedPage = completed.isEmpty() ? defaultCompletedPage() : completed;
    m_failedPage = failed.isEmpty() ? defaultFailedPage() : failed;
}

bool LoopbackReceiver::start()
{
    if (isListening())
        return true;
    delete m_ipv4;
    delete m_ipv6;
    m_ipv6 = nullptr;
    m_done = false;
    m_ipv4 = new QTcpServer(this);
    if (!m_ipv4->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcAuth) << "cannot listen on 127.0.0.1:" << m_ipv4->errorString();
        delete m_ipv4;
        m_ipv4 = nullptr;
        return false;
    }
    m_port = m_ipv4->serverPort();
    acceptConnections(m_ipv4);

    // "localhost" may resolve to ::1 first; browsers fall back to 127.0.0.1, but answering on
    // both saves that detour. Without IPv6 (or with the port taken there) IPv4 alone is fine.
    m_ipv6 = new QTcpServer(this);
    if (m_ipv6->listen(QHostAddress::LocalHostIPv6, m_port)) {
        acceptConnections(m_ipv6);
    } else {
        delete m_ipv6;
        m_ipv6 = nullptr;
    }
    m_timer->start(m_timeout.count());
    return true;
}

void LoopbackReceiver::cancel()
{
    m_done = true;
    stopListening();
    const auto sockets = m_pending.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

bool LoopbackReceiver::isListening() const
{
    return m_ipv4 && m_ipv4->isListening();
}

QUrl LoopbackReceiver::redirectUri() const
{
    return QUrl(u"http://localhost:%1/"_s.arg(m_port));
}

void LoopbackReceiver::acceptConnections(QTcpServer *server)
{
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            if (m_connections >= maximumConnections) {
                socket->abort();
                delete socket;
                continue;
            }
            ++m_connections;
            socket->setParent(this);
            // Qt stops reading from the kernel past this, so a peer that keeps sending after its
            // answer cannot grow our memory.
            socket->setReadBufferSize(LoopbackRequest::maximumSize + 1);
            m_pending.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                --m_connections;
                socket->deleteLater();
            });
            ClockTimer *deadline = m_clock->createTimer(ClockTimer::Kind::SingleShot, socket);
            connect(deadline, &ClockTimer::timeout, socket, &QTcpSocket::abort);
            deadline->start(std::chrono::milliseconds(connectionTimeout).count());
        }
    });
}

void LoopbackReceiver::readRequest(QTcpSocket *socket)
{
    auto pending = m_pending.find(socket);
    if (pending == m_pending.end()) {
        socket->readAll(); // already answered: whatever else arrives is dropped
        return;
    }
    pending->append(socket->read(LoopbackRequest::maximumSize + 1 - pending->size()));
    const LoopbackRequest request = LoopbackRequest::parse(*pending);
    switch (request.outcome()) {
    case LoopbackRequest::Outcome::Incomplete:
        return;
    case LoopbackRequest::Outcome::BadRequest:
        respond(socket, 400, "Bad request\n");
        return;
    case LoopbackRequest::Outcome::NotFound:
        respond(socket, 404, "Not found\n");
        return;
    case LoopbackRequest::Outcome::Redirect:
        break;
    }
    if (m_done) {
        // The one redirect was taken (or the wait ended): a second one is not ours to report.
        respond(socket, 404, "Not found\n");
        return;
    }
    const LoopbackRedirect &redirect = request.redirect();
    const bool completed = !redirect.isError() && (m_expectedState.isEmpty() || redirect.state == m_expectedState);
    respond(socket, 200, completed ? m_completedPage : m_failedPage);
    m_done = true;
    stopListening();
    Q_EMIT redirectReceived(redirect);
}

void LoopbackReceiver::respond(QTcpSocket *socket, int status, const QByteArray &body)
{
    m_pending.remove(socket);
    const QByteArray contentType = status == 200 ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The page's URL carries the authorization code: keep it out of caches and Referer headers.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n";
    response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost(); // after the buffered bytes are written
}

void LoopbackReceiver::stopListening()
{
    m_timer->stop();
    for (QTcpServer *server : {m_ipv4, m_ipv6}) {
        if (server)
            server->close();
    }
}
