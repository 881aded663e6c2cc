// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/** What the identity platform's token endpoint hands back. */
struct TokenResponse
{
    QString accessToken;
    QString refreshToken; // empty without offline_access
    QString idToken;      // empty without openid
    QStringList scopes;   // as granted
    int expiresIn = 0;    // seconds
    QDateTime receivedAt; // UTC, for refresh timing (tokens are opaque: never parsed)
};

/** Why signing in or refreshing failed; the UI turns each kind into a sentence. */
struct AuthError
{
    enum class Kind {
        None,
        Cancelled,           // the admin cancelled
        TimedOut,            // no answer from the browser in time
        Declined,            // access_denied / authorization_declined
        CodeExpired,         // device code or authorization code expired (AADSTS70019, AADSTS70008)
        SessionExpired,      // refresh token revoked or expired: sign in again (invalid_grant)
        InteractionRequired, // interaction_required / consent_required
        ConsentRequired,     // scopes the organisation has not consented to (AADSTS65001, invalid_scope)
        PublicClientDisabled,// AADSTS7000218: "Allow public client flows" is off
        UnknownApplication,  // AADSTS700016: client id not found in the tenant
        UnknownTenant,       // AADSTS90002
        RedirectMismatch,    // AADSTS50011
        StateMismatch,       // the redirect's state is not ours: possible forgery, nothing exchanged
        NetworkUnavailable,
        ServiceError,        // 5xx, temporarily_unavailable
        MalformedResponse,
        Other,
    };

    Kind kind = Kind::None;
    QString error;       // OAuth error code, e.g. "invalid_grant"
    int aadstsCode = 0;  // first of error_codes
    QString description; // error_description as the service sent it (English, for the details box)
    int httpStatus = 0;
    QString correlationId;

    bool isError() const { return kind != Kind::None; }
    static AuthError cancelled() { return {Kind::Cancelled, {}, 0, {}, 0, {}}; }
    /** An error ResetDesk itself detected (no HTTP exchange behind it). */
    static AuthError local(Kind kind, const QString &code, const QString &description)
    {
        return {kind, code, 0, description, 0, {}};
    }
};
