// SPDX-License-Identifier: MIT
#include "graph/GraphBatch.h"

#include "auth/AccessTokenSource.h"
#include "common/Clock.h"
#include "graph/GraphBatchAnswer.h"
#include "graph/GraphCall.h"
#include "graph/GraphTransport.h"
#include "graph/RetryPolicy.h"
#include "graph/WriteBudget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

GraphBatch::GraphBatch(GraphTransport *transport, QList<GraphRequest> requests, int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_requests(std::move(requests))
    , m_wakeTimer(transport->clock()->createTimer(ClockTimer::Kind::SingleShot, this))
    , m_maxInFlight(qMax(1, maxInFlight))
{
    const auto count = m_requests.size();
    m_responses.resize(count);
    m_itemAttempts.fill(0, count);
    m_itemRetries.fill({}, count);
    m_done.fill(false, count);
    m_remaining = int(count);
    for (int i = 0; i < count; ++i)
        m_queue.append(i);
    connect(m_wakeTimer, &ClockTimer::timeout, this, &GraphBatch::dispatch);
    QMetaObject::invokeMethod(this, &GraphBatch::dispatch, Qt::QueuedConnection);
}

void GraphBatch::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_wakeTimer->stop();
    m_queue.clear();
    for (int i = 0; i < m_requests.size(); ++i) {
        if (!m_done.at(i)) {
            GraphResponse response;
            response.error = GraphError::make(GraphError::Kind::Cancelled);
            finishItem(i, response);
        }
    }
    finishIfDone();
}

void GraphBatch::cancelQueued()
{
    m_wakeTimer->stop();
    const QList<int> queued = std::exchange(m_queue, {});
    m_notBefore.clear();
    for (int index : queued) {
        GraphResponse response;
        response.error = GraphError::make(GraphError::Kind::Cancelled);
        response.attempts = m_itemAttempts.at(index);
        finishItem(index, response);
    }
    finishIfDone();
}

void GraphBatch::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    QMetaObject::invokeMethod(this, &GraphBatch::dispatch, Qt::QueuedConnection);
}

void GraphBatch::wakeWithin(qint64 ms)
{
    const qint64 delay = qBound(qint64(1), ms, qint64(std::numeric_limits<int>::max()));
    if (!m_wakeTimer->isActive() || m_wakeTimer->remainingMs() > delay)
        m_wakeTimer->start(delay);
}

QList<int> GraphBatch::takeReadyChunk(qint64 *soonestMs)
{
    QList<int> chunk;
    const qint64 now = m_transport->clock()->monotonicMs();
    for (auto it = m_queue.begin(); it != m_queue.end() && chunk.size() < maxItemsPerBatch;) {
        const qint64 notBefore = m_notBefore.value(*it, now);
        if (notBefore <= now) {
            chunk.append(*it);
            m_notBefore.remove(*it);
            it = m_queue.erase(it);
        } else {
            const qint64 wait = notBefore - now;
            *soonestMs = *soonestMs < 0 ? wait : qMin(*soonestMs, wait);
            ++it;
        }
    }
    return chunk;
}

void GraphBatch::dispatch()
{
    if (m_cancelled || m_waitingForToken || m_paused) {
        finishIfDone();
        return;
    }
    while (m_inFlight < m_maxInFlight) {
        qint64 soonestMs = -1;
        const QList<int> chunk = takeReadyChunk(&soonestMs);
        if (chunk.isEmpty()) {
            if (soonestMs >= 0)
                wakeWithin(soonestMs);
            break;
        }
        int writes = 0;
        for (int index : chunk)
            writes += m_requests.at(index).method != "GET" ? 1 : 0;
        const qint64 budgetWaitMs = m_budget ? m_budget->waitMs(writes) : 0;
        const bool heldBack = budgetWaitMs > 0 || (m_beforeSend && !m_beforeSend(chunk));
        if (heldBack) {
            // Back to the front, in order: they are the next to go.
            m_queue = chunk + m_queue;
            if (budgetWaitMs > 0)
                wakeWithin(budgetWaitMs);
            else
                m_paused = true; // the hook said no: wait for resume()
            break;
        }
        const qint64 ticket = m_budget && writes > 0 ? m_budget->spend(writes) : 0;
        sendEnvelope(chunk, ticket);
    }
    finishIfDone();
}

void GraphBatch::sendEnvelope(const QList<int> &indices, qint64 budgetTicket)
{
    QJsonArray items;
    bool idempotent = true;
    for (int index : indices) {
        const GraphRequest &request = m_requests.at(index);
        idempotent = idempotent && request.isIdempotent();
        QJsonObject headers;
        for (const auto &[name, value] : request.headers)
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        if (request.eventualConsistency)
            headers.insert(u"ConsistencyLevel"_s, u"eventual"_s);
        QJsonObject item{{u"id"_s, QString::number(index)},
                         {u"method"_s, QString::fromLatin1(request.method)},
                         {u"url"_s, request.relativeUrl()}};
        if (request.body) {
            headers.insert(u"Content-Type"_s, u"application/json"_s);
            item.insert(u"body"_s, *request.body);
        }
        if (!headers.isEmpty())
            item.insert(u"headers"_s, headers);
        items.append(item);
        ++m_itemAttempts[index];
    }
    GraphRequest envelope = GraphRequest::post(u"/$batch"_s, QJsonObject{{u"requests"_s, items}});
    // A dropped $batch may have been carried out; resend it only when every item is safe to repeat.
    envelope.idempotent = idempotent;
    ++m_inFlight;
    GraphCall *call = m_transport->send(envelope);
    connect(call, &GraphCall::finished, this, [this, indices, budgetTicket](const GraphResponse &response) {
        --m_inFlight;
        if (m_budget && budgetTicket != 0)
            m_budget->answered(budgetTicket);
        handleEnvelope(indices, response);
        dispatch();
    });
}

void GraphBatch::handleEnvelope(const QList<int> &indices, const GraphResponse &envelope)
{
    if (m_cancelled)
        return;
    if (!envelope.ok()) {
        for (int index : indices) {
            GraphResponse response;
            response.status = envelope.status;
            response.error = envelope.error;
            response.attempts = m_itemAttempts.at(index);
            finishItem(index, response);
        }
        return;
    }
    const QHash<int, GraphResponse> byIndex = GraphBatchAnswer::items(envelope, indices);
    for (int index : indices) {
        const auto found = byIndex.constFind(index);
        if (found == byIndex.constEnd()) {
            const GraphError missing = GraphError::make(GraphError::Kind::MalformedResponse, u"item missing from $batch response"_s);
            requeue(index, m_transport->retryPolicy().backoffMs(m_itemAttempts.at(index), m_transport->nextUnitRandom()), missing);
            continue;
        }
        handleItem(index, *found);
    }
}

void GraphBatch::handleItem(int index, const GraphResponse &item)
{
    GraphResponse response = item;
    response.attempts = m_itemAttempts.at(index);
    if (response.status >= 200 && response.status < 300) {
        finishItem(index, response);
        return;
    }
    response.error = GraphError::fromHttp(response.status, response.rawBody, response.header("Retry-After"),
                                          response.header("request-id"), response.header("client-request-id"));
    RetryDecision::Outcome outcome;
    outcome.status = response.status;
    outcome.error = response.error;
    outcome.canRefreshToken = m_transport->tokens() != nullptr;
    const RetryDecision::Decision decision
        = RetryDecision::decide(outcome, m_itemRetries[index], m_transport->retryPolicy(), m_transport->nextUnitRandom());
    switch (decision.action) {
    case RetryDecision::Action::Finish:
        finishItem(index, response);
        return;
    case RetryDecision::Action::RefreshToken:
        requeue(index, 0, response.error);
        if (!m_waitingForToken) {
            m_waitingForToken = true;
            connect(
                m_transport->tokens(), &AccessTokenSource::accessTokenRefreshed, this,
                [this](bool) {
                    m_waitingForToken = false;
                    dispatch();
                },
                Qt::SingleShotConnection);
            m_transport->tokens()->refreshAccessToken();
        }
        return;
    case RetryDecision::Action::RetryThrottled:
        // The quota is used up for everyone, not just this item: hold every write, not only this one.
        if (m_budget)
            m_budget->holdFor(decision.delayMs);
        requeue(index, decision.delayMs, response.error);
        return;
    case RetryDecision::Action::RetryTransient:
        requeue(index, decision.delayMs, response.error);
        return;
    }
}

void GraphBatch::requeue(int index, int delayMs, const GraphError &reason)
{
    m_notBefore.insert(index, m_transport->clock()->monotonicMs() + delayMs);
    m_queue.append(index);
    Q_EMIT itemWaiting(index, delayMs, reason);
}

void GraphBatch::finishItem(int index, GraphResponse response)
{
    if (m_done.at(index))
        return;
    m_done[index] = true;
    m_responses[index] = response;
    --m_remaining;
    Q_EMIT itemFinished(index, response);
}

void GraphBatch::finishIfDone()
{
    if (m_finished || m_remaining > 0 || m_inFlight > 0)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
