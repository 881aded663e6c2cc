// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

struct SandboxUser;

/**
 * The id_token of a token response: a JWT-shaped string (base64url header.payload.signature)
 * with the v2.0 claims a client reads to learn who signed in. The signature is an HMAC with a
 * key private to this process: clients must not validate it, only decode the payload.
 *
 * Payload: aud (client id), iss (<authority host>/<tenant id>/v2.0), iat, nbf, exp, name, oid,
 * preferred_username (UPN), sub (pairwise per client), tid, ver "2.0", and nonce when the
 * authorize request carried one.
 */
class IdTokenBuilder final
{
public:
    struct Claims
    {
        QUrl authorityHost; // e.g. http://127.0.0.1:40123
        QString tenantId;
        QString clientId;
        QString nonce;
        QDateTime issuedAt;
        int lifetimeSeconds = 3600;
    };

    static QString build(const SandboxUser &user, const Claims &claims);
    static QString issuer(const QUrl &authorityHost, const QString &tenantId);
};
