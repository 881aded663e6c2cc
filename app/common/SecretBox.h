// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

/**
 * Authenticated encryption of what ResetDesk keeps on disk (reset journals, the saved user
 * list): libsodium's secretbox (XSalsa20-Poly1305) with a random 24-byte nonce per message, so
 * a file reveals nothing without its 32-byte key and any change to it is detected. The keys
 * themselves live in the OS keychain, never beside the files.
 */
namespace SecretBox {

constexpr int KeySize = 32;
/** Bytes seal() adds to a message: the nonce and the authentication tag. */
constexpr int NonceSize = 24;
constexpr int TagSize = 16;
constexpr int Overhead = NonceSize + TagSize;

/** A new key from libsodium's CSPRNG; empty when libsodium cannot start. */
QByteArray generateKey();
/** The nonce followed by the encrypted, authenticated @p plain; empty for a key of the wrong size. */
QByteArray seal(QByteArrayView plain, const QByteArray &key);
/** The message of @p sealed; nullopt when it was not sealed with @p key or was changed since. */
std::optional<QByteArray> open(QByteArrayView sealed, const QByteArray &key);
/** Overwrites @p bytes with zeros (the compiler may not leave it out), then empties it. */
void wipe(QByteArray &bytes);

} // namespace SecretBox
