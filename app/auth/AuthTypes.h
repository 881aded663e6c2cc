// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * How the admin signs in, and so how further permissions are asked for: in a browser on this
 * computer, or with a code entered on another device (where no browser can open here).
 */
enum class SignInMethod { Browser, DeviceCode };

/**
 * When the admin approves ResetDesk's permissions: every one at sign-in (one prompt), or each
 * the first time a feature needs it (fewer permissions held, more prompts).
 */
enum class ConsentChoice { StepByStep, AllAtOnce };

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
        BlockedByPolicy,     // AADSTS53003: a Conditional Access policy refused the token (often device code)
        WrongAccount,        // more permissions were approved by another account than the one signed in
        EndpointNotFound,    // the sign-in address answered 404 without an identity platform body
        NotSignedIn,         // more permissions were asked for while nobody was signed in
        Other,
    };

    Kind kind = Kind::None;
    QString error;       // OAuth error code, e.g. "invalid_grant"
    int aadstsCode = 0;  // first of error_codes
    QString description; // error_description as the service sent it (English, for the details box)
    int httpStatus = 0;
    QString correlationId;
    QUrl address;            // EndpointNotFound: the address that was not found
    QString approvedAccount; // WrongAccount: who approved in the browser or entered the code
    QString expectedAccount; // WrongAccount: who is signed in

    bool isError() const { return kind != Kind::None; }
    static AuthError cancelled() { return local(Kind::Cancelled, {}, {}); }
    /** An error ResetDesk itself detected (no HTTP exchange behind it). */
    static AuthError local(Kind kind, const QString &code, const QString &description)
    {
        AuthError error;
        error.kind = kind;
        error.error = code;
        error.description = description;
        return error;
    }
};
