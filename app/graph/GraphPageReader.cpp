// SPDX-License-Identifier: MIT
#include "graph/GraphPageReader.h"

#include "graph/GraphCall.h"
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
