// SPDX-License-Identifier: MIT
#include "graph/GraphError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Graph nests "innerError" (directory) or "innererror" (docs schema): accept both. */
QJsonObject innerErrorOf(const QJsonObject &error)
{
    for (auto it = error.begin(); it != error.end(); ++it) {
        if (it.key().compare(u"innererror"_s, Qt::CaseInsensitive) == 0)
            return it.value().toObject();
    }
    return {};
}

GraphError::Kind classify(int status, const QString &code, const QString &message)
{
    using Kind = GraphError::Kind;
    if (code == u"MailboxNotEnabledForRESTAPI"_s)
        return Kind::MailboxNotEnabled;
    switch (status) {
    case 400:
        if (code == u"Request_UnsupportedQuery"_s)
            return Kind::UnsupportedQuery;
        // The service gives one generic message for length, classes and the banned list.
        if (message.startsWith(u"The specified password does not comply"_s))
            return Kind::PasswordRejected;
        if (message.contains(u"on-premises mastered"_s) || message.contains(u"originated within an external service"_s))
            return Kind::SyncedObject;
        return Kind::BadRequest;
    case 401:
        return Kind::SessionExpired;
    case 403:
        if (code == u"Authentication_RequestFromNonPremiumTenantOrB2CTenant"_s)
            return Kind::LicenseRequired;
        return Kind::InsufficientPrivileges;
    case 404:
        return Kind::NotFound;
    case 424:
        return Kind::FailedDependency;
    case 429:
        return Kind::Throttled;
    default:
        break;
    }
    if (status >= 500)
        return Kind::ServiceUnavailable;
    return Kind::Other;
}

} // namespace

bool GraphError::isTransient() const
{
    // Concurrent writes to one directory object are refused with this code; a retry succeeds.
    if (code == u"Directory_ConcurrencyViolation"_s)
        return true;
    return kind == Kind::Throttled || kind == Kind::ServiceUnavailable || kind == Kind::NetworkUnavailable;
}

GraphError GraphError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter,
                                const QByteArray &requestIdHeader, const QByteArray &clientRequestIdHeader)
{
    GraphError error;
    error.httpStatus = status;
    const QJsonObject errorObject = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    error.code = errorObject.value(u"code"_s).toString();
    error.message = errorObject.value(u"message"_s).toString();
    const QJsonObject inner = innerErrorOf(errorObject);
    error.requestId = inner.value(u"request-id"_s).toString(QString::fromLatin1(requestIdHeader));
    error.clientRequestId = inner.value(u"client-request-id"_s).toString(QString::fromLatin1(clientRequestIdHeader));
    error.date = inner.value(u"date"_s).toString();
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        error.retryAfterSeconds = seconds;
    error.kind = classify(status, error.code, error.message);
    return error;
}

GraphError GraphError::fromNetwork(QNetworkReply::NetworkError networkError, const QString &detail)
{
    GraphError error;
    error.kind = networkError == QNetworkReply::OperationCanceledError ? Kind::Cancelled : Kind::NetworkUnavailable;
    error.message = detail;
    return error;
}

GraphError GraphError::make(Kind kind, const QString &message)
{
    GraphError error;
    error.kind = kind;
    error.message = message;
    return error;
}

QString GraphError::technicalSummary() const
{
    QStringList parts;
    if (httpStatus)
        parts.append(u"HTTP %1"_s.arg(httpStatus));
    if (!code.isEmpty())
        parts.append(code);
    if (!message.isEmpty())
        parts.append(message);
    if (!requestId.isEmpty())
        parts.append(u"request-id %1"_s.arg(requestId));
    if (!clientRequestId.isEmpty() && clientRequestId != requestId)
        parts.append(u"client-request-id %1"_s.arg(clientRequestId));
    if (!date.isEmpty())
        parts.append(date);
    return parts.join(u" · "_s);
}

QString GraphError::kindName(Kind kind)
{
    if (kind == Kind::None)
        return {};
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

GraphError::Kind GraphError::kindFromName(const QString &name)
{
    bool known = false;
    const int value = QMetaEnum::fromType<Kind>().keyToValue(name.toLatin1().constData(), &known);
    return known ? Kind(value) : Kind::Other;
}
