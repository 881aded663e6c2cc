// SPDX-License-Identifier: MIT
#include "common/SecretBox.h"

#include <sodium.h>

namespace {

static_assert(SecretBox::KeySize == crypto_secretbox_KEYBYTES);
static_assert(SecretBox::NonceSize == crypto_secretbox_NONCEBYTES);
static_assert(SecretBox::TagSize == crypto_secretbox_MACBYTES);

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytesOf(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

namespace SecretBox {

QByteArray generateKey()
{
    if (!sodiumReady())
        return {};
    QByteArray key(KeySize, Qt::Uninitialized);
    crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

QByteArray seal(QByteArrayView plain, const QByteArray &key)
{
    if (!sodiumReady() || key.size() != KeySize)
        return {};
    QByteArray sealed(Overhead + plain.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, NonceSize);
    crypto_secretbox_easy(out + NonceSize, bytesOf(plain), size_t(plain.size()), out, bytesOf(key));
    return sealed;
}

std::optional<QByteArray> open(QByteArrayView sealed, const QByteArray &key)
{
    if (!sodiumReady() || key.size() != KeySize || sealed.size() < Overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - Overhead, Qt::Uninitialized);
    const unsigned char *nonce = bytesOf(sealed);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()), nonce + NonceSize,
            size_t(sealed.size() - NonceSize), nonce, bytesOf(key))
        != 0) {
        wipe(plain);
        return std::nullopt;
    }
    return plain;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace SecretBox
