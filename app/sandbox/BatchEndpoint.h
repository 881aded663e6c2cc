// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"

#include <QRandomGenerator>

class GraphService;
class SandboxRouter;
struct SandboxContext;

/**
 * POST /$batch: at most 20 items, each run through GraphService::handleItem with the envelope's
 * caller (so throttling and faults apply per item), dependsOn order with 424 cascades, responses
 * in shuffled order.
 */
class BatchEndpoint
{
public:
    BatchEndpoint(SandboxContext &context, GraphService &graph);
    void registerRoutes(SandboxRouter &router);

    static constexpr int MaxRequests = 20;

private:
    struct Item
    {
        QString id;
        QByteArray method;
        QString url;
        QJsonObject headers;
        QJsonValue body;
        QStringList dependsOn;
    };

    SandboxResponse handle(SandboxRequest &request);
    /** Parses and checks the envelope; an error response when the batch itself is malformed. */
    std::optional<SandboxResponse> parse(const SandboxRequest &request, QList<Item> *items) const;
    /** Items in an order where every dependency runs first; nullopt on a cycle. */
    static std::optional<QList<qsizetype>> executionOrder(const QList<Item> &items);
    SandboxRequest itemRequest(const SandboxRequest &envelope, const Item &item) const;
    static QJsonObject itemResponse(const QString &id, const SandboxResponse &response);
    void logItem(const SandboxRequest &request, int status);

    SandboxContext &m_context;
    GraphService &m_graph;
    QRandomGenerator m_random;
};
