// SPDX-License-Identifier: MIT
#include "sandbox/SandboxServer.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/GraphService.h"
#include "sandbox/IdentityEndpoints.h"
#include "sandbox/InspectionEndpoints.h"
#include "sandbox/SandboxContext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "resetdesk.sandbox")

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 424: return "Failed Dependency";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}

} // namespace

SandboxServer::SandboxServer(SandboxContext &context, GraphService &graph, IdentityEndpoints &identity,
                             InspectionEndpoints &inspection, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_graph(graph)
    , m_identity(identity)
    , m_inspection(inspection)
{
}

SandboxRequest SandboxServer::toSandboxRequest(const QHttpServerRequest &request, QTcpSocket *socket) const
{
    SandboxRequest result;
    result.method = methodName(request.method());
    const QUrl url = request.url();
    // Split the still-encoded path so an encoded '/' or '#' (guest UPNs: %23EXT%23) stays inside
    // its segment, then decode each segment.
    const QString encodedPath = url.path(QUrl::FullyEncoded);
    for (const QString &segment : encodedPath.split(u'/', Qt::SkipEmptyParts))
        result.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    result.path = u"/"_s + result.segments.join(u'/');
    result.query = QUrlQuery(url);
    for (const auto &[name, value] : request.headers())
        result.headers.insert(name.toLower(), value);
    result.body = request.body();
    result.baseUrl = QUrl(u"http://%1:%2"_s.arg(socket->localAddress().toString()).arg(socket->localPort()));
    result.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    result.clientRequestId = QString::fromLatin1(result.header("client-request-id"));
    return result;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    QElapsedTimer handling;
    handling.start();
    SandboxRequest request = toSandboxRequest(httpRequest, socket);
    m_context.log.count(u"requests"_s);
    const FaultInjector::TransportPlan plan = m_context.faults.planTransport(request);
    if (plan.resetBeforeHandling) {
        m_context.log.count(u"faults.reset"_s);
        socket->abort();
        return true;
    }

    SandboxResponse response = dispatch(request);
    if (plan.resetAfterHandling)
        response.transport = SandboxTransport::ResetConnection;
    if (plan.malformedBody)
        response.transport = SandboxTransport::MalformedBody;
    response.extraDelayMs += plan.extraDelayMs;

    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    entry.query = request.query.toString(QUrl::FullyDecoded);
    entry.status = response.status;
    entry.requestId = request.requestId;
    entry.clientRequestId = request.clientRequestId;
    entry.userId = request.caller ? request.caller->userId : QString();
    entry.hadAuthorization = !request.header("authorization").isEmpty();
    m_context.log.append(entry);
    if (m_context.options.verbose)
        qCInfo(lcSandbox).noquote() << entry.method << entry.path << entry.status
                                    << u"%1 ms"_s.arg(handling.nsecsElapsed() / 1e6, 0, 'f', 1);

    send(QPointer<QTcpSocket>(socket), std::move(response), request);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only here because the base class requires it.
    socket->abort();
}

SandboxResponse SandboxServer::dispatch(SandboxRequest &request)
{
    const QString first = request.segments.value(0);
    if (first == u"v1.0"_s) {
        request.segments.removeFirst();
        request.path = u"/"_s + request.segments.join(u'/');
        return m_graph.handle(request);
    }
    if (first == u"_sandbox"_s) {
        if (!m_context.options.inspection)
            return SandboxResponse::text(404, "Not found");
        return m_inspection.handle(request);
    }
    if (m_identity.handles(request))
        return m_identity.handle(request);
    if (first == u"beta"_s)
        return GraphErrors::error(request, 400, u"BadRequest"_s, u"The sandbox serves Graph v1.0 only."_s);
    return SandboxResponse::text(404, "Not found");
}

void SandboxServer::send(QPointer<QTcpSocket> socket, SandboxResponse response, const SandboxRequest &request)
{
    const int delay = m_context.options.latencyMs + response.extraDelayMs;
    if (delay <= 0) {
        writeResponse(socket, response, request);
        return;
    }
    // A timer per response: slow answers overlap instead of queueing behind each other.
    QTimer::singleShot(delay, this, [socket, response = std::move(response), request] {
        writeResponse(socket, response, request);
    });
}

void SandboxServer::writeResponse(QTcpSocket *socket, const SandboxResponse &response, const SandboxRequest &request)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.transport == SandboxTransport::ResetConnection) {
        socket->abort();
        return;
    }
    QByteArray body = response.body;
    int status = response.status;
    if (response.transport == SandboxTransport::MalformedBody) {
        body = body.isEmpty() ? QByteArray("{\"value\":[{\"id\":") : body.left(qMax(1, int(body.size() / 2)));
        if (status == 204)
            status = 200;
    }

    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!request.requestId.isEmpty()) {
        head += "request-id: " + request.requestId.toLatin1() + "\r\n";
        head += "client-request-id: "
                + (request.clientRequestId.isEmpty() ? request.requestId : request.clientRequestId).toLatin1() + "\r\n";
    }
    head += "Date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1()
            + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head);
    socket->write(body);
}
