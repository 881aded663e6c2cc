// SPDX-License-Identifier: MIT
#include "graph/GraphBatchAnswer.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace GraphBatchAnswer {

QHash<int, GraphResponse> items(const GraphResponse &envelope, const QList<int> &indices)
{
    QHash<int, GraphResponse> byIndex;
    const QJsonArray responses = envelope.object().value(u"responses"_s).toArray();
    for (const QJsonValue &value : responses) {
        const QJsonObject answer = value.toObject();
        bool ok = false;
        const int index = answer.value(u"id"_s).toString().toInt(&ok);
        if (!ok || !indices.contains(index) || byIndex.contains(index))
            continue;
        GraphResponse item;
        item.status = answer.value(u"status"_s).toInt();
        const QJsonObject headers = answer.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            item.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
        // Graph's item answers often carry no request-id of their own; the $batch request's id is
        // then the one Microsoft support can trace the item by.
        if (item.header("request-id").isEmpty() && !envelope.header("request-id").isEmpty())
            item.headers.append({QByteArrayLiteral("request-id"), envelope.header("request-id")});
        const QJsonValue body = answer.value(u"body"_s);
        if (body.isObject() || body.isArray()) {
            item.json = body.isObject() ? QJsonDocument(body.toObject()) : QJsonDocument(body.toArray());
            item.rawBody = item.json.toJson(QJsonDocument::Compact);
        } else if (body.isString()) {
            // Non-JSON item bodies come back base64-encoded (observed behaviour).
            item.rawBody = QByteArray::fromBase64(body.toString().toLatin1());
        }
        byIndex.insert(index, item);
    }
    return byIndex;
}

} // namespace GraphBatchAnswer
