// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

/**
 * Who signed in, read from the id_token's payload. The signature is not checked: the token came
 * straight from the token endpoint over TLS (OpenID Connect Core §3.1.3.7), and it is only used to
 * show and key the account, never to authorise anything.
 */
struct IdTokenClaims
{
    QString preferredUsername; // preferred_username (falls back to upn, then email)
    QString name;
    QString tenantId; // tid
    QString objectId; // oid

    /** nullopt when @p idToken is not a JWT with a base64url JSON object payload. */
    static std::optional<IdTokenClaims> decode(const QString &idToken);
};
