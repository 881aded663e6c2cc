// SPDX-License-Identifier: MIT
#include "graph/GraphPageReader.h"

#include "graph/GraphCall.h"
#include "graph/GraphPage.h"
#include "graph/GraphTransport.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

GraphPageReader::GraphPageReader(GraphTransport *transport, GraphRequest first, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_first(std::move(first))
{
    fetch(m_first);
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
    m_call = m_transport->send(request);
    connect(m_call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        m_call = nullptr;
        if (m_cancelled || !response.ok()) {
            Q_EMIT finished(m_cancelled ? GraphError::make(GraphError::Kind::Cancelled) : response.error);
            deleteLater();
            return;
        }
        ++m_pages;
        const GraphPage page = GraphPage::read(response, m_first.keepRawJson);
        if (m_first.keepRawJson)
            Q_EMIT rawPageReceived(page.rawItems);
        else
            Q_EMIT pageReceived(page.items, page.object);
        if (m_cancelled) {
            Q_EMIT finished(GraphError::make(GraphError::Kind::Cancelled));
            deleteLater();
            return;
        }
        if (!page.nextLink.isEmpty()) {
            // Follow the link verbatim; only our own headers (ConsistencyLevel…) are resent.
            GraphRequest next = m_first;
            next.path.clear();
            next.query.clear();
            next.absoluteUrl = QUrl(page.nextLink);
            fetch(next);
            return;
        }
        m_deltaLink = QUrl(page.deltaLink);
        Q_EMIT finished(GraphError());
        deleteLater();
    });
}
