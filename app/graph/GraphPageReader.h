// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"
#include "graph/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class GraphCall;
class GraphTransport;

/**
 * Reads every page of a collection, following @odata.nextLink verbatim and resending the
 * request's headers (ConsistencyLevel is not implied by a nextLink). Deletes itself after finished().
 */
class GraphPageReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPageReader)
public:
    /** Starts reading at @p first through @p transport. */
    GraphPageReader(GraphTransport *transport, GraphRequest first, QObject *parent);

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
    void rawPageReceived(const JsonText &items);
    /** error.kind == None when every page arrived. */
    void finished(const GraphError &error);

private:
    void fetch(const GraphRequest &request);

    GraphTransport *m_transport;
    GraphRequest m_first;
    QPointer<GraphCall> m_call;
    QUrl m_deltaLink;
    int m_pages = 0;
    bool m_cancelled = false;
};
