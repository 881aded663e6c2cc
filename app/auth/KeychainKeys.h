// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

#include <QObject>

/**
 * Encryption keys in the OS keychain, each under "<prefix><name><suffix>", so a file they
 * encrypt reveals nothing on its own (a backup, a stolen laptop's disk). The store is shared
 * with the sign-in and other key holders: answers for entries outside this prefix and suffix are
 * not reported. Asynchronous like the keychain itself; every call answers with exactly one
 * signal, carrying the name it was made with.
 */
class KeychainKeys : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeys)
public:
    KeychainKeys(TokenStore *store, const QString &prefix, const QString &suffix, QObject *parent = nullptr);

    /** The keychain entry of @p name. */
    QString entryName(const QString &name) const;

    void store(const QString &name, const QByteArray &key);
    void load(const QString &name);
    void remove(const QString &name);

Q_SIGNALS:
    void stored(const QString &name, TokenStoreError error);
    void loaded(const QString &name, const QByteArray &key, TokenStoreError error);
    void removed(const QString &name, TokenStoreError error);

private:
    /** The name @p entry was stored under, or empty when the entry is not one of these keys. */
    QString nameOf(const QString &entry) const;

    TokenStore *m_store;
    QString m_prefix;
    QString m_suffix;
};
