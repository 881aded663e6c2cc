// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

/**
 * Test-only HTTP front for the sandbox's identity endpoints: passes requests through, or answers
 * every one with 503 temporarily_unavailable while failing is set (the identity platform having
 * an outage while Graph keeps working).
 */
class IdentityGateway final : public QObject
{
public:
    explicit IdentityGateway(const QUrl &target)
        : m_target(target)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    bool failing = false;
    int failedRequests = 0;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.first(headEnd).split('\n');
        qsizetype length = 0;
        QByteArray contentType;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.first(qMax<qsizetype>(colon, 0)).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "content-type")
                contentType = value;
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray body = buffer.mid(headEnd + 4, length);
        m_buffers.remove(socket);

        if (failing) {
            ++failedRequests;
            respond(socket, 503, "application/json",
                    R"({"error":"temporarily_unavailable","error_description":"AADSTS90033: A transient error has occurred. Please try again.","error_codes":[90033],"correlation_id":"gw"})",
                    {});
            return;
        }
        QNetworkRequest request(QUrl(m_target.toString() + QString::fromLatin1(requestLine.value(1))));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, requestLine.value(0), body);
        connect(reply, &QNetworkReply::finished, socket, [this, reply, socket] {
            reply->deleteLater();
            respond(socket, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                    reply->rawHeader("Content-Type"), reply->readAll(), reply->rawHeader("Location"));
        });
    }

    static void respond(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                        const QByteArray &location)
    {
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        if (!contentType.isEmpty())
            response += "Content-Type: " + contentType + "\r\n";
        if (!location.isEmpty())
            response += "Location: " + location + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QUrl m_target;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
