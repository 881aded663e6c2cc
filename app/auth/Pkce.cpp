// SPDX-License-Identifier: MIT
#include "auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace {

constexpr QByteArrayView unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
static_assert(unreserved.size() == 66);

// Bytes at or above the largest multiple of 66 below 256 are thrown away: `byte % 66` over the
// remaining 0..197 hits every character exactly three times, so no character is favoured.
constexpr int acceptedByteLimit = 256 - 256 % int(unreserved.size());

bool isUnreserved(char c)
{
    return unreserved.contains(c);
}

} // namespace

QByteArray Pkce::generateVerifier(int length)
{
    length = std::clamp(length, minimumVerifierLength, maximumVerifierLength);
    QByteArray verifier;
    verifier.reserve(length);
    std::array<quint32, 32> words{};
    while (verifier.size() < length) {
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        for (quint32 word : words) {
            for (int shift = 0; shift < 32 && verifier.size() < length; shift += 8) {
                const int byte = int((word >> shift) & 0xffu);
                if (byte < acceptedByteLimit)
                    verifier.append(unreserved.at(byte % unreserved.size()));
            }
        }
    }
    words.fill(0);
    return verifier;
}

QByteArray Pkce::challengeS256(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::generateState()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::isValidVerifier(QByteArrayView verifier)
{
    return verifier.size() >= minimumVerifierLength && verifier.size() <= maximumVerifierLength
           && std::all_of(verifier.begin(), verifier.end(), isUnreserved);
}
