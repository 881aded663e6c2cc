// SPDX-License-Identifier: MIT
#include "auth/LoopbackReceiver.h"

#include "auth/AuthLogging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A browser's request head is well under this; anything bigger is not our redirect.
constexpr qsizetype maximumRequestHead = 16 * 1024;
// Browsers open speculative connections they may never use: do not keep them forever.
constexpr auto idleConnectionTimeout = 15s;

/** Query values of a redirect are form-encoded (RFC 6749 §4.1.2, appendix B): '+' is a space. */
QHash<QString, QString> formFields(QByteArrayView query)
{
    QHash<QString, QString> fields;
    for (QByteArrayView pair : query.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = (equals < 0 ? pair : pair.first(equals)).toByteArray();
        QByteArray value = equals < 0 ? QByteArray() : pair.sliced(equals + 1).toByteArray();
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QUrl::fromPercentEncoding(name);
        // RFC 6749 forbids repeated parameters; the first one wins rather than a later injected one.
        if (!fields.contains(key))
            fields.insert(key, QUrl::fromPercentEncoding(value));
    }
    return fields;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 431: return "Request Header Fields Too Large";
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
            socket->setParent(this);
            m_pending.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_pending.remove(socket);
                socket->deleteLater();
            });
            ClockTimer *idle = m_clock->createTimer(ClockTimer::Kind::SingleShot, socket);
            connect(idle, &ClockTimer::timeout, socket, &QTcpSocket::abort);
            idle->start(std::chrono::milliseconds(idleConnectionTimeout).count());
        }
    });
}

void LoopbackReceiver::readRequest(QTcpSocket *socket)
{
    auto pending = m_pending.find(socket);
    if (pending == m_pending.end())
        return; // already answered
    pending->append(socket->readAll());
    const qsizetype headEnd = pending->indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (pending->size() > maximumRequestHead)
            respond(socket, 431, "Request too large\n");
        return;
    }

    const QByteArray requestLine = pending->first(pending->indexOf("\r\n")).simplified();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET" || !parts.at(1).startsWith('/') || m_done) {
        respond(socket, 404, "Not found\n");
        return;
    }
    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.first(question);
    const QHash<QString, QString> fields = formFields(question < 0 ? QByteArrayView() : QByteArrayView(target).sliced(question + 1));

    LoopbackRedirect redirect;
    redirect.code = fields.value(u"code"_s);
    redirect.state = fields.value(u"state"_s);
    redirect.error = fields.value(u"error"_s);
    redirect.errorDescription = fields.value(u"error_description"_s);
    // Only the redirect itself counts: not /favicon.ico, not a bare visit to the address.
    if (path != "/" || (redirect.code.isEmpty() && redirect.error.isEmpty())) {
        respond(socket, 404, "Not found\n");
        return;
    }

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
