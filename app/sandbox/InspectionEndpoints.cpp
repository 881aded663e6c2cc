// SPDX-License-Identifier: MIT
#include "sandbox/InspectionEndpoints.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/TenantGenerator.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue nullable(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

void readRate(const QJsonObject &object, const QString &key, double *rate)
{
    if (object.contains(key))
        *rate = qBound(0.0, object.value(key).toDouble(), 1.0);
}

} // namespace

InspectionEndpoints::InspectionEndpoints(SandboxContext &context)
    : m_context(context)
{
}

SandboxResponse InspectionEndpoints::problem(int status, const QString &message)
{
    return SandboxResponse::json(status, QJsonObject{{u"error"_s, message}});
}

SandboxResponse InspectionEndpoints::handle(SandboxRequest &request)
{
    const QStringList segments = request.segments.mid(1); // after "_sandbox"
    const QString first = segments.value(0);
    const QByteArray &method = request.method;
    if (first == u"users"_s && segments.size() == 2 && method == "GET")
        return user(segments.at(1));
    if (first == u"outbox"_s && segments.size() == 1) {
        if (method == "GET")
            return outbox();
        if (method == "DELETE") {
            m_context.tenant.outbox.clear();
            return SandboxResponse::noContent();
        }
    }
    if (first == u"log"_s && segments.size() == 1) {
        if (method == "GET")
            return log();
        if (method == "DELETE") {
            m_context.log.clear();
            return SandboxResponse::noContent();
        }
    }
    if (first == u"counters"_s && segments.size() == 1 && method == "GET")
        return counters();
    if (first == u"faults"_s && segments.size() == 1) {
        if (method == "POST")
            return addFaults(request);
        if (method == "DELETE")
            return clearFaults();
    }
    if (first == u"throttling"_s && segments.size() == 1 && method == "POST")
        return throttling(request);
    if (first == u"signin"_s && segments.size() == 1 && method == "POST")
        return signIn(request);
    if (segments == QStringList{u"tokens"_s} && method == "POST")
        return mintToken(request);
    if (segments == QStringList{u"tokens"_s, u"expire"_s} && method == "POST") {
        m_context.tokens.expireAllAccessTokens();
        return SandboxResponse::noContent();
    }
    return problem(404, u"No inspection endpoint %1 %2"_s.arg(QString::fromLatin1(method), request.path));
}

SandboxResponse InspectionEndpoints::user(const QString &key) const
{
    const SandboxUser *found = m_context.tenant.userByIdOrUpn(key);
    if (!found)
        return problem(404, u"No user '%1'"_s.arg(key));
    const SandboxUser &user = *found;
    return SandboxResponse::json(
        200, QJsonObject{
                 {u"id"_s, user.id},
                 {u"userPrincipalName"_s, user.userPrincipalName},
                 {u"password"_s, user.password},
                 {u"passwordHistory"_s, QJsonArray::fromStringList(user.passwordHistory)},
                 {u"forceChangePasswordNextSignIn"_s, user.forceChangePasswordNextSignIn},
                 {u"forceChangePasswordNextSignInWithMfa"_s, user.forceChangePasswordNextSignInWithMfa},
                 {u"passwordPolicies"_s, nullable(user.passwordPolicies)},
                 {u"accountEnabled"_s, user.accountEnabled},
                 {u"lastPasswordChangeDateTime"_s, isoTime(user.lastPasswordChangeDateTime)},
                 {u"signInSessionsValidFromDateTime"_s, isoTime(user.signInSessionsValidFromDateTime)},
                 {u"refreshTokenCount"_s, m_context.tokens.liveRefreshTokenCount(user.id)},
                 {u"deleted"_s, user.deleted},
                 {u"permanentlyDeleted"_s, user.permanentlyDeleted},
             });
}

SandboxResponse InspectionEndpoints::outbox() const
{
    QJsonArray value;
    for (const SandboxMail &mail : m_context.tenant.outbox) {
        value.append(QJsonObject{{u"senderId"_s, mail.senderId},
                                 {u"sentAt"_s, isoTime(mail.sentAt)},
                                 {u"saveToSentItems"_s, mail.saveToSentItems},
                                 {u"message"_s, mail.message}});
    }
    return SandboxResponse::json(200, QJsonObject{{u"value"_s, value}});
}

SandboxResponse InspectionEndpoints::log() const
{
    QJsonArray value;
    for (const RequestLogEntry &entry : m_context.log.entries()) {
        value.append(QJsonObject{{u"sequence"_s, entry.sequence},
                                 {u"time"_s, isoTime(entry.time)},
                                 {u"method"_s, entry.method},
                                 {u"path"_s, entry.path},
                                 {u"query"_s, entry.query},
                                 {u"status"_s, entry.status},
                                 {u"requestId"_s, entry.requestId},
                                 {u"clientRequestId"_s, entry.clientRequestId},
                                 {u"batchItem"_s, entry.batchItem},
                                 {u"userId"_s, entry.userId},
                                 {u"hadAuthorization"_s, entry.hadAuthorization}});
    }
    return SandboxResponse::json(200, QJsonObject{{u"value"_s, value}});
}

SandboxResponse InspectionEndpoints::counters() const
{
    QJsonObject object;
    for (const QString &name : {u"requests"_s, u"writes"_s, u"throttled"_s})
        object.insert(name, m_context.log.counter(name));
    const QHash<QString, qint64> &all = m_context.log.counters();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (!it.key().startsWith(u"faults."_s))
            object.insert(it.key(), it.value());
    }
    QJsonObject faults;
    const QHash<QString, qint64> &injected = m_context.faults.counts();
    for (auto it = injected.cbegin(); it != injected.cend(); ++it)
        faults.insert(it.key(), it.value());
    object.insert(u"faults"_s, m_context.faults.total());
    object.insert(u"faultsByKind"_s, faults);
    object.insert(u"outbox"_s, qint64(m_context.tenant.outbox.size()));
    return SandboxResponse::json(200, object);
}

SandboxResponse InspectionEndpoints::addFaults(const SandboxRequest &request)
{
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return problem(400, u"Expected a JSON object"_s);

    const QJsonObject rates = body->value(u"rates"_s).toObject();
    if (!rates.isEmpty()) {
        SandboxFaultRates updated = m_context.faults.rates();
        readRate(rates, u"throttled429"_s, &updated.throttled429);
        readRate(rates, u"unavailable503"_s, &updated.unavailable503);
        readRate(rates, u"timeout504"_s, &updated.timeout504);
        readRate(rates, u"connectionReset"_s, &updated.connectionReset);
        readRate(rates, u"resetAfterProcessing"_s, &updated.resetAfterProcessing);
        readRate(rates, u"slowResponse"_s, &updated.slowResponse);
        readRate(rates, u"malformedBody"_s, &updated.malformedBody);
        if (rates.contains(u"slowResponseMs"_s))
            updated.slowResponseMs = qMax(0, rates.value(u"slowResponseMs"_s).toInt());
        m_context.faults.setRates(updated);
    }

    QList<SandboxFaultRule> rules;
    for (const QJsonValue &value : body->value(u"rules"_s).toArray()) {
        const QJsonObject object = value.toObject();
        SandboxFaultRule rule;
        const std::optional<SandboxFaultRule::Action> action =
            SandboxFaultRule::actionFromName(object.value(u"action"_s).toString());
        if (!action)
            return problem(400, u"Unknown action '%1'"_s.arg(object.value(u"action"_s).toString()));
        rule.action = *action;
        rule.method = object.value(u"method"_s).toString().toUpper().toLatin1();
        const QString path = object.value(u"path"_s).toString();
        if (!path.isEmpty()) {
            rule.path = QRegularExpression(path, QRegularExpression::CaseInsensitiveOption);
            if (!rule.path.isValid())
                return problem(400, u"Invalid path pattern '%1'"_s.arg(path));
        }
        const QString userKey = object.value(u"user"_s).toString(object.value(u"userId"_s).toString());
        if (!userKey.isEmpty()) {
            const SandboxUser *target = m_context.tenant.userByIdOrUpn(userKey);
            if (!target)
                return problem(404, u"No user '%1'"_s.arg(userKey));
            rule.userId = target->id;
            rule.userPrincipalName = target->userPrincipalName;
        }
        rule.remaining = object.value(u"count"_s).toInt(1);
        rule.after = qMax(0, object.value(u"after"_s).toInt(0));
        rule.status = object.value(u"status"_s).toInt(rule.action == SandboxFaultRule::Action::Respond ? 500 : 0);
        rule.code = object.value(u"code"_s).toString();
        rule.message = object.value(u"message"_s).toString();
        rule.retryAfterSeconds = object.value(u"retryAfterSeconds"_s).toInt(0);
        rule.delayMs = object.value(u"delayMs"_s).toInt(0);
        rules.append(rule);
    }
    for (SandboxFaultRule &rule : rules)
        m_context.faults.addRule(std::move(rule));
    return SandboxResponse::json(200, QJsonObject{{u"rules"_s, qint64(m_context.faults.ruleCount())}});
}

SandboxResponse InspectionEndpoints::clearFaults()
{
    m_context.faults.clearRules();
    m_context.faults.setRates(SandboxFaultRates{.throttled429 = 0.0,
                                                .unavailable503 = 0.0,
                                                .timeout504 = 0.0,
                                                .connectionReset = 0.0,
                                                .resetAfterProcessing = m_context.faults.rates().resetAfterProcessing,
                                                .slowResponse = 0.0,
                                                .slowResponseMs = m_context.faults.rates().slowResponseMs,
                                                .malformedBody = 0.0});
    return SandboxResponse::noContent();
}

SandboxResponse InspectionEndpoints::throttling(const SandboxRequest &request)
{
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return problem(400, u"Expected a JSON object"_s);
    if (body->contains(u"enabled"_s))
        m_context.throttle.setEnabled(body->value(u"enabled"_s).toBool());
    if (body->contains(u"timeScale"_s))
        m_context.throttle.setTimeScale(body->value(u"timeScale"_s).toDouble());
    if (body->value(u"reset"_s).toBool())
        m_context.throttle.reset();
    return SandboxResponse::json(200, QJsonObject{{u"enabled"_s, m_context.throttle.isEnabled()},
                                                  {u"timeScale"_s, m_context.throttle.timeScale()}});
}

SandboxResponse InspectionEndpoints::signIn(const SandboxRequest &request)
{
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body)
        return problem(400, u"Expected a JSON object"_s);
    SandboxSignInControl &control = m_context.signIn;
    if (body->contains(u"declineNext"_s))
        control.declineNext = body->value(u"declineNext"_s).toBool();
    if (body->contains(u"devicePendingPolls"_s))
        control.devicePendingPolls = qMax(0, body->value(u"devicePendingPolls"_s).toInt());
    if (body->contains(u"deviceIntervalSeconds"_s))
        control.deviceIntervalSeconds = qMax(0, body->value(u"deviceIntervalSeconds"_s).toInt());
    if (body->contains(u"deviceExpiresInSeconds"_s))
        control.deviceExpiresInSeconds = qMax(1, body->value(u"deviceExpiresInSeconds"_s).toInt());
    return SandboxResponse::json(200, QJsonObject{{u"declineNext"_s, control.declineNext},
                                                  {u"devicePendingPolls"_s, control.devicePendingPolls},
                                                  {u"deviceIntervalSeconds"_s, control.deviceIntervalSeconds},
                                                  {u"deviceExpiresInSeconds"_s, control.deviceExpiresInSeconds}});
}

SandboxResponse InspectionEndpoints::mintToken(const SandboxRequest &request)
{
    const std::optional<QJsonObject> body = request.body.trimmed().isEmpty() ? QJsonObject() : request.jsonBody();
    if (!body)
        return problem(400, u"Expected a JSON object"_s);
    const QString key = body->value(u"user"_s).toString(m_context.tenant.adminUserId);
    const SandboxUser *user = m_context.tenant.userByIdOrUpn(key);
    if (!user)
        return problem(404, u"No user '%1'"_s.arg(key));
    QStringList scopes = TenantGenerator::consentedScopes();
    if (body->contains(u"scopes"_s)) {
        scopes.clear();
        for (const QJsonValue &scope : body->value(u"scopes"_s).toArray())
            scopes.append(scope.toString());
    }
    const IssuedTokens tokens = m_context.tokens.issue(user->id, TenantGenerator::sandboxClientId(),
                                                       QSet<QString>(scopes.cbegin(), scopes.cend()), false);
    return SandboxResponse::json(200, QJsonObject{{u"access_token"_s, tokens.accessToken},
                                                  {u"token_type"_s, u"Bearer"_s},
                                                  {u"expires_in"_s, tokens.expiresIn},
                                                  {u"scope"_s, tokens.scopes.join(u' ')},
                                                  {u"userId"_s, user->id}});
}
