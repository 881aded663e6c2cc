// SPDX-License-Identifier: MIT
#include "sandbox/PasswordEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/PasswordRules.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxPermissions.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/UserDelta.h"
#include "sandbox/UserJson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &changePasswordScopes()
{
    static const QStringList scopes{u"User-PasswordProfile.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};
    return scopes;
}

const QStringList &resetScopes()
{
    static const QStringList scopes{u"UserAuthenticationMethod.ReadWrite.All"_s};
    return scopes;
}

const QStringList &operationScopes()
{
    static const QStringList scopes{u"UserAuthenticationMethod.Read.All"_s, u"UserAuthenticationMethod.ReadWrite.All"_s};
    return scopes;
}

const QStringList &ownMethodScopes()
{
    static const QStringList scopes{u"UserAuthenticationMethod.Read"_s, u"UserAuthenticationMethod.ReadWrite"_s,
                                    u"UserAuthenticationMethod.Read.All"_s,
                                    u"UserAuthenticationMethod.ReadWrite.All"_s};
    return scopes;
}

const QString mobilePhoneMethodId = u"3179e48a-750b-4051-897c-87b9720928f7"_s;
const QString emailMethodId = u"3ddfcfc8-9383-446f-83cc-3ab9be4be18f"_s;

QJsonValue dateTime(const QDateTime &value)
{
    return UserJson::dateTime(value);
}

bool holdsAnyRole(const SandboxTenant &tenant, const QString &userId, const QStringList &roles)
{
    for (const QString &role : tenant.rolesOf(userId, true)) {
        if (roles.contains(role))
            return true;
    }
    return false;
}

} // namespace

QString PasswordEndpoints::passwordMethodId()
{
    return u"28c10230-6103-485e-b985-444c60001490"_s;
}

PasswordEndpoints::PasswordEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void PasswordEndpoints::registerRoutes(SandboxRouter &router)
{
    router.add("POST", u"/me/changePassword"_s, changePasswordScopes(),
               [this](SandboxRequest &request, const QStringList &) { return changePassword(request, QString()); });
    router.add("POST", u"/users/{}/changePassword"_s, changePasswordScopes(),
               [this](SandboxRequest &request, const QStringList &captures) {
                   return changePassword(request, captures.at(0));
               });

    const auto reset = [this](SandboxRequest &request, const QStringList &captures) {
        return resetPassword(request, captures.at(0), captures.at(1));
    };
    router.add("POST", u"/users/{}/authentication/methods/{}/resetPassword"_s, resetScopes(), reset);
    router.add("POST", u"/users/{}/authentication/passwordMethods/{}/resetPassword"_s, resetScopes(), reset);
    router.add("POST", u"/me/authentication/methods/{}/resetPassword"_s, resetScopes(),
               [this](SandboxRequest &request, const QStringList &captures) {
                   return resetPassword(request, QString(), captures.at(0));
               });
    router.add("GET", u"/users/{}/authentication/operations/{}"_s, operationScopes(),
               [this](SandboxRequest &request, const QStringList &captures) {
                   return operation(request, captures.at(0), captures.at(1));
               });

    for (const QString &kind : {u"phoneMethods"_s, u"emailMethods"_s, u"passwordMethods"_s}) {
        router.add("GET", u"/me/authentication/"_s + kind, ownMethodScopes(),
                   [this, kind](SandboxRequest &request, const QStringList &) { return methods(request, QString(), kind); });
        router.add("GET", u"/users/{}/authentication/"_s + kind, operationScopes(),
                   [this, kind](SandboxRequest &request, const QStringList &captures) {
                       return methods(request, captures.at(0), kind);
                   });
    }
}

void PasswordEndpoints::applyPassword(SandboxUser &user, const QString &password, bool forceChange)
{
    user.password = password;
    user.passwordHistory.append(password);
    user.forceChangePasswordNextSignIn = forceChange;
    user.forceChangePasswordNextSignInWithMfa = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    user.lastPasswordChangeDateTime = now.addMSecs(-now.time().msec()); // Graph keeps whole seconds
    UserDelta::markChanged(m_context.tenant, user, {u"lastPasswordChangeDateTime"_s, u"passwordProfile"_s});
    // "Password changed by user" and admin resets revoke password-based refresh tokens (the
    // revocation table of "Refresh tokens in the Microsoft identity platform").
    m_context.tokens.revokeRefreshTokensOf(user.id);
}

SandboxResponse PasswordEndpoints::changePassword(const SandboxRequest &request, const QString &userKey)
{
    SandboxTenant &tenant = m_context.tenant;
    SandboxUser *user = tenant.userById(request.caller->userId);
    if (!userKey.isEmpty()) {
        const SandboxUser *target = tenant.userByIdOrUpn(userKey);
        if (!target)
            return GraphErrors::resourceNotFound(request, userKey);
        // Only the signed-in user may change their own password (observed; not documented).
        if (target->id != request.caller->userId) {
            return GraphErrors::error(request, 403, u"Authorization_RequestDenied"_s,
                                      u"Access to change password operation is denied."_s);
        }
    }
    if (!user)
        return GraphErrors::resourceNotFound(request, request.caller->userId);

    const auto body = request.jsonBody();
    const QJsonValue current = body ? body->value(u"currentPassword"_s) : QJsonValue();
    const QJsonValue next = body ? body->value(u"newPassword"_s) : QJsonValue();
    if (!current.isString() || !next.isString() || current.toString().isEmpty() || next.toString().isEmpty()) {
        return GraphErrors::badRequest(request,
                                       u"Invalid request body: 'currentPassword' and 'newPassword' are required."_s);
    }
    // Microsoft does not document this error; the console treats any 400 here as "change rejected"
    // and shows the message.
    if (current.toString() != user->password)
        return GraphErrors::badRequest(request, u"Invalid currentPassword."_s);

    const QString newPassword = next.toString();
    const bool strong = !PasswordRules::strongPasswordDisabled(user->passwordPolicies);
    if (PasswordRules::reusesLastPassword(*user, newPassword)
        || !PasswordRules::isAcceptable(newPassword, *user, tenant.displayName, strong)) {
        return GraphErrors::badRequest(request, GraphErrors::passwordComplexityMessage());
    }
    applyPassword(*user, newPassword, false);
    m_context.log.count(u"passwordChanges"_s);
    return SandboxResponse::noContent();
}

QString PasswordEndpoints::generatedPassword(const SandboxUser &user) const
{
    // Shaped like the service's own ("Cuyo5459"): a pronounceable word and four digits.
    static const QString consonants = u"bcdfghjkmnprstvz"_s;
    static const QString vowels = u"aeiouy"_s;
    QRandomGenerator *random = QRandomGenerator::system();
    for (;;) {
        QString word;
        for (int i = 0; i < 4; ++i) {
            const QString &pool = (i % 2 == 0) ? consonants : vowels;
            word.append(pool.at(int(random->bounded(quint32(pool.size())))));
        }
        word[0] = word.at(0).toUpper();
        const QString candidate = word + QString::number(1000 + random->bounded(9000));
        if (PasswordRules::isAcceptable(candidate, user, m_context.tenant.displayName, true))
            return candidate;
    }
}

SandboxResponse PasswordEndpoints::resetPassword(const SandboxRequest &request, const QString &userKey,
                                                 const QString &methodId)
{
    SandboxTenant &tenant = m_context.tenant;
    SandboxUser *target = userKey.isEmpty() ? tenant.userById(request.caller->userId) : tenant.userByIdOrUpn(userKey);
    if (!target)
        return GraphErrors::resourceNotFound(request, userKey.isEmpty() ? request.caller->userId : userKey);
    if (methodId.compare(passwordMethodId(), Qt::CaseInsensitive) != 0)
        return GraphErrors::resourceNotFound(request, methodId);
    // Not on one's own account; and only the roles resetPassword names (Authentication and Privileged
    // Authentication Administrator; older docs add Global), within the "who can reset passwords" table.
    static const QStringList callerRoles{SandboxRoles::AuthenticationAdministrator,
                                         SandboxRoles::PrivilegedAuthenticationAdministrator,
                                         SandboxRoles::GlobalAdministrator};
    if (target->id == request.caller->userId || !holdsAnyRole(tenant, request.caller->userId, callerRoles)
        || !SandboxPermissions::canResetPassword(tenant, request.caller->userId, target->id)) {
        return GraphErrors::insufficientPrivileges(request);
    }

    QString newPassword;
    bool generated = false;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = request.jsonBody();
        if (!body)
            return GraphErrors::badRequest(request, u"Invalid request body."_s);
        const QJsonValue supplied = body->value(u"newPassword"_s);
        if (!supplied.isUndefined() && !supplied.isNull()) {
            if (!supplied.isString())
                return GraphErrors::badRequest(request, u"Invalid value specified for property 'newPassword'."_s);
            newPassword = supplied.toString();
        }
    }
    if (newPassword.isEmpty()) {
        // Hybrid users need a caller-chosen password that can be written back: newPassword is required.
        if (target->onPremisesSyncEnabled.value_or(false))
            return GraphErrors::badRequest(request, u"newPassword is required for users synchronized from on-premises."_s);
        newPassword = generatedPassword(*target);
        generated = true;
    } else {
        const bool strong = !PasswordRules::strongPasswordDisabled(target->passwordPolicies);
        if (!PasswordRules::isAcceptable(newPassword, *target, tenant.displayName, strong))
            return GraphErrors::badRequest(request, GraphErrors::passwordComplexityMessage());
    }

    // resetPassword has no force flag: the user is always asked to change it at the next sign-in.
    applyPassword(*target, newPassword, true);
    m_context.log.count(u"passwordResets"_s);

    const QString operationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_operations.insert(operationId, {target->id, now, now, 0});

    QJsonObject body;
    if (generated) {
        body.insert(u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#microsoft.graph.passwordResetResponse"_s));
        body.insert(u"newPassword"_s, newPassword);
    }
    SandboxResponse response = SandboxResponse::json(202, body);
    const QString location = request.graphRoot() + u"/users/"_s + target->id + u"/authentication/operations/"_s
        + operationId + u"?aadgdc=SBX01P&aadgsu=ssprprod-a"_s;
    response.setHeader("Location", location.toUtf8());
    return response;
}

SandboxResponse PasswordEndpoints::operation(const SandboxRequest &request, const QString &userKey,
                                             const QString &operationId)
{
    const SandboxUser *user = m_context.tenant.userByIdOrUpn(userKey);
    auto found = m_operations.find(operationId);
    if (!user || found == m_operations.end() || found->userId != user->id)
        return GraphErrors::resourceNotFound(request, operationId);

    static const QStringList progression{u"notStarted"_s, u"running"_s, u"succeeded"_s};
    Operation &operation = *found;
    const QString status = progression.at(qMin(operation.polls, int(progression.size()) - 1));
    if (operation.polls < progression.size() - 1)
        operation.lastAction = QDateTime::currentDateTimeUtc();
    ++operation.polls;
    const QJsonObject body{
        {u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#users('%1')/authentication/operations/$entity"_s.arg(user->id))},
        {u"id"_s, operationId},
        {u"createdDateTime"_s, dateTime(operation.created)},
        {u"lastActionDateTime"_s, dateTime(operation.lastAction)},
        {u"resourceLocation"_s, QJsonValue::Null},
        {u"status"_s, status},
        {u"statusDetail"_s, QJsonValue::Null},
    };
    return SandboxResponse::json(200, body);
}

SandboxResponse PasswordEndpoints::methods(const SandboxRequest &request, const QString &userKey, const QString &kind)
{
    const SandboxUser *user =
        userKey.isEmpty() ? m_context.tenant.userById(request.caller->userId) : m_context.tenant.userByIdOrUpn(userKey);
    if (!user)
        return GraphErrors::resourceNotFound(request, userKey.isEmpty() ? request.caller->userId : userKey);
    if (!userKey.isEmpty() && user->id != request.caller->userId
        && !SandboxPermissions::canResetPassword(m_context.tenant, request.caller->userId, user->id)) {
        return GraphErrors::insufficientPrivileges(request);
    }

    QJsonArray value;
    if (kind == u"phoneMethods"_s && !user->authenticationPhone.isEmpty()) {
        value.append(QJsonObject{{u"id"_s, mobilePhoneMethodId},
                                 {u"phoneNumber"_s, user->authenticationPhone},
                                 {u"phoneType"_s, u"mobile"_s},
                                 {u"smsSignInState"_s, u"notAllowedByPolicy"_s}});
    } else if (kind == u"emailMethods"_s && !user->authenticationEmail.isEmpty()) {
        value.append(QJsonObject{{u"id"_s, emailMethodId}, {u"emailAddress"_s, user->authenticationEmail}});
    } else if (kind == u"passwordMethods"_s) {
        value.append(QJsonObject{{u"id"_s, passwordMethodId()},
                                 {u"password"_s, QJsonValue::Null},
                                 {u"createdDateTime"_s, dateTime(user->lastPasswordChangeDateTime)}});
    }
    const QString context = request.graphRoot() + u"/$metadata#users('%1')/authentication/%2"_s.arg(user->id, kind);
    return SandboxResponse::json(200, QJsonObject{{u"@odata.context"_s, context}, {u"value"_s, value}});
}
