// SPDX-License-Identifier: MIT
#include "auth/MemoryTokenStore.h"

#include <QTimer>

MemoryTokenStore::~MemoryTokenStore()
{
    // Overwrite before the memory goes back to the allocator.
    for (QByteArray &secret : m_secrets)
        secret.fill('\0');
}

void MemoryTokenStore::read(const QString &key)
{
    // Asynchronous like the keychain, so callers cannot come to rely on an immediate answer.
    QTimer::singleShot(0, this, [this, key] {
        const auto found = m_secrets.constFind(key);
        if (found == m_secrets.constEnd())
            Q_EMIT readFinished(key, {}, TokenStoreError::NotFound, {});
        else
            Q_EMIT readFinished(key, *found, TokenStoreError::None, {});
    });
}

void MemoryTokenStore::write(const QString &key, const QByteArray &secret)
{
    auto &stored = m_secrets[key];
    stored.fill('\0');
    stored = secret;
    QTimer::singleShot(0, this, [this, key] { Q_EMIT writeFinished(key, TokenStoreError::None, {}); });
}

void MemoryTokenStore::remove(const QString &key)
{
    auto found = m_secrets.find(key);
    if (found != m_secrets.end()) {
        found->fill('\0');
        m_secrets.erase(found);
    }
    QTimer::singleShot(0, this, [this, key] { Q_EMIT removeFinished(key, TokenStoreError::None, {}); });
}
