// SPDX-License-Identifier: MIT
#include "sandbox/AuthMethodEndpoints.h"

#include "sandbox/AuthMethodRoles.h"
#include "sandbox/GraphErrors.h"
#include "sandbox/PasswordEndpoints.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/TemporaryAccessPassEndpoints.h"
#include "sandbox/UserJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &listScopes()
{
    static const QStringList scopes{u"UserAuthenticationMethod.Read.All"_s, u"UserAuthenticationMethod.ReadWrite.All"_s};
    return scopes;
}

const QStringList &deleteScopes()
{
    static const QStringList scopes{u"UserAuthenticationMethod.ReadWrite.All"_s};
    return scopes;
}

/** Kinds with a DELETE in v1.0 besides phone, email and the TAP (which has its own endpoints). */
const QStringList &storedKinds()
{
    static const QStringList kinds{u"microsoftAuthenticator"_s, u"fido2"_s, u"softwareOath"_s,
                                   u"windowsHelloForBusiness"_s, u"platformCredential"_s};
    return kinds;
}

QJsonObject methodJson(const QString &kind, const QString &id, QJsonObject properties)
{
    properties.insert(u"@odata.type"_s, u"#microsoft.graph.%1AuthenticationMethod"_s.arg(kind));
    properties.insert(u"id"_s, id);
    return properties;
}

} // namespace

AuthMethodEndpoints::AuthMethodEndpoints(SandboxContext &context)
    : m_context(context)
{
}

QString AuthMethodEndpoints::mobilePhoneMethodId()
{
    return u"3179e48a-750b-4051-897c-87b9720928f7"_s;
}

QString AuthMethodEndpoints::emailMethodId()
{
    return u"3ddfcfc8-9383-446f-83cc-3ab9be4be18f"_s;
}

void AuthMethodEndpoints::registerRoutes(SandboxRouter &router)
{
    router.add("GET", u"/users/{}/authentication/methods"_s, listScopes(),
               [this](SandboxRequest &request, const QStringList &captures) { return list(request, captures.at(0)); });
    // The password method can be read but has no DELETE in v1.0: a DELETE answers 405.
    router.add("GET", u"/users/{}/authentication/passwordMethods/{}"_s, listScopes(),
               [this](SandboxRequest &request, const QStringList &captures) {
                   return passwordMethod(request, captures.at(0), captures.at(1));
               });
    QStringList kinds = storedKinds();
    kinds << u"phone"_s << u"email"_s;
    for (const QString &kind : std::as_const(kinds)) {
        router.add("DELETE", u"/users/{}/authentication/%1Methods/{}"_s.arg(kind), deleteScopes(),
                   [this, kind](SandboxRequest &request, const QStringList &captures) {
                       return remove(request, captures.at(0), kind, captures.at(1));
                   });
    }
}

const SandboxUser *AuthMethodEndpoints::readableUser(const SandboxRequest &request, const QString &userKey,
                                                     SandboxResponse *refusal) const
{
    const SandboxUser *user = m_context.tenant.userByIdOrUpn(userKey);
    if (!user || user->deleted) {
        *refusal = GraphErrors::resourceNotFound(request, userKey);
        return nullptr;
    }
    if (user->id != request.caller->userId
        && !AuthMethodRoles::canRead(m_context.tenant, request.caller->userId, user->id)) {
        *refusal = GraphErrors::insufficientPrivileges(request);
        return nullptr;
    }
    return user;
}

QJsonArray AuthMethodEndpoints::methodsJson(const SandboxUser &user) const
{
    QJsonArray methods;
    methods.append(methodJson(u"password"_s, PasswordEndpoints::passwordMethodId(),
                              {{u"password"_s, QJsonValue::Null},
                               {u"createdDateTime"_s, UserJson::dateTime(user.lastPasswordChangeDateTime)}}));
    if (!user.authenticationPhone.isEmpty()) {
        methods.append(methodJson(u"phone"_s, mobilePhoneMethodId(),
                                  {{u"phoneNumber"_s, user.authenticationPhone},
                                   {u"phoneType"_s, u"mobile"_s},
                                   {u"smsSignInState"_s, u"notAllowedByPolicy"_s}}));
    }
    if (!user.authenticationEmail.isEmpty())
        methods.append(methodJson(u"email"_s, emailMethodId(), {{u"emailAddress"_s, user.authenticationEmail}}));
    for (const SandboxAuthMethod &method : m_context.authMethods.methodsOf(user.id))
        methods.append(methodJson(method.kind, method.id, method.properties));
    if (const SandboxTemporaryAccessPass *pass = m_context.authMethods.tapOf(user.id)) {
        methods.append(TemporaryAccessPassEndpoints::toJson(
            *pass, TemporaryAccessPassEndpoints::targetedByPolicy(m_context, user), m_context.options.clock->nowUtc(),
            false));
    }
    return methods;
}

SandboxResponse AuthMethodEndpoints::list(const SandboxRequest &request, const QString &userKey)
{
    SandboxResponse refusal;
    const SandboxUser *user = readableUser(request, userKey, &refusal);
    if (!user)
        return refusal;
    const QString context = request.graphRoot() + u"/$metadata#users('%1')/authentication/methods"_s.arg(user->id);
    return SandboxResponse::json(200, QJsonObject{{u"@odata.context"_s, context}, {u"value"_s, methodsJson(*user)}});
}

SandboxResponse AuthMethodEndpoints::passwordMethod(const SandboxRequest &request, const QString &userKey,
                                                    const QString &methodId)
{
    SandboxResponse refusal;
    const SandboxUser *user = readableUser(request, userKey, &refusal);
    if (!user)
        return refusal;
    if (methodId.compare(PasswordEndpoints::passwordMethodId(), Qt::CaseInsensitive) != 0)
        return GraphErrors::resourceNotFound(request, methodId);
    return SandboxResponse::json(200, methodsJson(*user).at(0).toObject());
}

SandboxResponse AuthMethodEndpoints::remove(const SandboxRequest &request, const QString &userKey, const QString &kind,
                                            const QString &methodId)
{
    SandboxUser *user = m_context.tenant.userByIdOrUpn(userKey);
    if (!user || user->deleted)
        return GraphErrors::resourceNotFound(request, userKey);
    if (!AuthMethodRoles::canManage(m_context.tenant, request.caller->userId, user->id))
        return GraphErrors::insufficientPrivileges(request);

    if (kind == u"phone"_s)
        return removePhone(request, *user, methodId);
    if (kind == u"email"_s) {
        if (user->authenticationEmail.isEmpty() || methodId.compare(emailMethodId(), Qt::CaseInsensitive) != 0)
            return GraphErrors::resourceNotFound(request, methodId);
        user->authenticationEmail.clear();
    } else if (!m_context.authMethods.removeMethod(user->id, kind, methodId)) {
        return GraphErrors::resourceNotFound(request, methodId);
    }
    noteIfUnregistered(*user);
    return SandboxResponse::noContent();
}

SandboxResponse AuthMethodEndpoints::removePhone(const SandboxRequest &request, SandboxUser &user,
                                                 const QString &methodId)
{
    AuthMethodStore &store = m_context.authMethods;
    const bool isMobile = methodId.compare(mobilePhoneMethodId(), Qt::CaseInsensitive) == 0;
    const QList<SandboxAuthMethod> stored = store.methodsOf(user.id);
    const bool storedPhone = std::any_of(stored.cbegin(), stored.cend(), [&](const SandboxAuthMethod &method) {
        return method.kind == u"phone"_s && method.id.compare(methodId, Qt::CaseInsensitive) == 0;
    });
    if (isMobile ? user.authenticationPhone.isEmpty() : !storedPhone)
        return GraphErrors::resourceNotFound(request, methodId);

    const SandboxAuthMethodBehaviour &behaviour = store.behaviour;
    if (isMobile) {
        const bool alternateLeft = std::any_of(stored.cbegin(), stored.cend(), [](const SandboxAuthMethod &method) {
            return method.kind == u"phone"_s && method.properties.value(u"phoneType"_s) == u"alternateMobile"_s;
        });
        if (alternateLeft) {
            return GraphErrors::error(request, behaviour.alternateMobileFirst.status, behaviour.alternateMobileFirst.code,
                                      u"A user cannot have an alternate mobile phone without a mobile phone."_s);
        }
    }

    QString defaultPhone = store.defaultPhoneMethod(user.id);
    if (defaultPhone.isEmpty() && !user.authenticationPhone.isEmpty())
        defaultPhone = mobilePhoneMethodId();
    // Everything but the password and this phone: the default method goes only when nothing else is left.
    const qsizetype othersLeft = methodsJson(user).size() - 2;
    if (defaultPhone.compare(methodId, Qt::CaseInsensitive) == 0 && othersLeft > 0) {
        return GraphErrors::error(request, behaviour.defaultPhoneMethod.status, behaviour.defaultPhoneMethod.code,
                                  u"The default authentication method cannot be deleted."_s);
    }

    if (isMobile)
        user.authenticationPhone.clear();
    else
        store.removeMethod(user.id, u"phone"_s, methodId);
    noteIfUnregistered(user);
    return SandboxResponse::noContent();
}

void AuthMethodEndpoints::noteIfUnregistered(SandboxUser &user)
{
    m_context.log.count(u"authenticationMethodDeletes"_s);
    if (methodsJson(user).size() > 1)
        return;
    // Only the password is left: the user registers again at the next sign-in that needs MFA.
    user.isMfaRegistered = false;
    user.isSsprRegistered = false;
}
