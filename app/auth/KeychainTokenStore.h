// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

/**
 * TokenStore on the operating system's keychain through QtKeychain: Secret Service on Linux,
 * Keychain on macOS, Credential Manager on Windows. Insecure fallbacks are always off.
 */
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)
public:
    /** @p service names our entries in the keychain; defaults to the application id. */
    explicit KeychainTokenStore(QObject *parent = nullptr);
    KeychainTokenStore(const QString &service, QObject *parent);

    QString service() const { return m_service; }

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;

private:
    QString m_service;
};
