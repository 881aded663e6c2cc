// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

/** What an authorization code stands for, fixed at authorize time. */
struct AuthorizationGrant
{
    QString userId;
    QString clientId;
    QUrl redirectUri;
    QString codeChallenge;       // empty: the request used no PKCE
    QString codeChallengeMethod; // "S256" or "plain"
    QSet<QString> scopes;
    QString nonce;
};

/** Why a code was not redeemed; IdentityEndpoints maps each to its AADSTS error. */
enum class CodeFailure {
    None,
    Unknown,
    Expired,
    AlreadyRedeemed,
    WrongClient,
    RedirectNotAllowed, // not a loopback URI at all (AADSTS50011)
    RedirectMismatch,   // loopback, but not the one given at authorize time (AADSTS500112)
    VerifierMismatch,
};

/**
 * Authorization codes of the auth-code flow: single use, ten minutes, bound to the client id, the
 * redirect URI (port ignored for loopback) and the PKCE challenge, as the identity platform binds them.
 */
class AuthorizationCodes final
{
public:
    static constexpr int LifetimeSeconds = 600;

    QString issue(const AuthorizationGrant &grant);

    struct Redemption
    {
        CodeFailure failure = CodeFailure::None;
        AuthorizationGrant grant;
    };
    /** Checks and consumes @p code. A failed PKCE or redirect check also burns the code. */
    Redemption redeem(const QString &code, const QString &clientId, const QUrl &redirectUri,
                      const QString &codeVerifier);

    static bool verifierMatches(const QString &challenge, const QString &method, const QString &verifier);

private:
    struct Record
    {
        AuthorizationGrant grant;
        QDateTime expiresAt;
        bool redeemed = false;
    };
    QHash<QString, Record> m_codes;
};
