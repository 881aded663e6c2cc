// SPDX-License-Identifier: MIT
#include "auth/AuthScopes.h"

using namespace Qt::Literals::StringLiterals;

QStringList AuthScopes::base()
{
    return {u"openid"_s, u"profile"_s, u"offline_access"_s};
}

QStringList AuthScopes::signIn()
{
    // GroupMember.Read.All: a role held through a role-assignable group lists the group among the
    // role's members; only reading the group's members (GET /groups/{id}/members) names its users.
    return base()
        + QStringList{u"User.Read"_s, u"User.Read.All"_s, u"RoleManagement.Read.Directory"_s, u"GroupMember.Read.All"_s};
}

QStringList AuthScopes::passwordReset()
{
    return {u"User-PasswordProfile.ReadWrite.All"_s};
}

QStringList AuthScopes::mail()
{
    return {u"Mail.Send"_s};
}

QStringList AuthScopes::domains()
{
    return {u"Domain.ReadWrite.All"_s};
}

QStringList AuthScopes::authenticationMethods()
{
    return {u"UserAuthenticationMethod.ReadWrite.All"_s};
}

QStringList AuthScopes::temporaryAccessPass()
{
    return {u"UserAuthenticationMethod.ReadWrite.All"_s, u"Policy.Read.AuthenticationMethod"_s};
}

QStringList AuthScopes::reports()
{
    return {u"AuditLog.Read.All"_s};
}

QStringList AuthScopes::revokeSessions()
{
    return {u"User.RevokeSessions.All"_s};
}

QStringList AuthScopes::userPolicies()
{
    return {u"User.ReadWrite.All"_s};
}

QStringList AuthScopes::ownContactDetails()
{
    // Graph's least-privileged scope for each of the two properties (PATCH /me checks them per property).
    return {u"User-Mail.ReadWrite.All"_s, u"User-Phone.ReadWrite.All"_s};
}

QStringList AuthScopes::everything()
{
    QStringList all = signIn() + passwordReset() + revokeSessions() + authenticationMethods() + temporaryAccessPass()
                      + mail() + userPolicies() + domains() + reports() + ownContactDetails();
    // Features share scopes (the TAP needs the authentication-methods write too): list each once.
    all.removeDuplicates();
    return all;
}

bool AuthScopes::isOidcScope(const QString &scope)
{
    static const QStringList oidc{u"openid"_s, u"profile"_s, u"offline_access"_s, u"email"_s};
    return oidc.contains(scope, Qt::CaseInsensitive);
}

QString AuthScopes::shortName(const QString &scope)
{
    if (!scope.contains(u"://"_s))
        return scope;
    const qsizetype slash = scope.lastIndexOf(u'/');
    return scope.mid(slash + 1);
}

QStringList AuthScopes::withBase(const QStringList &scopes)
{
    QStringList result;
    for (const QString &scope : base() + scopes) {
        const QString name = shortName(scope.trimmed());
        if (!name.isEmpty() && !result.contains(name, Qt::CaseInsensitive))
            result.append(name);
    }
    return result;
}

bool AuthScopes::covers(const QStringList &granted, const QStringList &wanted)
{
    QStringList grantedShort;
    for (const QString &scope : granted)
        grantedShort.append(shortName(scope));
    for (const QString &scope : wanted) {
        // The token endpoint leaves offline_access out of `scope`; OIDC scopes are no permissions anyway.
        if (isOidcScope(scope))
            continue;
        if (!grantedShort.contains(shortName(scope), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString AuthScopes::graphResourcePrefix(Cloud cloud)
{
    return cloud == Cloud::UsGovernmentDoD ? u"https://dod-graph.microsoft.us/"_s : QString();
}

QString AuthScopes::requestParameter(const QStringList &scopes, Cloud cloud)
{
    const QString prefix = graphResourcePrefix(cloud);
    QStringList parts;
    for (const QString &scope : withBase(scopes))
        parts.append(isOidcScope(scope) ? scope : prefix + scope);
    return parts.join(u' ');
}
