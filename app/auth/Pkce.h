// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/**
 * Proof Key for Code Exchange (RFC 7636) with the S256 method, and the random `state` of an
 * authorization request. All randomness comes from the operating system (QRandomGenerator::system()).
 */
class Pkce final
{
public:
    static constexpr int minimumVerifierLength = 43;
    static constexpr int maximumVerifierLength = 128;
    static constexpr int defaultVerifierLength = 64;

    /**
     * A fresh code verifier of @p length characters (clamped to 43..128), each drawn uniformly
     * from the unreserved set [A-Z a-z 0-9 - . _ ~].
     */
    static QByteArray generateVerifier(int length = defaultVerifierLength);
    /** BASE64URL(SHA-256(ASCII(verifier))) without padding. */
    static QByteArray challengeS256(QByteArrayView verifier);
    /** An unguessable state value: 32 random bytes, base64url without padding (43 characters). */
    static QByteArray generateState();

    /** True when @p verifier has a legal length and only unreserved characters. */
    static bool isValidVerifier(QByteArrayView verifier);
};
