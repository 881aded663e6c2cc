// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"
#include "graph/JsonView.h"
#include "graph/RetryDecision.h"
#include "graph/RetryPolicy.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class AccessTokenSource;
class WriteBudget;
class GraphClient;
class QNetworkAccessManager;
class QNetworkReply;

/**
 * One logical Graph request: sends it, waits out 429s (Retry-After), retries 5xx and dropped
 * connections with backoff, refreshes the token once on 401 and replays. Deletes itself after
 * finished() has been emitted.
 */
class GraphCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCall)
public:
    const GraphRequest &request() const { return m_request; }
    void cancel();

Q_SIGNALS:
    /** A transient failure; the request goes out again after @p delayMs. */
    void retrying(int attempt, int delayMs, const GraphError &reason);
    void finished(const GraphResponse &response);

private:
    friend class GraphClient;
    GraphCall(GraphClient *client, GraphRequest request);

    void sendAttempt();
    void handleReply(QNetworkReply *reply, const QString &tokenUsed);
    void retryLater(const GraphError &reason, int delayMs);
    /** Retries @p response's request as RetryDecision says; false when the answer stands. */
    bool retryAfterFailure(const GraphResponse &response, const QString &tokenUsed = QString());
    void refreshAndReplay(const QString &tokenUsed, const GraphResponse &unauthorized);
    void finish(GraphResponse response);

    GraphClient *m_client;
    GraphRequest m_request;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempts = 0;
    RetryDecision::Attempts m_retries;
    bool m_done = false;
};

/**
 * Reads every page of a collection, following @odata.nextLink verbatim and resending the
 * request's headers (ConsistencyLevel is not implied by a nextLink). Deletes itself after finished().
 */
class GraphPageReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPageReader)
public:
    void cancel();
    /** The @odata.deltaLink of the last page of a delta round, if any. */
    QUrl deltaLink() const { return m_deltaLink; }
    int pageCount() const { return m_pages; }

Q_SIGNALS:
    /** A page's "value" and the whole page (not for requests with keepRawJson). */
    void pageReceived(const QJsonArray &items, const QJsonObject &page);
    /**
     * A page's "value" array of a request with keepRawJson, checked but not parsed. The view
     * points into the page's bytes: valid only during the (direct) call.
     */
    void rawPageReceived(const JsonView &items);
    /** error.kind == None when every page arrived. */
    void finished(const GraphError &error);

private:
    friend class GraphClient;
    GraphPageReader(GraphClient *client, GraphRequest first);
    void fetch(const GraphRequest &request);

    GraphClient *m_client;
    GraphRequest m_first;
    QPointer<GraphCall> m_call;
    QUrl m_deltaLink;
    int m_pages = 0;
    bool m_cancelled = false;
};

/**
 * Any number of requests sent 20 per $batch with a bounded number of batches in flight. Throttled
 * or failed items are retried on their own (after the item's Retry-After), as SDK handlers do not.
 * Results come back in input order. Deletes itself after finished().
 */
class GraphBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphBatch)
public:
    static constexpr int maxItemsPerBatch = 20;

    int size() const { return int(m_requests.size()); }
    const QList<GraphResponse> &responses() const { return m_responses; }
    void cancel();
    /** Finishes every item not yet in flight as cancelled; the $batch requests in flight end normally. */
    void cancelQueued();

    /** Paces the writes (non-GET items): a $batch waits until the budget allows all of its writes. */
    void setWriteBudget(WriteBudget *budget) { m_budget = budget; }
    /**
     * Called with the items of each $batch request just before it is sent (e.g. to record them
     * as sent); returning false holds them back and pauses the batch.
     */
    void setBeforeSend(std::function<bool(const QList<int> &)> hook) { m_beforeSend = std::move(hook); }
    /** No new $batch request goes out while paused; those in flight finish. */
    void pause() { m_paused = true; }
    void resume();
    bool isPaused() const { return m_paused; }
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void itemFinished(int index, const GraphResponse &response);
    /** Item @p index was throttled or failed transiently; it goes out again after @p delayMs. */
    void itemWaiting(int index, int delayMs, const GraphError &reason);
    void finished();

private:
    friend class GraphClient;
    GraphBatch(GraphClient *client, QList<GraphRequest> requests, int maxInFlight);

    void dispatch();
    /** The next up to 20 items whose wait is over; @p soonestMs: when the next waiting one is due. */
    QList<int> takeReadyChunk(qint64 *soonestMs);
    /** Makes sure dispatch() runs again within @p ms. */
    void wakeWithin(qint64 ms);
    /** @p budgetTicket: the WriteBudget's ticket for its writes (0 = none). */
    void sendEnvelope(const QList<int> &indices, qint64 budgetTicket);
    void handleEnvelope(const QList<int> &indices, const GraphResponse &envelope);
    void handleItem(int index, const GraphResponse &item);
    void requeue(int index, int delayMs, const GraphError &reason);
    void finishItem(int index, GraphResponse response);
    void finishIfDone();

    GraphClient *m_client;
    QList<GraphRequest> m_requests;
    QList<GraphResponse> m_responses;
    QList<int> m_itemAttempts;
    QList<RetryDecision::Attempts> m_itemRetries;
    QList<bool> m_done;
    QList<int> m_queue;                    // indices waiting to be sent
    QHash<int, QDeadlineTimer> m_notBefore; // index -> earliest send time
    QTimer m_wakeTimer;
    WriteBudget *m_budget = nullptr;
    std::function<bool(const QList<int> &)> m_beforeSend;
    int m_maxInFlight;
    int m_inFlight = 0;
    int m_remaining = 0;
    bool m_waitingForToken = false;
    bool m_cancelled = false;
    bool m_paused = false;
    bool m_finished = false;
};

/**
 * The one class that talks HTTP to Microsoft Graph. It builds every request (base URL of the
 * cloud, bearer token, client-request-id, JSON, transfer timeout), and hands out GraphCall,
 * GraphPageReader and GraphBatch objects for single requests, collections and $batch.
 * Never logs tokens, passwords or bodies.
 */
class GraphClient final : public QObject
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
    const RetryPolicy &retryPolicy() const { return m_policy; }

    GraphCall *send(const GraphRequest &request);
    GraphPageReader *readPages(const GraphRequest &request);
    GraphBatch *sendBatch(const QList<GraphRequest> &requests, int maxInFlight = 4);

private:
    friend class GraphCall;
    friend class GraphPageReader;
    friend class GraphBatch;

    /** The URL for @p request, or an error when it would leave the Graph host or use plain http. */
    QUrl urlFor(const GraphRequest &request, GraphError *error) const;
    QNetworkReply *start(const GraphRequest &request, const QUrl &url, const QString &clientRequestId,
                         const QString &token);
    AccessTokenSource *tokens() const { return m_tokens; }
    double nextUnitRandom();

    QNetworkAccessManager *m_network;
    AccessTokenSource *m_tokens;
    QUrl m_root;
    RetryPolicy m_policy;
};
