// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

struct SandboxApp;

/** A scope parameter checked against what the tenant's admin consented to for an app. */
struct ScopeResolution
{
    /** Consented scopes in their registered spelling ("User.Read.All", "openid", …). */
    QSet<QString> granted;
    /** Requested scopes nobody consented to (consent_required). */
    QStringList unconsented;
    /** The parameter was absent or blank. */
    bool missing = false;
};

/**
 * Scope strings as the identity platform reads them: space-separated, Graph permissions either
 * short ("User.Read.All") or resource-qualified ("https://graph.microsoft.com/User.Read.All"),
 * "/.default" for everything consented, plus openid, profile, email and offline_access.
 */
class IdentityScopes final
{
public:
    static ScopeResolution resolve(const QString &scopeParameter, const SandboxApp &app);
    /** The "scope" of a token response: the Graph permissions, then openid/profile/email. */
    static QString responseScope(const QSet<QString> &granted);
    static bool isOpenIdScope(const QString &scope);
};
