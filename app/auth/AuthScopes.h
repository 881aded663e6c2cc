// SPDX-License-Identifier: MIT
#pragma once

#include "auth/CloudEndpoints.h"

#include <QString>
#include <QStringList>

/**
 * The delegated permissions ResetDesk asks for, one set per feature so consent grows only when a
 * feature is used. Every set except signIn() holds only the feature's own scopes: pass it
 * to AuthSession::requestScopes(), which adds what was granted before.
 */
class AuthScopes final
{
public:
    /** openid profile offline_access: always requested (id_token and refresh token). */
    static QStringList base();
    /** base() plus reading the admin, users and their directory roles (also those held through groups). */
    static QStringList signIn();
    static QStringList passwordReset();
    static QStringList mail();
    static QStringList domains();
    static QStringList authenticationMethods();
    /** Issuing Temporary Access Passes, and reading the policy that bounds them. */
    static QStringList temporaryAccessPass();
    static QStringList reports();
    /** Writing passwordPolicies ("never expires", "allow weak passwords") needs the broad user write scope. */
    static QStringList userPolicies();
    /** Signing a user out of all sessions (revokeSignInSessions). */
    static QStringList revokeSessions();
    /** The admin's own alternate email addresses (otherMails) and mobile phone. */
    static QStringList ownContactDetails();

    /**
     * Every permission any feature asks for, with signIn(): for admins who approve everything
     * once at sign-in instead of feature by feature.
     */
    static QStringList everything();

    /** True for openid, profile, offline_access and email: they name no resource and are never prefixed. */
    static bool isOidcScope(const QString &scope);
    /**
     * The scope without a resource prefix ("https://graph.microsoft.us/User.Read.All" becomes
     * "User.Read.All"), so granted and wanted scopes compare equal in every cloud.
     */
    static QString shortName(const QString &scope);
    /** base() first, then @p scopes; short names, duplicates (case-insensitive) dropped. */
    static QStringList withBase(const QStringList &scopes);
    /** True when every Graph scope of @p wanted is in @p granted (case-insensitive, prefixes and OIDC scopes ignored). */
    static bool covers(const QStringList &granted, const QStringList &wanted);

    /**
     * The Graph resource Graph scopes must name in @p cloud, or empty when short names do. Short
     * names mean "the Graph of the authority used" ("Microsoft Graph national cloud deployments");
     * only DoD's Graph (dod-graph.microsoft.us) is not the default Graph of its authority
     * (login.microsoftonline.us).
     */
    static QString graphResourcePrefix(Cloud cloud);
    /** The space-separated `scope` parameter for a token request: withBase(), prefixed for the cloud. */
    static QString requestParameter(const QStringList &scopes, Cloud cloud);
};
