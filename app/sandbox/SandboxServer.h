// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QAbstractHttpServer>
#include <QPointer>

class GraphService;
class IdentityEndpoints;
class InspectionEndpoints;
class QTcpSocket;
struct SandboxContext;

/**
 * The HTTP front of the sandbox. It subclasses QAbstractHttpServer rather than QHttpServer
 * because the faults need the socket (dropped connections) and latency needs to answer later
 * without holding up other connections.
 */
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)
public:
    SandboxServer(SandboxContext &context, GraphService &graph, IdentityEndpoints &identity,
                  InspectionEndpoints &inspection, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxRequest toSandboxRequest(const QHttpServerRequest &request, QTcpSocket *socket) const;
    SandboxResponse dispatch(SandboxRequest &request);
    void send(QPointer<QTcpSocket> socket, SandboxResponse response, const SandboxRequest &request);
    static void writeResponse(QTcpSocket *socket, const SandboxResponse &response, const SandboxRequest &request);

    SandboxContext &m_context;
    GraphService &m_graph;
    IdentityEndpoints &m_identity;
    InspectionEndpoints &m_inspection;
};
