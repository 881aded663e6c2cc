// SPDX-License-Identifier: MIT
#include "graph/GraphClient.h"

#include "common/AppInfo.h"
#include "auth/AccessTokenSource.h"
#include "auth/CloudEndpoints.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

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
    return new GraphCall(this, request, this);
}

GraphPageReader *GraphClient::readPages(const GraphRequest &request)
{
    return new GraphPageReader(this, request, this);
}

GraphBatch *GraphClient::sendBatch(const QList<GraphRequest> &requests, int maxInFlight)
{
    return new GraphBatch(this, requests, maxInFlight, this);
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
