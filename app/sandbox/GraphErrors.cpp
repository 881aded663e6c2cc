// SPDX-License-Identifier: MIT
#include "sandbox/GraphErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace GraphErrors {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

SandboxResponse error(const SandboxRequest &request, int status, const QString &code, const QString &message)
{
    const QString date = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1); // no 'Z', as Graph
    QJsonObject inner{
        {u"date"_s, date},
        {u"request-id"_s, request.requestId},
        {u"client-request-id"_s, request.clientRequestId.isEmpty() ? request.requestId : request.clientRequestId},
    };
    const QJsonObject body{{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, inner}}}};
    return SandboxResponse::json(status, body);
}

SandboxResponse insufficientPrivileges(const SandboxRequest &request)
{
    return error(request, 403, u"Authorization_RequestDenied"_s, u"Insufficient privileges to complete the operation."_s);
}

SandboxResponse resourceNotFound(const SandboxRequest &request, const QString &resource)
{
    return error(request, 404, u"Request_ResourceNotFound"_s,
                 u"Resource '%1' does not exist or one of its queried reference-property objects are not present."_s.arg(
                     resource));
}

SandboxResponse badRequest(const SandboxRequest &request, const QString &message)
{
    return error(request, 400, u"Request_BadRequest"_s, message);
}

SandboxResponse unsupportedQuery(const SandboxRequest &request, const QString &message)
{
    return error(request, 400, u"Request_UnsupportedQuery"_s, message);
}

SandboxResponse invalidAuthenticationToken(const SandboxRequest &request, const QString &message)
{
    SandboxResponse response = error(request, 401, u"InvalidAuthenticationToken"_s, message);
    response.setHeader("WWW-Authenticate",
                       "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
                       "client_id=\"00000003-0000-0000-c000-000000000000\"");
    return response;
}

SandboxResponse tooManyRequests(const SandboxRequest &request, int retryAfterSeconds, const QString &scope,
                                const QString &information)
{
    SandboxResponse response = error(request, 429, u"TooManyRequests"_s, u"Please retry again later."_s);
    response.setHeader("Retry-After", QByteArray::number(qMax(1, retryAfterSeconds)));
    if (!scope.isEmpty())
        response.setHeader("x-ms-throttle-scope", scope.toUtf8());
    if (!information.isEmpty())
        response.setHeader("x-ms-throttle-information", information.toUtf8());
    return response;
}

SandboxResponse serviceUnavailable(const SandboxRequest &request, int status)
{
    if (status == 504)
        return error(request, 504, u"UnknownError"_s, u"The request timed out."_s);
    SandboxResponse response =
        error(request, 503, u"serviceNotAvailable"_s, u"Service unavailable, please try again later."_s);
    return response;
}

QString passwordComplexityMessage()
{
    return u"The specified password does not comply with password complexity requirements. Please provide a different password."_s;
}

QString onPremisesMasteredMessage()
{
    return u"Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration."_s;
}

SandboxResponse identityError(int status, const QString &errorName, int aadstsCode, const QString &description)
{
    const QString traceId = newId();
    const QString correlationId = newId();
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    const QString fullDescription = u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
        QString::number(aadstsCode), description, traceId, correlationId, timestamp);
    const QJsonObject body{
        {u"error"_s, errorName},
        {u"error_description"_s, fullDescription},
        {u"error_codes"_s, QJsonArray{aadstsCode}},
        {u"timestamp"_s, timestamp},
        {u"trace_id"_s, traceId},
        {u"correlation_id"_s, correlationId},
        {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadstsCode)},
    };
    return SandboxResponse::json(status, body);
}

} // namespace GraphErrors
