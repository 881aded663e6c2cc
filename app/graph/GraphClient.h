// SPDX-License-Identifier: MIT
#pragma once

#include "common/Clock.h"
#include "graph/GraphBatch.h"
#include "graph/GraphCall.h"
#include "graph/GraphPageReader.h"
#include "graph/GraphRequest.h"
#include "graph/GraphTransport.h"
#include "graph/RetryPolicy.h"

#include <QList>
#include <QObject>
#include <QUrl>

class AccessTokenSource;
class QNetworkAccessManager;
class QNetworkReply;

/**
 * The one class that talks HTTP to Microsoft Graph. It builds every request (base URL of the
 * cloud, bearer token, client-request-id, JSON, transfer timeout), and hands out GraphCall,
 * GraphPageReader and GraphBatch objects for single requests, collections and $batch.
 * Never logs tokens, passwords or bodies.
 *
 * Its clock is the time every wait on Graph runs on: the retries here, and the pacing, polling
 * and countdowns of the operations that talk through this client.
 */
class GraphClient final : public QObject, public GraphTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphClient)
public:
    GraphClient(QNetworkAccessManager *network, AccessTokenSource *tokens, QObject *parent = nullptr);
    ~GraphClient() override;

    /** e.g. https://graph.microsoft.com/v1.0; http:// is refused unless the host is loopback. */
    bool setGraphRoot(const QUrl &root);
    QUrl graphRoot() const { return m_root; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const override { return m_policy; }
    /** The system clock unless set; requests already under way keep theirs. */
    void setClock(Clock *clock) { m_clock = clock; }
    Clock *clock() const override { return m_clock; }

    GraphCall *send(const GraphRequest &request) override;
    GraphPageReader *readPages(const GraphRequest &request);
    GraphBatch *sendBatch(const QList<GraphRequest> &requests, int maxInFlight = 4);

private:
    QUrl urlFor(const GraphRequest &request, GraphError *error) const override;
    QNetworkReply *start(const GraphRequest &request, const QUrl &url, const QString &clientRequestId,
        const QString &token) override;
    AccessTokenSource *tokens() const override { return m_tokens; }
    double nextUnitRandom() override;

    QNetworkAccessManager *m_network;
    AccessTokenSource *m_tokens;
    QUrl m_root;
    RetryPolicy m_policy;
    Clock *m_clock = Clock::system();
};
