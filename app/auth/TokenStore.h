// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

/** Why a secret could not be read, written or removed. The UI turns these into sentences. */
enum class TokenStoreError {
    None,
    /** Nothing is stored under that key (a normal "signed out" state for reads). */
    NotFound,
    /** No keychain service answers (no Secret Service, locked keyring, no D-Bus session). */
    Unavailable,
    /** The keychain refused access (the user denied the prompt). */
    AccessDenied,
    Other,
};

/**
 * Asynchronous storage for small secrets: refresh tokens and journal keys. The only
 * production implementation is KeychainTokenStore; there is deliberately no plain-text one.
 */
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TokenStore() override;

    /** Emits readFinished() once, with the secret or an error. */
    virtual void read(const QString &key) = 0;
    /** Emits writeFinished() once. */
    virtual void write(const QString &key, const QByteArray &secret) = 0;
    /** Emits removeFinished() once; removing a missing key is not an error. */
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    void readFinished(const QString &key, const QByteArray &secret, TokenStoreError error,
                      const QString &detail);
    void writeFinished(const QString &key, TokenStoreError error, const QString &detail);
    void removeFinished(const QString &key, TokenStoreError error, const QString &detail);
};
