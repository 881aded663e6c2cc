// SPDX-License-Identifier: MIT
// The id_token the token endpoint returns: read for who signed in.
#include "FuzzSupport.h"

#include "auth/IdTokenClaims.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    // The token as it came: mostly a JWT, so mutations reach the splitting and base64 decoding.
    IdTokenClaims::decode(QString::fromUtf8(input));
    // The input as the payload of a well-formed JWT, so mutations reach the claims themselves.
    const QByteArray payload = input.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const auto claims = IdTokenClaims::decode(u"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."_s
                                              + QString::fromLatin1(payload) + u".c2lnbmF0dXJl"_s);
    if (claims)
        Fuzz::check(!payload.isEmpty(), "an empty payload holds no claims");
    return 0;
}
