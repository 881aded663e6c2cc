// SPDX-License-Identifier: MIT
#include "graph/GraphClient.h"

#include "AppInfo.h"
#include "auth/AccessTokenSource.h"
#include "auth/CloudEndpoints.h"
#include "graph/JsonView.h"
#include "graph/RetryDecision.h"
#include "graph/WriteBudget.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUuid>

#include <limits>
#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcGraph, "resetdesk.graph")

namespace {

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/** The path of a URL without its query: what we log (queries may hold names people typed). */
QString loggablePath(const QUrl &url)
{
    return url.path();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// GraphClient

GraphClient::GraphClient(QNetworkAccessManager *network, AccessTokenSource *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{
}

GraphClient::~GraphClient() = default;

bool GraphClient::setGraphRoot(const QUrl &root)
{
    if (!root.isValid() || !CloudEndpoints::isAcceptableUrl(root))
        return false;
    m_root = root.adjusted(QUrl::StripTrailingSlash);
    return true;
}

GraphCall *GraphClient::send(const GraphRequest &request)
{
    auto *call = new GraphCall(this, request);
    // Start from the event loop, so even an immediate failure reaches slots connected after send().
    QMetaObject::invokeMethod(call, &GraphCall::sendAttempt, Qt::QueuedConnection);
    return call;
}

GraphPageReader *GraphClient::readPages(const GraphRequest &request)
{
    auto *reader = new GraphPageReader(this, request);
    reader->fetch(request);
    return reader;
}

GraphBatch *GraphClient::sendBatch(const QList<GraphRequest> &requests, int maxInFlight)
{
    auto *batch = new GraphBatch(this, requests, qMax(1, maxInFlight));
    QMetaObject::invokeMethod(batch, &GraphBatch::dispatch, Qt::QueuedConnection);
    return batch;
}

QUrl GraphClient::urlFor(const GraphRequest &request, GraphError *error) const
{
    if (m_root.isEmpty()) {
        *error = GraphError::make(GraphError::Kind::InsecureUrl, u"no Graph endpoint configured"_s);
        return {};
    }
    if (request.absoluteUrl.isValid()) {
        // A link from the service is followed only on the Graph host itself: the bearer token must
        // never travel to anybody else, whatever a response says.
        const QUrl &url = request.absoluteUrl;
        const bool sameOrigin = url.scheme() == m_root.scheme() && url.host() == m_root.host()
                                && url.port(-1) == m_root.port(-1) && url.path().startsWith(m_root.path());
        if (!sameOrigin) {
            *error = GraphError::make(GraphError::Kind::InsecureUrl, u"link outside the Graph endpoint refused"_s);
            return {};
        }
        return url;
    }
    const QString encodedQuery = request.encodedQuery();
    QString text = m_root.toString(QUrl::FullyEncoded) + request.path;
    if (!encodedQuery.isEmpty())
        text += u'?' + encodedQuery;
    const QUrl url = QUrl::fromEncoded(text.toUtf8(), QUrl::StrictMode);
    if (!url.isValid())
        *error = GraphError::make(GraphError::Kind::BadRequest, u"invalid request URL"_s);
    return url;
}

QNetworkReply *GraphClient::start(const GraphRequest &request, const QUrl &url, const QString &clientRequestId,
                                  const QString &token)
{
    QNetworkRequest networkRequest(url);
    if (!token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    networkRequest.setRawHeader("client-request-id", clientRequestId.toLatin1());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setRawHeader("User-Agent", "ResetDesk/" + AppInfo::version().toLatin1());
    if (request.eventualConsistency)
        networkRequest.setRawHeader("ConsistencyLevel", "eventual");
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(m_policy.transferTimeoutMs);
    // Never follow a redirect with the token attached.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray body;
    if (request.body) {
        body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
        networkRequest.setRawHeader("Content-Type", "application/json");
    }
    return m_network->sendCustomRequest(networkRequest, request.method, body);
}

double GraphClient::nextUnitRandom()
{
    return QRandomGenerator::global()->generateDouble();
}

// ---------------------------------------------------------------------------------------------
// GraphCall

GraphCall::GraphCall(GraphClient *client, GraphRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_clientRequestId(newRequestId())
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphCall::sendAttempt);
}

void GraphCall::cancel()
{
    if (m_done)
        return;
    QPointer<QNetworkReply> reply = m_reply;
    GraphResponse response;
    response.attempts = m_attempts;
    response.error = GraphError::make(GraphError::Kind::Cancelled);
    finish(response);
    if (reply)
        reply->abort();
}

void GraphCall::sendAttempt()
{
    if (m_done)
        return;
    GraphError urlError;
    const QUrl url = m_client->urlFor(m_request, &urlError);
    if (urlError.isError()) {
        GraphResponse response;
        response.error = urlError;
        finish(response);
        return;
    }
    const QString token = m_client->tokens() ? m_client->tokens()->accessToken() : QString();
    ++m_attempts;
    QNetworkReply *reply = m_client->start(m_request, url, m_clientRequestId, token);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, token] { handleReply(reply, token); });
}

void GraphCall::handleReply(QNetworkReply *reply, const QString &tokenUsed)
{
    reply->deleteLater();
    m_reply = nullptr;
    if (m_done)
        return;

    GraphResponse response;
    response.attempts = m_attempts;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        // No HTTP answer: refused, dropped or timed out (a transfer timeout also reports
        // OperationCanceledError; our own cancel() never gets here).
        response.error = GraphError::fromNetwork(QNetworkReply::UnknownNetworkError, reply->errorString());
        qCInfo(lcGraph).noquote() << m_request.method << loggablePath(reply->url()) << "no answer:" << reply->error()
                                  << "client-request-id" << m_clientRequestId;
        if (!retryAfterFailure(response))
            finish(response);
        return;
    }

    response.status = statusAttribute.toInt();
    response.headers = reply->rawHeaderPairs();
    response.rawBody = reply->readAll();

    if (response.status >= 400) {
        response.error = GraphError::fromHttp(response.status, response.rawBody, reply->rawHeader("Retry-After"),
                                              reply->rawHeader("request-id"), reply->rawHeader("client-request-id"));
        qCInfo(lcGraph).noquote() << m_request.method << loggablePath(reply->url()) << response.status
                                  << response.error.code << "request-id" << response.error.requestId;
        if (!retryAfterFailure(response, tokenUsed))
            finish(response);
        return;
    }

    if (!response.rawBody.isEmpty() && reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"json"_s)) {
        QString parseError;
        if (m_request.keepRawJson) {
            response.rawJsonChecked = JsonView::parse(response.rawBody, &parseError).isValid();
        } else {
            QJsonParseError jsonError;
            response.json = QJsonDocument::fromJson(response.rawBody, &jsonError);
            if (jsonError.error != QJsonParseError::NoError)
                parseError = jsonError.errorString();
        }
        if (!parseError.isEmpty()) {
            response.error = GraphError::make(GraphError::Kind::MalformedResponse, parseError);
            response.error.httpStatus = response.status;
            if (retryAfterFailure(response))
                return;
        }
    }
    finish(response);
}

void GraphCall::retryLater(const GraphError &reason, int delayMs)
{
    Q_EMIT retrying(m_attempts + 1, delayMs, reason);
    m_retryTimer.start(delayMs);
}

bool GraphCall::retryAfterFailure(const GraphResponse &response, const QString &tokenUsed)
{
    RetryDecision::Outcome outcome;
    outcome.status = response.status;
    outcome.error = response.error;
    outcome.malformedBody = response.error.kind == GraphError::Kind::MalformedResponse;
    outcome.idempotent = m_request.isIdempotent();
    outcome.canRefreshToken = m_client->tokens() != nullptr;
    const RetryDecision::Decision decision
        = RetryDecision::decide(outcome, m_retries, m_client->retryPolicy(), m_client->nextUnitRandom());
    switch (decision.action) {
    case RetryDecision::Action::Finish:
        return false;
    case RetryDecision::Action::RefreshToken:
        refreshAndReplay(tokenUsed, response);
        return true;
    case RetryDecision::Action::RetryThrottled:
    case RetryDecision::Action::RetryTransient:
        retryLater(response.error, decision.delayMs);
        return true;
    }
    return false;
}

void GraphCall::refreshAndReplay(const QString &tokenUsed, const GraphResponse &unauthorized)
{
    AccessTokenSource *tokens = m_client->tokens();
    // Another request may have refreshed the token since this one went out: just replay.
    if (!tokens->accessToken().isEmpty() && tokens->accessToken() != tokenUsed) {
        sendAttempt();
        return;
    }
    connect(
        tokens, &AccessTokenSource::accessTokenRefreshed, this,
        [this, unauthorized](bool succeeded) {
            if (succeeded) {
                sendAttempt();
                return;
            }
            GraphResponse response = unauthorized;
            response.error = GraphError::fromHttp(401, unauthorized.rawBody, {}, unauthorized.header("request-id"),
                                                  unauthorized.header("client-request-id"));
            finish(response);
        },
        Qt::SingleShotConnection);
    tokens->refreshAccessToken();
}

void GraphCall::finish(GraphResponse response)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    response.attempts = m_attempts;
    const QString path = m_request.absoluteUrl.isValid() ? m_request.absoluteUrl.path() : m_request.path;
    qCDebug(lcGraph).noquote() << m_request.method << path << response.status << "attempts" << m_attempts;
    Q_EMIT finished(response);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// GraphPageReader

GraphPageReader::GraphPageReader(GraphClient *client, GraphRequest first)
    : QObject(client)
    , m_client(client)
    , m_first(std::move(first))
{
}

void GraphPageReader::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel();
}

void GraphPageReader::fetch(const GraphRequest &request)
{
    m_call = m_client->send(request);
    connect(m_call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        m_call = nullptr;
        if (m_cancelled || !response.ok()) {
            Q_EMIT finished(m_cancelled ? GraphError::make(GraphError::Kind::Cancelled) : response.error);
            deleteLater();
            return;
        }
        ++m_pages;
        QString nextLink;
        QString deltaLink;
        if (m_first.keepRawJson) {
            // One walk over the page's members; the items are decoded by the receiver.
            JsonView items;
            JsonMembers members(response.rawJson());
            while (members.next()) {
                if (members.key().equals("value"_L1))
                    items = members.value();
                else if (members.key().equals("@odata.nextLink"_L1))
                    nextLink = members.value().toString();
                else if (members.key().equals("@odata.deltaLink"_L1))
                    deltaLink = members.value().toString();
            }
            Q_EMIT rawPageReceived(items);
        } else {
            const QJsonObject page = response.object();
            Q_EMIT pageReceived(page.value(u"value"_s).toArray(), page);
            nextLink = page.value(u"@odata.nextLink"_s).toString();
            deltaLink = page.value(u"@odata.deltaLink"_s).toString();
        }
        if (m_cancelled) {
            Q_EMIT finished(GraphError::make(GraphError::Kind::Cancelled));
            deleteLater();
            return;
        }
        if (!nextLink.isEmpty()) {
            // Follow the link verbatim; only our own headers (ConsistencyLevel…) are resent.
            GraphRequest next = m_first;
            next.path.clear();
            next.query.clear();
            next.absoluteUrl = QUrl(nextLink);
            fetch(next);
            return;
        }
        m_deltaLink = QUrl(deltaLink);
        Q_EMIT finished(GraphError());
        deleteLater();
    });
}

// ---------------------------------------------------------------------------------------------
// GraphBatch

GraphBatch::GraphBatch(GraphClient *client, QList<GraphRequest> requests, int maxInFlight)
    : QObject(client)
    , m_client(client)
    , m_requests(std::move(requests))
    , m_maxInFlight(maxInFlight)
{
    const auto count = m_requests.size();
    m_responses.resize(count);
    m_itemAttempts.fill(0, count);
    m_itemRetries.fill({}, count);
    m_done.fill(false, count);
    m_remaining = int(count);
    for (int i = 0; i < count; ++i)
        m_queue.append(i);
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &GraphBatch::dispatch);
}

void GraphBatch::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_wakeTimer.stop();
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
    m_wakeTimer.stop();
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
    const int delay = int(qBound(qint64(1), ms, qint64(std::numeric_limits<int>::max())));
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTime() > delay)
        m_wakeTimer.start(delay);
}

QList<int> GraphBatch::takeReadyChunk(qint64 *soonestMs)
{
    QList<int> chunk;
    for (auto it = m_queue.begin(); it != m_queue.end() && chunk.size() < maxItemsPerBatch;) {
        const QDeadlineTimer notBefore = m_notBefore.value(*it, QDeadlineTimer(0));
        if (notBefore.hasExpired()) {
            chunk.append(*it);
            m_notBefore.remove(*it);
            it = m_queue.erase(it);
        } else {
            const qint64 wait = notBefore.remainingTime();
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
    GraphCall *call = m_client->send(envelope);
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
    QHash<int, QJsonObject> byIndex;
    const QJsonArray responses = envelope.object().value(u"responses"_s).toArray();
    for (const QJsonValue &value : responses) {
        const QJsonObject item = value.toObject();
        bool ok = false;
        const int index = item.value(u"id"_s).toString().toInt(&ok);
        if (ok && indices.contains(index))
            byIndex.insert(index, item);
    }
    for (int index : indices) {
        const auto found = byIndex.constFind(index);
        if (found == byIndex.constEnd()) {
            const GraphError missing = GraphError::make(GraphError::Kind::MalformedResponse, u"item missing from $batch response"_s);
            requeue(index, m_client->retryPolicy().backoffMs(m_itemAttempts.at(index), m_client->nextUnitRandom()), missing);
            continue;
        }
        GraphResponse item;
        item.status = found->value(u"status"_s).toInt();
        const QJsonObject headers = found->value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            item.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        // Graph's item answers often carry no request-id of their own; the $batch request's id is
        // then the one Microsoft support can trace the item by.
        if (item.header("request-id").isEmpty() && !envelope.header("request-id").isEmpty())
            item.headers.append({QByteArrayLiteral("request-id"), envelope.header("request-id")});
        const QJsonValue body = found->value(u"body"_s);
        if (body.isObject() || body.isArray()) {
            item.json = body.isObject() ? QJsonDocument(body.toObject()) : QJsonDocument(body.toArray());
            item.rawBody = item.json.toJson(QJsonDocument::Compact);
        } else if (body.isString()) {
            // Non-JSON item bodies come back base64-encoded (observed behaviour).
            item.rawBody = QByteArray::fromBase64(body.toString().toLatin1());
        }
        handleItem(index, item);
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
    outcome.canRefreshToken = m_client->tokens() != nullptr;
    const RetryDecision::Decision decision
        = RetryDecision::decide(outcome, m_itemRetries[index], m_client->retryPolicy(), m_client->nextUnitRandom());
    switch (decision.action) {
    case RetryDecision::Action::Finish:
        finishItem(index, response);
        return;
    case RetryDecision::Action::RefreshToken:
        requeue(index, 0, response.error);
        if (!m_waitingForToken) {
            m_waitingForToken = true;
            connect(
                m_client->tokens(), &AccessTokenSource::accessTokenRefreshed, this,
                [this](bool) {
                    m_waitingForToken = false;
                    dispatch();
                },
                Qt::SingleShotConnection);
            m_client->tokens()->refreshAccessToken();
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
    m_notBefore.insert(index, QDeadlineTimer(delayMs));
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
