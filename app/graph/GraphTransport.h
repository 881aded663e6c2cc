// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

class AccessTokenSource;
class Clock;
class GraphCall;
class QNetworkReply;
struct GraphError;
struct GraphRequest;
struct RetryPolicy;

/**
 * What a request in progress (GraphCall, GraphPageReader, GraphBatch) needs from the client that
 * made it: where a request goes, how it is put on the wire, the token, the retry policy and its
 * jitter, the clock retries wait on, and new single calls (a page reader's next page, a batch's
 * $batch envelopes).
 * GraphClient is the one implementation; the requests see only this.
 */
class GraphTransport
{
public:
    virtual ~GraphTransport() = default;

    /** The URL for @p request, or an error when it would leave the Graph host or use plain http. */
    virtual QUrl urlFor(const GraphRequest &request, GraphError *error) const = 0;
    /** Puts @p request on the wire to @p url with @p token (none when empty). */
    virtual QNetworkReply *start(const GraphRequest &request, const QUrl &url, const QString &clientRequestId,
        const QString &token) = 0;
    /** Where tokens come from and are refreshed; null when requests go without one. */
    virtual AccessTokenSource *tokens() const = 0;
    virtual const RetryPolicy &retryPolicy() const = 0;
    /** A number in [0, 1) for the jitter of retry delays. */
    virtual double nextUnitRandom() = 0;
    /** The clock Retry-After and backoff waits run on. */
    virtual Clock *clock() const = 0;
    /** Sends @p request as a call of its own (GraphClient::send). */
    virtual GraphCall *send(const GraphRequest &request) = 0;

protected:
    GraphTransport() = default;
    GraphTransport(const GraphTransport &) = default;
    GraphTransport &operator=(const GraphTransport &) = default;
};
