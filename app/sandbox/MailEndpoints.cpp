// SPDX-License-Identifier: MIT
#include "sandbox/MailEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

bool hasMailbox(const SandboxUser &user)
{
    // An Exchange Online mailbox needs a licence; without one there is no primary SMTP address.
    return !user.mail.isEmpty() && !user.assignedLicenseSkus.isEmpty() && user.userType == u"Member"_s;
}

} // namespace

MailEndpoints::MailEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void MailEndpoints::registerRoutes(SandboxRouter &router)
{
    router.add("POST", u"/me/sendMail"_s, {u"Mail.Send"_s}, [this](SandboxRequest &request, const QStringList &) {
        return sendMail(request, request.caller->userId);
    });
    router.add("POST", u"/users/{}/sendMail"_s, {u"Mail.Send"_s, u"Mail.Send.Shared"_s},
               [this](SandboxRequest &request, const QStringList &captures) {
                   return sendMail(request, captures.value(0));
               });
}

SandboxResponse MailEndpoints::sendMail(SandboxRequest &request, const QString &senderKey)
{
    SandboxUser *sender = m_context.tenant.userByIdOrUpn(senderKey);
    if (!sender || sender->deleted)
        return GraphErrors::resourceNotFound(request, senderKey);
    if (sender->id != request.caller->userId && !request.caller->scopes.contains(u"Mail.Send.Shared"_s)) {
        // Sending as another mailbox needs send-as rights, which the sandbox grants no one.
        return GraphErrors::error(request, 403, u"ErrorAccessDenied"_s,
                                  u"Access is denied. Check credentials and try again."_s);
    }
    if (!hasMailbox(*sender)) {
        return GraphErrors::error(request, 404, u"MailboxNotEnabledForRESTAPI"_s,
                                  u"The mailbox is either inactive, soft-deleted, or is hosted on-premise."_s);
    }

    QJsonObject message;
    bool saveToSentItems = true;
    int recipients = 0;
    const QByteArray contentType = request.header("content-type").toLower();
    if (contentType.startsWith("text/plain")) {
        // A text/plain body is a MIME message in base64.
        const auto mime = QByteArray::fromBase64Encoding(request.body.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!mime || (*mime).isEmpty()) {
            return GraphErrors::error(request, 400, u"ErrorMimeContentInvalidBase64String"_s,
                                      u"Invalid base64 string for MIME content."_s);
        }
        message.insert(u"mime"_s, QString::fromUtf8(*mime));
        recipients = 1;
    } else {
        if (request.body.trimmed().isEmpty())
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Empty Payload. JSON content expected."_s);
        const std::optional<QJsonObject> body = request.jsonBody();
        if (!body)
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Unable to read JSON request payload."_s);
        if (!body->value(u"message"_s).isObject()) {
            return GraphErrors::error(request, 400, u"ErrorInvalidParameter"_s,
                                      u"The value of the parameter 'Message' is empty."_s);
        }
        message = body->value(u"message"_s).toObject();
        if (auto invalid = validate(request, message, &recipients))
            return *invalid;
        const QJsonValue save = body->value(u"saveToSentItems"_s);
        // A JSON boolean per the docs; one doc example sends the string "false".
        if (save.isBool())
            saveToSentItems = save.toBool();
        else if (save.isString())
            saveToSentItems = save.toString().compare(u"false"_s, Qt::CaseInsensitive) != 0;
    }

    if (auto limited = admit(request, sender->id, recipients))
        return *limited;
    m_context.tenant.outbox.push_back({sender->id, QDateTime::currentDateTimeUtc(), message, saveToSentItems});
    m_context.log.count(u"mailsSent"_s);
    SandboxResponse accepted;
    accepted.status = 202;
    return accepted;
}

std::optional<SandboxResponse> MailEndpoints::validate(const SandboxRequest &request, const QJsonObject &message,
                                                       int *recipients) const
{
    const QJsonValue body = message.value(u"body"_s);
    if (!body.isUndefined() && !body.isNull()) {
        const QString type = body.toObject().value(u"contentType"_s).toString(u"Text"_s);
        if (type.compare(u"Text"_s, Qt::CaseInsensitive) != 0 && type.compare(u"HTML"_s, Qt::CaseInsensitive) != 0) {
            return GraphErrors::error(request, 400, u"RequestBodyRead"_s,
                                      u"Requested value '%1' was not found."_s.arg(type));
        }
    }
    *recipients = 0;
    for (const QString &field : {u"toRecipients"_s, u"ccRecipients"_s, u"bccRecipients"_s}) {
        for (const QJsonValue &recipient : message.value(field).toArray()) {
            const QString address =
                recipient.toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString();
            const qsizetype at = address.indexOf(u'@');
            if (at <= 0 || at == address.size() - 1 || address.contains(u' ')) {
                return GraphErrors::error(request, 400, u"ErrorInvalidRecipients"_s,
                                          u"At least one recipient isn't valid."_s);
            }
            ++*recipients;
        }
    }
    if (*recipients == 0) {
        return GraphErrors::error(request, 400, u"ErrorInvalidRecipients"_s,
                                  u"At least one recipient isn't valid."_s);
    }
    return std::nullopt;
}

std::optional<SandboxResponse> MailEndpoints::admit(const SandboxRequest &request, const QString &senderId,
                                                    int recipients)
{
    const double scale = m_context.options.timeScale > 0 ? m_context.options.timeScale : 1.0;
    const qint64 minuteMs = qint64(60e3 * scale);
    const qint64 dayMs = qint64(86400e3 * scale);
    const qint64 now = m_context.options.clock->monotonicMs();
    SenderHistory &history = m_history[senderId];
    while (!history.messages.empty() && history.messages.front() <= now - minuteMs)
        history.messages.pop_front();
    while (!history.recipients.empty() && history.recipients.front().first <= now - dayMs) {
        history.recipientsToday -= history.recipients.front().second;
        history.recipients.pop_front();
    }
    if (history.messages.size() >= std::size_t(MessagesPerMinute)) {
        const double wait = double(history.messages.front() + minuteMs - now) / 1e3;
        m_context.log.count(u"throttled"_s);
        return GraphErrors::tooManyRequests(request, qMax(1, int(std::ceil(wait))), {}, u"MessageRateLimitExceeded"_s);
    }
    if (history.recipientsToday + recipients > RecipientsPerDay) {
        const double wait = double(history.recipients.front().first + dayMs - now) / 1e3;
        m_context.log.count(u"throttled"_s);
        return GraphErrors::tooManyRequests(request, qMax(1, int(std::ceil(wait))), {},
                                            u"RecipientRateLimitExceeded"_s);
    }
    history.messages.push_back(now);
    history.recipients.emplace_back(now, recipients);
    history.recipientsToday += recipients;
    return std::nullopt;
}
