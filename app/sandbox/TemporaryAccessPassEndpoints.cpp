// SPDX-License-Identifier: MIT
#include "sandbox/TemporaryAccessPassEndpoints.h"

#include "sandbox/AuthMethodRoles.h"
#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/UserJson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &policyReadScopes()
{
    static const QStringList scopes{u"Policy.Read.AuthenticationMethod"_s, u"Policy.ReadWrite.AuthenticationMethod"_s,
                                    u"Policy.Read.All"_s};
    return scopes;
}

const QStringList &passReadScopes()
{
    static const QStringList scopes{u"UserAuthMethod-TAP.Read.All"_s, u"UserAuthMethod-TAP.ReadWrite.All"_s,
                                    u"UserAuthenticationMethod.Read.All"_s,
                                    u"UserAuthenticationMethod.ReadWrite.All"_s};
    return scopes;
}

const QStringList &passWriteScopes()
{
    static const QStringList scopes{u"UserAuthMethod-TAP.ReadWrite.All"_s, u"UserAuthenticationMethod.ReadWrite.All"_s};
    return scopes;
}

/** Graph's documented bounds for any lifetime, whatever the policy says. */
constexpr int absoluteMinimumLifetime = 10;
constexpr int absoluteMaximumLifetime = 43200;

QJsonArray targetsJson(const QStringList &groupIds, bool include)
{
    QJsonArray targets;
    for (const QString &id : groupIds) {
        QJsonObject target{{u"targetType"_s, u"group"_s}, {u"id"_s, id}};
        if (include)
            target.insert(u"isRegistrationRequired"_s, false);
        targets.append(target);
    }
    return targets;
}

} // namespace

TemporaryAccessPassEndpoints::TemporaryAccessPassEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void TemporaryAccessPassEndpoints::registerRoutes(SandboxRouter &router)
{
    router.add("GET", u"/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/{}"_s,
               policyReadScopes(), [this](SandboxRequest &request, const QStringList &captures) {
                   return policy(request, captures.at(0));
               });
    const QString collection = u"/users/{}/authentication/temporaryAccessPassMethods"_s;
    router.add("POST", collection, passWriteScopes(), [this](SandboxRequest &request, const QStringList &captures) {
        return create(request, captures.at(0));
    });
    router.add("GET", collection, passReadScopes(), [this](SandboxRequest &request, const QStringList &captures) {
        return list(request, captures.at(0));
    });
    router.add("GET", collection + u"/{}"_s, passReadScopes(),
               [this](SandboxRequest &request, const QStringList &captures) {
                   return get(request, captures.at(0), captures.at(1));
               });
    router.add("DELETE", collection + u"/{}"_s, passWriteScopes(),
               [this](SandboxRequest &request, const QStringList &captures) {
                   return remove(request, captures.at(0), captures.at(1));
               });
}

QDateTime TemporaryAccessPassEndpoints::now() const
{
    return m_context.options.clock->nowUtc();
}

bool TemporaryAccessPassEndpoints::isExternalGuest(const SandboxUser &user)
{
    return user.userType == u"Guest"_s
        && (user.creationType == u"Invitation"_s || user.userPrincipalName.contains(u"#EXT#"_s));
}

bool TemporaryAccessPassEndpoints::targetedByPolicy(const SandboxContext &context, const SandboxUser &user)
{
    const SandboxTapPolicy &policy = context.authMethods.tapPolicy;
    if (!policy.enabled)
        return false;
    const auto inGroup = [&](const QString &groupId) {
        if (groupId == u"all_users"_s)
            return true;
        const SandboxGroup *group = context.tenant.groupById(groupId);
        return group && group->memberIds.contains(user.id);
    };
    const bool included = std::any_of(policy.includeGroupIds.cbegin(), policy.includeGroupIds.cend(), inGroup);
    const bool excluded = std::any_of(policy.excludeGroupIds.cbegin(), policy.excludeGroupIds.cend(), inGroup);
    return included && !excluded;
}

QJsonObject TemporaryAccessPassEndpoints::toJson(const SandboxTemporaryAccessPass &pass, bool usableByPolicy,
                                                 const QDateTime &now, bool withValue)
{
    QString reason = u"EnabledByPolicy"_s;
    if (!usableByPolicy)
        reason = u"DisabledByPolicy"_s;
    else if (now < pass.start)
        reason = u"NotYetValid"_s;
    else if (now >= pass.start.addSecs(qint64(pass.lifetimeInMinutes) * 60))
        reason = u"Expired"_s;
    return QJsonObject{
        {u"@odata.type"_s, u"#microsoft.graph.temporaryAccessPassAuthenticationMethod"_s},
        {u"id"_s, pass.id},
        {u"temporaryAccessPass"_s, withValue ? QJsonValue(pass.value) : QJsonValue(QJsonValue::Null)},
        {u"createdDateTime"_s, UserJson::dateTime(pass.created)},
        {u"startDateTime"_s, UserJson::dateTime(pass.start)},
        {u"lifetimeInMinutes"_s, pass.lifetimeInMinutes},
        {u"isUsableOnce"_s, pass.isUsableOnce},
        {u"isUsable"_s, reason == u"EnabledByPolicy"_s},
        {u"methodUsabilityReason"_s, reason},
    };
}

SandboxResponse TemporaryAccessPassEndpoints::policy(const SandboxRequest &request, const QString &configurationId)
{
    // The docs spell the id "temporaryAccessPass" in GET and "TemporaryAccessPass" in PATCH.
    if (configurationId.compare(u"TemporaryAccessPass"_s, Qt::CaseInsensitive) != 0)
        return GraphErrors::resourceNotFound(request, configurationId);
    if (!AuthMethodRoles::canReadPolicy(m_context.tenant, request.caller->userId))
        return GraphErrors::insufficientPrivileges(request);
    const SandboxTapPolicy &policy = m_context.authMethods.tapPolicy;
    const QJsonObject body{
        {u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#authenticationMethodConfigurations/$entity"_s)},
        {u"@odata.type"_s, u"#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration"_s},
        {u"id"_s, u"TemporaryAccessPass"_s},
        {u"state"_s, policy.enabled ? u"enabled"_s : u"disabled"_s},
        {u"defaultLifetimeInMinutes"_s, policy.defaultLifetimeInMinutes},
        {u"defaultLength"_s, policy.defaultLength},
        {u"minimumLifetimeInMinutes"_s, policy.minimumLifetimeInMinutes},
        {u"maximumLifetimeInMinutes"_s, policy.maximumLifetimeInMinutes},
        {u"isUsableOnce"_s, policy.isUsableOnce},
        {u"includeTargets"_s, targetsJson(policy.includeGroupIds, true)},
        {u"excludeTargets"_s, targetsJson(policy.excludeGroupIds, false)},
    };
    return SandboxResponse::json(200, body);
}

SandboxUser *TemporaryAccessPassEndpoints::target(const SandboxRequest &request, const QString &userKey, bool manage,
                                                  SandboxResponse *refusal)
{
    SandboxUser *user = m_context.tenant.userByIdOrUpn(userKey);
    if (!user || user->deleted) {
        *refusal = GraphErrors::resourceNotFound(request, userKey);
        return nullptr;
    }
    const QString &caller = request.caller->userId;
    const bool allowed = manage ? AuthMethodRoles::canManage(m_context.tenant, caller, user->id)
                                : AuthMethodRoles::canRead(m_context.tenant, caller, user->id);
    if (!allowed) {
        // The status for a target the role does not cover is not documented; 403 is what clients match.
        *refusal = GraphErrors::insufficientPrivileges(request);
        return nullptr;
    }
    return user;
}

QString TemporaryAccessPassEndpoints::newPassValue() const
{
    // Shaped like the service's own ("+drkzqAD"): letters, digits and a few symbols.
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789+-!@#$%&*"_s;
    QString value;
    const int length = m_context.authMethods.tapPolicy.defaultLength;
    for (int i = 0; i < length; ++i)
        value.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return value;
}

SandboxResponse TemporaryAccessPassEndpoints::create(const SandboxRequest &request, const QString &userKey)
{
    SandboxResponse refusal;
    SandboxUser *user = target(request, userKey, true, &refusal);
    if (!user)
        return refusal;

    const SandboxAuthMethodBehaviour &behaviour = m_context.authMethods.behaviour;
    if (isExternalGuest(*user)) {
        return GraphErrors::error(request, behaviour.externalGuest.status, behaviour.externalGuest.code,
                                  u"Temporary Access Pass cannot be added to an external guest user."_s);
    }
    const bool targeted = targetedByPolicy(m_context, *user);
    if (!targeted && behaviour.policyRefusesCreation) {
        return GraphErrors::error(request, behaviour.notAllowedByPolicy.status, behaviour.notAllowedByPolicy.code,
                                  u"Converged UserCredentialPolicy does not allow creating or updating this "
                                  "authentication method. AuthMethodType [TemporaryAccessPass]."_s);
    }

    std::optional<QJsonObject> body = QJsonObject();
    if (!request.body.trimmed().isEmpty())
        body = request.jsonBody();
    if (!body)
        return GraphErrors::badRequest(request, u"Invalid request body."_s);

    const SandboxTapPolicy &policy = m_context.authMethods.tapPolicy;
    const QDateTime created = now();
    SandboxTemporaryAccessPass pass;
    pass.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pass.created = created;
    pass.start = created;
    pass.lifetimeInMinutes = policy.defaultLifetimeInMinutes;
    pass.isUsableOnce = policy.isUsableOnce;

    const QJsonValue start = body->value(u"startDateTime"_s);
    if (!start.isUndefined() && !start.isNull()) {
        pass.start = QDateTime::fromString(start.toString(), Qt::ISODateWithMs);
        if (!pass.start.isValid())
            return GraphErrors::badRequest(request, u"Invalid value specified for property 'startDateTime'."_s);
        pass.start = pass.start.toUTC();
    }
    const QJsonValue lifetime = body->value(u"lifetimeInMinutes"_s);
    if (!lifetime.isUndefined() && !lifetime.isNull()) {
        if (!lifetime.isDouble() || lifetime.toDouble() != double(lifetime.toInt()))
            return GraphErrors::badRequest(request, u"Invalid value specified for property 'lifetimeInMinutes'."_s);
        pass.lifetimeInMinutes = lifetime.toInt();
    }
    const QJsonValue usableOnce = body->value(u"isUsableOnce"_s);
    if (!usableOnce.isUndefined() && !usableOnce.isNull()) {
        if (!usableOnce.isBool())
            return GraphErrors::badRequest(request, u"Invalid value specified for property 'isUsableOnce'."_s);
        pass.isUsableOnce = usableOnce.toBool();
    }

    const int minimum = qMax(absoluteMinimumLifetime, policy.minimumLifetimeInMinutes);
    const int maximum = qMin(absoluteMaximumLifetime, policy.maximumLifetimeInMinutes);
    if (pass.lifetimeInMinutes < minimum || pass.lifetimeInMinutes > maximum) {
        return GraphErrors::error(request, behaviour.outOfPolicyBounds.status, behaviour.outOfPolicyBounds.code,
                                  u"The lifetime of the Temporary Access Pass must be between %1 and %2 minutes."_s
                                      .arg(minimum)
                                      .arg(maximum));
    }
    if (policy.isUsableOnce && !pass.isUsableOnce) {
        return GraphErrors::error(request, behaviour.outOfPolicyBounds.status, behaviour.outOfPolicyBounds.code,
                                  u"The policy only allows one-time Temporary Access Passes."_s);
    }

    pass.value = newPassValue();
    // At most one pass per user: a new one replaces the old without an error.
    m_context.authMethods.setTap(user->id, pass);
    m_context.log.count(u"temporaryAccessPasses"_s);
    QJsonObject answer = toJson(pass, targeted, created, true);
    answer.insert(u"@odata.context"_s,
                  QString(request.graphRoot()
                          + u"/$metadata#users('%1')/authentication/temporaryAccessPassMethods/$entity"_s.arg(user->id)));
    return SandboxResponse::json(201, answer);
}

SandboxResponse TemporaryAccessPassEndpoints::list(const SandboxRequest &request, const QString &userKey)
{
    SandboxResponse refusal;
    const SandboxUser *user = target(request, userKey, false, &refusal);
    if (!user)
        return refusal;
    QJsonArray value;
    if (const SandboxTemporaryAccessPass *pass = m_context.authMethods.tapOf(user->id))
        value.append(toJson(*pass, targetedByPolicy(m_context, *user), now(), false));
    const QString context =
        request.graphRoot() + u"/$metadata#users('%1')/authentication/temporaryAccessPassMethods"_s.arg(user->id);
    return SandboxResponse::json(200, QJsonObject{{u"@odata.context"_s, context}, {u"value"_s, value}});
}

const SandboxTemporaryAccessPass *TemporaryAccessPassEndpoints::pass(const SandboxRequest &request,
                                                                     const QString &userKey, const QString &passId,
                                                                     bool manage, SandboxResponse *refusal,
                                                                     const SandboxUser **owner)
{
    const SandboxUser *user = target(request, userKey, manage, refusal);
    if (!user)
        return nullptr;
    const SandboxTemporaryAccessPass *found = m_context.authMethods.tapOf(user->id);
    if (!found || found->id.compare(passId, Qt::CaseInsensitive) != 0) {
        *refusal = GraphErrors::resourceNotFound(request, passId);
        return nullptr;
    }
    *owner = user;
    return found;
}

SandboxResponse TemporaryAccessPassEndpoints::get(const SandboxRequest &request, const QString &userKey,
                                                  const QString &passId)
{
    SandboxResponse refusal;
    const SandboxUser *user = nullptr;
    const SandboxTemporaryAccessPass *found = pass(request, userKey, passId, false, &refusal, &user);
    if (!found)
        return refusal;
    return SandboxResponse::json(200, toJson(*found, targetedByPolicy(m_context, *user), now(), false));
}

SandboxResponse TemporaryAccessPassEndpoints::remove(const SandboxRequest &request, const QString &userKey,
                                                     const QString &passId)
{
    SandboxResponse refusal;
    const SandboxUser *user = nullptr;
    if (!pass(request, userKey, passId, true, &refusal, &user))
        return refusal;
    m_context.authMethods.removeTap(user->id);
    return SandboxResponse::noContent();
}
