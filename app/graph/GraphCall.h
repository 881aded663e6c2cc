// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"
#include "graph/RetryDecision.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class ClockTimer;
class GraphTransport;

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
    /** Sends @p request through @p transport, starting from the event loop, so even an immediate
     * failure reaches slots connected after construction. */
    GraphCall(GraphTransport *transport, GraphRequest request, QObject *parent);

    const GraphRequest &request() const { return m_request; }
    void cancel();

Q_SIGNALS:
    /** A transient failure; the request goes out again after @p delayMs. */
    void retrying(int attempt, int delayMs, const GraphError &reason);
    void finished(const GraphResponse &response);

private:
    void sendAttempt();
    void handleReply(QNetworkReply *reply, const QString &tokenUsed);
    void retryLater(const GraphError &reason, int delayMs);
    /** Retries @p response's request as RetryDecision says; false when the answer stands. */
    bool retryAfterFailure(const GraphResponse &response, const QString &tokenUsed = QString());
    void refreshAndReplay(const QString &tokenUsed, const GraphResponse &unauthorized);
    void finish(GraphResponse response);

    GraphTransport *m_transport;
    GraphRequest m_request;
    QString m_clientRequestId;
    QPointer<QNetworkReply> m_reply;
    ClockTimer *m_retryTimer;
    int m_attempts = 0;
    RetryDecision::Attempts m_retries;
    bool m_done = false;
};
