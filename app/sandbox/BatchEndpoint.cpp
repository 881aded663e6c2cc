// SPDX-License-Identifier: MIT
#include "sandbox/BatchEndpoint.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/GraphService.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

BatchEndpoint::BatchEndpoint(SandboxContext &context, GraphService &graph)
    : m_context(context)
    , m_graph(graph)
    , m_random(context.options.seed ^ 0xba7c4u)
{
}

void BatchEndpoint::registerRoutes(SandboxRouter &router)
{
    router.add("POST", u"/$batch"_s, {}, [this](SandboxRequest &request, const QStringList &) {
        return handle(request);
    });
}

std::optional<SandboxResponse> BatchEndpoint::parse(const SandboxRequest &request, QList<Item> *items) const
{
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid batch payload format."_s);
    const QJsonValue requests = body->value(u"requests"_s);
    if (!requests.isArray())
        return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid batch payload format."_s);
    const QJsonArray array = requests.toArray();
    if (array.isEmpty())
        return GraphErrors::error(request, 400, u"BadRequest"_s, u"Batch request must contain at least one request."_s);
    if (array.size() > MaxRequests) {
        return GraphErrors::error(request, 400, u"BadRequest"_s,
                                  u"The number of requests in a batch is limited to %1."_s.arg(MaxRequests));
    }

    QSet<QString> ids;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Item item;
        // Graph accepts numbers where it expects the id string.
        const QJsonValue id = object.value(u"id"_s);
        item.id = id.isDouble() ? QString::number(id.toDouble()) : id.toString();
        item.method = object.value(u"method"_s).toString().toUpper().toLatin1();
        item.url = object.value(u"url"_s).toString();
        item.headers = object.value(u"headers"_s).toObject();
        item.body = object.value(u"body"_s);
        for (const QJsonValue &dependency : object.value(u"dependsOn"_s).toArray())
            item.dependsOn.append(dependency.toString());
        if (!value.isObject() || item.id.isEmpty() || item.method.isEmpty() || item.url.isEmpty()) {
            return GraphErrors::error(request, 400, u"BadRequest"_s,
                                      u"Each request in a batch needs an id, a method and a url."_s);
        }
        if (ids.contains(item.id))
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Batch request contains duplicate id '%1'."_s.arg(item.id));
        ids.insert(item.id);
        if (!item.body.isUndefined() && !item.body.isNull()) {
            bool hasContentType = false;
            for (auto it = item.headers.constBegin(); it != item.headers.constEnd(); ++it)
                hasContentType = hasContentType || it.key().compare(u"content-type"_s, Qt::CaseInsensitive) == 0;
            if (!hasContentType) {
                return GraphErrors::error(request, 400, u"BadRequest"_s,
                                          u"Content-Type header must be specified for request '%1' with a body."_s.arg(item.id));
            }
        }
        items->append(item);
    }
    for (const Item &item : *items) {
        for (const QString &dependency : item.dependsOn) {
            if (!ids.contains(dependency) || dependency == item.id) {
                return GraphErrors::error(request, 400, u"BadRequest"_s,
                                          u"Request '%1' depends on an unknown request '%2'."_s.arg(item.id, dependency));
            }
        }
    }
    return std::nullopt;
}

std::optional<QList<qsizetype>> BatchEndpoint::executionOrder(const QList<Item> &items)
{
    // Kahn's algorithm, always taking the earliest ready item, so independent items keep their order.
    QList<qsizetype> order;
    QList<bool> done(items.size(), false);
    while (order.size() < items.size()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < items.size() && next < 0; ++i) {
            if (done.at(i))
                continue;
            bool ready = true;
            for (const QString &dependency : items.at(i).dependsOn) {
                for (qsizetype j = 0; j < items.size(); ++j) {
                    if (items.at(j).id == dependency && !done.at(j))
                        ready = false;
                }
            }
            if (ready)
                next = i;
        }
        if (next < 0)
            return std::nullopt;
        done[next] = true;
        order.append(next);
    }
    return order;
}

SandboxRequest BatchEndpoint::itemRequest(const SandboxRequest &envelope, const Item &item) const
{
    SandboxRequest request;
    request.method = item.method;
    QString url = item.url;
    if (!url.startsWith(u'/'))
        url.prepend(u'/');
    const qsizetype queryStart = url.indexOf(u'?');
    const QString path = queryStart < 0 ? url : url.left(queryStart);
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
        request.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    request.path = u"/"_s + request.segments.join(u'/');
    if (queryStart >= 0)
        request.query = QUrlQuery(url.mid(queryStart + 1));
    for (auto it = item.headers.constBegin(); it != item.headers.constEnd(); ++it)
        request.headers.insert(it.key().toLower().toLatin1(), it.value().toString().toUtf8());
    if (item.body.isObject()) {
        request.body = QJsonDocument(item.body.toObject()).toJson(QJsonDocument::Compact);
    } else if (item.body.isArray()) {
        request.body = QJsonDocument(item.body.toArray()).toJson(QJsonDocument::Compact);
    } else if (item.body.isString()) {
        // Non-JSON bodies travel base64-encoded, as JSON batching specifies.
        const QByteArray text = item.body.toString().toUtf8();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        request.body = decoded ? *decoded : text;
    }
    request.baseUrl = envelope.baseUrl;
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray clientRequestId = request.header("client-request-id");
    request.clientRequestId = clientRequestId.isEmpty() ? envelope.clientRequestId : QString::fromLatin1(clientRequestId);
    request.insideBatch = true;
    request.caller = envelope.caller;
    return request;
}

QJsonObject BatchEndpoint::itemResponse(const QString &id, const SandboxResponse &response)
{
    QJsonObject headers;
    bool json = false;
    for (const auto &[name, value] : response.headers) {
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            json = value.contains("json");
    }
    QJsonObject object{{u"id"_s, id}, {u"status"_s, response.status}, {u"headers"_s, headers}};
    if (!response.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (json && !document.isNull())
            object.insert(u"body"_s, document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        else
            object.insert(u"body"_s, QString::fromLatin1(response.body.toBase64()));
    }
    return object;
}

void BatchEndpoint::logItem(const SandboxRequest &request, int status)
{
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    entry.query = request.query.toString(QUrl::FullyDecoded);
    entry.status = status;
    entry.requestId = request.requestId;
    entry.clientRequestId = request.clientRequestId;
    entry.batchItem = true;
    entry.userId = request.caller ? request.caller->userId : QString();
    entry.hadAuthorization = true;
    m_context.log.append(entry);
    m_context.log.count(u"batchItems"_s);
}

SandboxResponse BatchEndpoint::handle(SandboxRequest &request)
{
    QList<Item> items;
    if (auto invalid = parse(request, &items))
        return *invalid;
    const std::optional<QList<qsizetype>> order = executionOrder(items);
    if (!order) {
        return GraphErrors::error(request, 400, u"BadRequest"_s,
                                  u"The dependsOn of the batch requests form a cycle."_s);
    }

    QHash<QString, int> statusById;
    QJsonArray responses;
    bool resetConnection = false;
    for (const qsizetype index : *order) {
        const Item &item = items.at(index);
        SandboxRequest inner = itemRequest(request, item);
        bool dependencyFailed = false;
        for (const QString &dependency : item.dependsOn) {
            const int status = statusById.value(dependency);
            dependencyFailed = dependencyFailed || status < 200 || status >= 300;
        }
        SandboxResponse response;
        if (dependencyFailed) {
            response = GraphErrors::error(inner, 424, u"FailedDependency"_s,
                                          u"The request failed because a request it depends on failed."_s);
        } else if (inner.segments.value(0) == u"$batch"_s) {
            response = GraphErrors::badRequest(inner, u"A batch cannot contain another batch."_s);
        } else {
            response = m_graph.handleItem(inner);
        }
        resetConnection = resetConnection || response.transport == SandboxTransport::ResetConnection;
        statusById.insert(item.id, response.status);
        logItem(inner, response.status);
        responses.append(itemResponse(item.id, response));
    }

    // Graph answers items in any order, so clients must correlate by id: make sure they have to.
    QList<QJsonValue> shuffled(responses.cbegin(), responses.cend());
    std::shuffle(shuffled.begin(), shuffled.end(), m_random);
    QJsonArray out;
    for (const QJsonValue &value : shuffled)
        out.append(value);
    SandboxResponse envelope = SandboxResponse::json(200, QJsonObject{{u"responses"_s, out}});
    if (resetConnection)
        envelope.transport = SandboxTransport::ResetConnection;
    return envelope;
}
