// SPDX-License-Identifier: MIT
#include "sandbox/UserPatch.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/PasswordRules.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxPermissions.h"
#include "sandbox/UserDelta.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaximumPhoneLength = 64;
constexpr int MaximumOtherMails = 20;

bool hasAnyScope(const SandboxRequest &request, const QStringList &scopes)
{
    for (const QString &scope : scopes) {
        if (request.caller->scopes.contains(scope))
            return true;
    }
    return false;
}

const QStringList &passwordProfileScopes()
{
    static const QStringList scopes {
        u"User-PasswordProfile.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};
    return scopes;
}

QStringList writeScopes(const QString &granular)
{
    return {granular, u"User.ReadWrite.All"_s, u"Directory.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};
}

SandboxResponse invalidValue(const SandboxRequest &request, const QString &property)
{
    return GraphErrors::badRequest(
        request, u"Invalid value specified for property '%1' of resource 'User'."_s.arg(property));
}

/** DisablePasswordExpiration and/or DisableStrongPassword, comma-separated, or "None". */
bool isValidPasswordPolicies(const QString &value)
{
    if (value.trimmed().compare(u"None"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QStringList tokens = value.split(u',');
    QStringList seen;
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed().toLower();
        if (token != u"disablepasswordexpiration" && token != u"disablestrongpassword")
            return false;
        if (seen.contains(token))
            return false;
        seen.append(token);
    }
    return !seen.isEmpty();
}

bool isPlausibleAddress(const QString &address)
{
    const qsizetype at = address.indexOf(u'@');
    return at > 0 && at == address.lastIndexOf(u'@') && at < address.size() - 1 && !address.contains(u' ');
}

bool isFederated(const SandboxTenant &tenant, const SandboxUser &user)
{
    const QString domain = user.userPrincipalName.section(u'@', -1);
    for (const SandboxDomain &candidate : tenant.domains) {
        if (candidate.id.compare(domain, Qt::CaseInsensitive) == 0)
            return candidate.authenticationType.compare(u"Federated"_s, Qt::CaseInsensitive) == 0;
    }
    return false;
}

} // namespace

UserPatch::UserPatch(SandboxContext &context)
    : m_context(context)
{
}

QString UserPatch::federatedUserMessage()
{
    return u"The passwordProfile property cannot be used for federated users."_s;
}

QString UserPatch::externalServiceMessage()
{
    return u"Unable to update the specified properties for objects that have originated within an external service."_s;
}

SandboxResponse UserPatch::apply(const SandboxRequest &request, SandboxUser &target)
{
    const std::optional<QJsonObject> body = request.jsonBody();
    if (!body) {
        return GraphErrors::error(request, 400, u"BadRequest"_s,
            u"Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format."_s);
    }
    SandboxTenant &tenant = m_context.tenant;
    const QString callerId = request.caller->userId;
    const bool self = callerId == target.id;

    static const QStringList supported {
        u"passwordProfile"_s, u"passwordPolicies"_s, u"otherMails"_s, u"mobilePhone"_s, u"businessPhones"_s};
    for (auto it = body->constBegin(); it != body->constEnd(); ++it) {
        if (!supported.contains(it.key())) {
            return GraphErrors::badRequest(request,
                u"Property '%1' does not exist as a declared property or extension property."_s.arg(
                    it.key()));
        }
    }

    // Scopes first: the token decides what the app may touch at all.
    const bool touchesPassword = body->contains(u"passwordProfile"_s);
    const bool touchesPolicies = body->contains(u"passwordPolicies"_s);
    const bool touchesMails = body->contains(u"otherMails"_s);
    const bool touchesPhones = body->contains(u"mobilePhone"_s) || body->contains(u"businessPhones"_s);
    if (touchesPassword && !hasAnyScope(request, passwordProfileScopes()))
        return GraphErrors::insufficientPrivileges(request);
    if (touchesPolicies && !hasAnyScope(request, writeScopes(u"User.ReadWrite.All"_s)))
        return GraphErrors::insufficientPrivileges(request);
    QStringList mailScopes = writeScopes(u"User-Mail.ReadWrite.All"_s);
    QStringList phoneScopes = writeScopes(u"User-Phone.ReadWrite.All"_s);
    if (self) {
        mailScopes.append(u"User.ReadWrite"_s);
        phoneScopes.append(u"User.ReadWrite"_s);
    }
    if ((touchesMails && !hasAnyScope(request, mailScopes))
        || (touchesPhones && !hasAnyScope(request, phoneScopes)))
        return GraphErrors::insufficientPrivileges(request);

    // Then the caller's directory roles against the target's ("who can reset passwords").
    if (touchesPassword && !SandboxPermissions::canResetPassword(tenant, callerId, target.id))
        return GraphErrors::insufficientPrivileges(request);
    if (touchesPolicies && !SandboxPermissions::canUpdateSensitiveProperties(tenant, callerId, target.id))
        return GraphErrors::insufficientPrivileges(request);
    if ((touchesMails || touchesPhones) && !self
        && !SandboxPermissions::canUpdateSensitiveProperties(tenant, callerId, target.id)) {
        return GraphErrors::insufficientPrivileges(request);
    }

    // Objects mastered elsewhere: synced from on-premises, invited guests, federated domains.
    const bool synced = target.onPremisesSyncEnabled.value_or(false);
    const bool syncedPasswordAllowed = m_context.options.syncedPasswordResetSucceeds;
    if (synced && ((touchesPassword && !syncedPasswordAllowed) || touchesPolicies || touchesPhones))
        return GraphErrors::badRequest(request, GraphErrors::onPremisesMasteredMessage());
    if (touchesPassword && target.creationType == u"Invitation")
        return GraphErrors::badRequest(request, externalServiceMessage());
    if (touchesPassword && isFederated(tenant, target))
        return GraphErrors::badRequest(request, federatedUserMessage());

    // Validate every value before changing anything.
    std::optional<QString> newPolicies;
    if (touchesPolicies) {
        const QJsonValue value = body->value(u"passwordPolicies"_s);
        if (value.isNull()) {
            newPolicies = QString();
        } else if (!value.isString() || !isValidPasswordPolicies(value.toString())) {
            return invalidValue(request, u"passwordPolicies"_s);
        } else {
            newPolicies = value.toString();
        }
    }

    std::optional<QStringList> newOtherMails;
    if (touchesMails) {
        const QJsonValue value = body->value(u"otherMails"_s);
        if (!value.isArray() || value.toArray().size() > MaximumOtherMails)
            return invalidValue(request, u"otherMails"_s);
        QStringList mails;
        for (const QJsonValue &mail : value.toArray()) {
            if (!mail.isString() || !isPlausibleAddress(mail.toString()))
                return invalidValue(request, u"otherMails"_s);
            mails.append(mail.toString());
        }
        newOtherMails = mails;
    }

    std::optional<QString> newMobile;
    if (body->contains(u"mobilePhone"_s)) {
        const QJsonValue value = body->value(u"mobilePhone"_s);
        if (value.isNull())
            newMobile = QString();
        else if (!value.isString() || value.toString().size() > MaximumPhoneLength)
            return invalidValue(request, u"mobilePhone"_s);
        else
            newMobile = value.toString();
    }

    std::optional<QStringList> newBusinessPhones;
    if (body->contains(u"businessPhones"_s)) {
        const QJsonValue value = body->value(u"businessPhones"_s);
        // Graph stores at most one business phone.
        if (!value.isArray() || value.toArray().size() > 1)
            return invalidValue(request, u"businessPhones"_s);
        QStringList phones;
        for (const QJsonValue &phone : value.toArray()) {
            if (!phone.isString() || phone.toString().size() > MaximumPhoneLength)
                return invalidValue(request, u"businessPhones"_s);
            phones.append(phone.toString());
        }
        newBusinessPhones = phones;
    }

    std::optional<QString> newPassword;
    std::optional<bool> forceChange;
    std::optional<bool> forceChangeWithMfa;
    if (touchesPassword) {
        const QJsonValue profileValue = body->value(u"passwordProfile"_s);
        if (!profileValue.isObject())
            return invalidValue(request, u"passwordProfile"_s);
        const QJsonObject profile = profileValue.toObject();
        const QJsonValue password = profile.value(u"password"_s);
        if (!password.isUndefined() && !password.isNull() && !password.isString())
            return invalidValue(request, u"passwordProfile"_s);
        for (const QString &flag :
            {u"forceChangePasswordNextSignIn"_s, u"forceChangePasswordNextSignInWithMfa"_s}) {
            if (profile.contains(flag) && !profile.value(flag).isBool())
                return invalidValue(request, u"passwordProfile"_s);
        }
        // Observed, undocumented quirk: without a password the PATCH answers 204 and changes nothing.
        if (password.isString()) {
            const QString effectivePolicies = newPolicies.value_or(target.passwordPolicies);
            const bool strong = !PasswordRules::strongPasswordDisabled(effectivePolicies);
            if (!PasswordRules::isAcceptable(password.toString(), target, tenant.displayName, strong))
                return GraphErrors::badRequest(request, GraphErrors::passwordComplexityMessage());
            newPassword = password.toString();
            forceChange = profile.value(u"forceChangePasswordNextSignIn"_s).toBool(false);
            forceChangeWithMfa = profile.value(u"forceChangePasswordNextSignInWithMfa"_s).toBool(false);
        }
    }

    // Apply.
    QStringList changed;
    if (newPolicies) {
        target.passwordPolicies = *newPolicies;
        changed.append(u"passwordPolicies"_s);
    }
    if (newOtherMails) {
        target.otherMails = *newOtherMails;
        changed.append(u"otherMails"_s);
    }
    if (newMobile) {
        target.mobilePhone = *newMobile;
        changed.append(u"mobilePhone"_s);
    }
    if (newBusinessPhones) {
        target.businessPhones = *newBusinessPhones;
        changed.append(u"businessPhones"_s);
    }
    if (newPassword) {
        target.password = *newPassword;
        target.passwordHistory.append(*newPassword);
        target.forceChangePasswordNextSignIn = *forceChange;
        target.forceChangePasswordNextSignInWithMfa = *forceChangeWithMfa;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        target.lastPasswordChangeDateTime = now.addMSecs(-now.time().msec()); // Graph keeps whole seconds
        changed.append(u"lastPasswordChangeDateTime"_s);
        changed.append(u"passwordProfile"_s);
        // An admin reset revokes the user's password-based refresh tokens (the revocation table of
        // "Refresh tokens in the Microsoft identity platform").
        m_context.tokens.revokeRefreshTokensOf(target.id);
        m_context.log.count(u"passwordResets"_s);
    }
    if (!changed.isEmpty())
        UserDelta::markChanged(tenant, target, changed);
    return SandboxResponse::noContent();
}
