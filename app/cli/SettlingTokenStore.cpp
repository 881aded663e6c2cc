// SPDX-License-Identifier: MIT
#include "cli/SettlingTokenStore.h"

SettlingTokenStore::SettlingTokenStore(TokenStore *store, QObject *parent)
    : TokenStore(parent)
    , m_store(store)
{
    // Forwarded first, counted after: whoever waits for the answer has it before settled().
    connect(m_store, &TokenStore::readFinished, this, [this](const QString &key, const QByteArray &secret,
                                                          TokenStoreError error, const QString &detail) {
        Q_EMIT readFinished(key, secret, error, detail);
        answered();
    });
    connect(m_store, &TokenStore::writeFinished, this,
            [this](const QString &key, TokenStoreError error, const QString &detail) {
                Q_EMIT writeFinished(key, error, detail);
                answered();
            });
    connect(m_store, &TokenStore::removeFinished, this,
            [this](const QString &key, TokenStoreError error, const QString &detail) {
                Q_EMIT removeFinished(key, error, detail);
                answered();
            });
}

void SettlingTokenStore::read(const QString &key)
{
    ++m_pending;
    m_store->read(key);
}

void SettlingTokenStore::write(const QString &key, const QByteArray &secret)
{
    ++m_pending;
    m_store->write(key, secret);
}

void SettlingTokenStore::remove(const QString &key)
{
    ++m_pending;
    m_store->remove(key);
}

void SettlingTokenStore::answered()
{
    if (--m_pending == 0)
        Q_EMIT settled();
}
