// SPDX-License-Identifier: MIT
#include "sandbox/IdentityScopes.h"

#include "sandbox/SandboxTenant.h"

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &openIdScopes()
{
    static const QStringList scopes{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s};
    return scopes;
}

/** "https://graph.microsoft.com/User.Read.All" -> "User.Read.All"; "…/.default" -> ".default". */
QString withoutResource(const QString &scope)
{
    static const QStringList resources{u"https://graph.microsoft.com/"_s, u"https://graph.microsoft.com//"_s,
                                       u"00000003-0000-0000-c000-000000000000/"_s};
    for (const QString &resource : resources) {
        if (scope.startsWith(resource, Qt::CaseInsensitive))
            return scope.mid(resource.size());
    }
    return scope;
}

} // namespace

bool IdentityScopes::isOpenIdScope(const QString &scope)
{
    return openIdScopes().contains(scope, Qt::CaseInsensitive);
}

ScopeResolution IdentityScopes::resolve(const QString &scopeParameter, const SandboxApp &app)
{
    ScopeResolution resolution;
    const QStringList requested = scopeParameter.split(u' ', Qt::SkipEmptyParts);
    if (requested.isEmpty()) {
        resolution.missing = true;
        return resolution;
    }
    for (const QString &raw : requested) {
        const QString scope = withoutResource(raw);
        if (scope.compare(u".default"_s, Qt::CaseInsensitive) == 0) {
            // Every statically consented Graph permission, but none of the OpenID scopes.
            for (const QString &consented : app.consentedScopes) {
                if (!isOpenIdScope(consented))
                    resolution.granted.insert(consented);
            }
            continue;
        }
        bool found = false;
        for (const QString &consented : app.consentedScopes) {
            if (consented.compare(scope, Qt::CaseInsensitive) == 0) {
                resolution.granted.insert(consented);
                found = true;
                break;
            }
        }
        // OpenID Connect scopes need no admin consent.
        if (!found && isOpenIdScope(scope)) {
            resolution.granted.insert(scope.toLower());
            found = true;
        }
        if (!found)
            resolution.unconsented.append(raw);
    }
    return resolution;
}

QString IdentityScopes::responseScope(const QSet<QString> &granted)
{
    QStringList graph;
    QStringList openId;
    for (const QString &scope : granted) {
        if (!isOpenIdScope(scope))
            graph.append(scope);
        else if (scope != u"offline_access"_s)
            openId.append(scope);
    }
    graph.sort();
    openId.sort();
    return (graph + openId).join(u' ');
}
