// SPDX-License-Identifier: MIT
#include "graph/GraphCall.h"

#include "auth/AccessTokenSource.h"
#include "common/Clock.h"
#include "graph/GraphTransport.h"
#include "graph/RetryPolicy.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUuid>

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

GraphCall::GraphCall(GraphTransport *transport, GraphRequest request, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_clientRequestId(newRequestId())
    , m_retryTimer(transport->clock()->createTimer(ClockTimer::Kind::SingleShot, this))
{
    connect(m_retryTimer, &ClockTimer::timeout, this, &GraphCall::sendAttempt);
    QMetaObject::invokeMethod(this, &GraphCall::sendAttempt, Qt::QueuedConnection);
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
    const QUrl url = m_transport->urlFor(m_request, &urlError);
    if (urlError.isError()) {
        GraphResponse response;
        response.error = urlError;
        finish(response);
        return;
    }
    const QString token = m_transport->tokens() ? m_transport->tokens()->accessToken() : QString();
    ++m_attempts;
    QNetworkReply *reply = m_transport->start(m_request, url, m_clientRequestId, token);
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

    response = GraphResponse::fromHttp(statusAttribute.toInt(), reply->rawHeaderPairs(), reply->readAll(),
                                       m_request.keepRawJson);
    response.attempts = m_attempts;
    if (response.status >= 400) {
        qCInfo(lcGraph).noquote() << m_request.method << loggablePath(reply->url()) << response.status
                                  << response.error.code << "request-id" << response.error.requestId;
        if (!retryAfterFailure(response, tokenUsed))
            finish(response);
        return;
    }
    if (response.error.isError() && retryAfterFailure(response))
        return;
    finish(response);
}

void GraphCall::retryLater(const GraphError &reason, int delayMs)
{
    Q_EMIT retrying(m_attempts + 1, delayMs, reason);
    m_retryTimer->start(delayMs);
}

bool GraphCall::retryAfterFailure(const GraphResponse &response, const QString &tokenUsed)
{
    RetryDecision::Outcome outcome;
    outcome.status = response.status;
    outcome.error = response.error;
    outcome.malformedBody = response.error.kind == GraphError::Kind::MalformedResponse;
    outcome.idempotent = m_request.isIdempotent();
    outcome.canRefreshToken = m_transport->tokens() != nullptr;
    const RetryDecision::Decision decision
        = RetryDecision::decide(outcome, m_retries, m_transport->retryPolicy(), m_transport->nextUnitRandom());
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
    AccessTokenSource *tokens = m_transport->tokens();
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
    m_retryTimer->stop();
    response.attempts = m_attempts;
    const QString path = m_request.absoluteUrl.isValid() ? m_request.absoluteUrl.path() : m_request.path;
    qCDebug(lcGraph).noquote() << m_request.method << path << response.status << "attempts" << m_attempts;
    Q_EMIT finished(response);
    deleteLater();
}
