// SPDX-License-Identifier: MIT
#include "incident/MethodRemoval.h"

#include "graph/GraphClient.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

/** "#microsoft.graph.fido2AuthenticationMethod" -> "fido2". */
QString kindOf(const QJsonObject &method)
{
    QString type = method.value(u"@odata.type"_s).toString().section(u'.', -1);
    type.chop(int(qstrlen("AuthenticationMethod")));
    return type;
}

int phoneRank(const QString &phoneType)
{
    // The alternate mobile cannot outlive the mobile: it goes first, the mobile last.
    if (phoneType == u"alternateMobile"_s)
        return 0;
    if (phoneType == u"office"_s)
        return 1;
    return 2;
}

} // namespace

MethodRemoval::MethodRemoval(GraphClient *client, AuditLog audit, SignedInAdmin admin, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(std::move(audit))
    , m_admin(std::move(admin))
{
}

QList<MethodRemoval::Method> MethodRemoval::deletionOrder(const QJsonArray &methods)
{
    QList<Method> others;
    QList<Method> phones;
    for (const QJsonValue &value : methods) {
        const QJsonObject object = value.toObject();
        Method method{kindOf(object), object.value(u"id"_s).toString(), object.value(u"phoneType"_s).toString(), {}, false};
        if (method.kind == u"password"_s || method.kind.isEmpty())
            continue;
        (method.kind == u"phone"_s ? phones : others).append(method);
    }
    std::stable_sort(phones.begin(), phones.end(),
                     [](const Method &a, const Method &b) { return phoneRank(a.phoneType) < phoneRank(b.phoneType); });
    return others + phones;
}

bool MethodRemoval::allRemoved() const
{
    return !m_listError.isError()
        && std::all_of(m_methods.cbegin(), m_methods.cend(), [](const Method &method) { return method.removed; });
}

void MethodRemoval::start(const QString &userId, const QString &userPrincipalName)
{
    m_userId = userId;
    m_userPrincipalName = userPrincipalName;
    GraphCall *call = m_client->send(
        GraphRequest::get(u"/users/"_s + GraphRequest::segment(userId) + u"/authentication/methods"_s));
    connect(call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        if (!response.ok()) {
            m_listError = response.error;
            Q_EMIT finished();
            return;
        }
        m_methods = deletionOrder(response.object().value(u"value"_s).toArray());
        for (int i = 0; i < m_methods.size(); ++i)
            m_queue.append(i);
        next();
    });
}

void MethodRemoval::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_current = m_queue.takeFirst();
    const Method &method = m_methods.at(m_current);
    GraphRequest request;
    request.method = "DELETE";
    request.path = u"/users/"_s + GraphRequest::segment(m_userId) + u"/authentication/"_s + method.kind + u"Methods/"_s
        + GraphRequest::segment(method.id);
    connect(m_client->send(request), &GraphCall::finished, this, &MethodRemoval::onDeleted);
}

void MethodRemoval::onDeleted(const GraphResponse &response)
{
    Method &method = m_methods[m_current];
    // A phone refused now may be the default method: once more when everything else is gone.
    const bool retryLater = !response.ok() && method.kind == u"phone"_s && !m_retried.contains(m_current)
        && response.error.httpStatus >= 400 && response.error.httpStatus < 500 && response.error.httpStatus != 403
        && response.error.httpStatus != 404;
    if (retryLater) {
        m_retried.append(m_current);
        m_queue.append(m_current);
    } else {
        method.removed = response.ok() || response.error.kind == GraphError::Kind::NotFound;
        method.error = method.removed ? GraphError() : response.error;
        record(method);
    }
    next();
}

void MethodRemoval::record(const Method &method)
{
    // A pass gets the same action as one deleted anywhere else, so the audit log answers "which
    // passes were deleted" with one filter.
    const bool pass = method.kind == u"temporaryAccessPass"_s;
    AuditEntry entry = AuditEntry::make(m_admin, pass ? u"tapDeleted"_s : u"authMethodRemoved"_s);
    entry.targetId = m_userId;
    entry.targetUserPrincipalName = m_userPrincipalName;
    QJsonObject options{{u"method"_s, method.kind}};
    if (!method.phoneType.isEmpty())
        options.insert(u"phoneType"_s, method.phoneType);
    entry.options = options;
    entry.setResult(method.error);
    m_audit.append(entry);
}
