// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"
#include "graph/RetryDecision.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class ClockTimer;
class GraphTransport;
class WriteBudget;

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

    /** Sends @p requests through @p transport, from the event loop, at most @p maxInFlight $batch requests at once. */
    GraphBatch(GraphTransport *transport, QList<GraphRequest> requests, int maxInFlight, QObject *parent);

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

    GraphTransport *m_transport;
    QList<GraphRequest> m_requests;
    QList<GraphResponse> m_responses;
    QList<int> m_itemAttempts;
    QList<RetryDecision::Attempts> m_itemRetries;
    QList<bool> m_done;
    QList<int> m_queue;             // indices waiting to be sent
    QHash<int, qint64> m_notBefore; // index -> earliest send time, on the clock's monotonic time
    ClockTimer *m_wakeTimer;
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
