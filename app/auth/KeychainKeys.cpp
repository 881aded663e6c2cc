// SPDX-License-Identifier: MIT
#include "auth/KeychainKeys.h"

KeychainKeys::KeychainKeys(TokenStore *store, const QString &prefix, const QString &suffix, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_prefix(prefix)
    , m_suffix(suffix)
{
    connect(m_store, &TokenStore::writeFinished, this, [this](const QString &entry, TokenStoreError error) {
        const QString name = nameOf(entry);
        if (!name.isEmpty())
            Q_EMIT stored(name, error);
    });
    connect(m_store, &TokenStore::readFinished, this,
        [this](const QString &entry, const QByteArray &secret, TokenStoreError error) {
            const QString name = nameOf(entry);
            if (!name.isEmpty())
                Q_EMIT loaded(name, secret, error);
        });
    connect(m_store, &TokenStore::removeFinished, this, [this](const QString &entry, TokenStoreError error) {
        const QString name = nameOf(entry);
        if (!name.isEmpty())
            Q_EMIT removed(name, error);
    });
}

QString KeychainKeys::entryName(const QString &name) const
{
    return m_prefix + name + m_suffix;
}

QString KeychainKeys::nameOf(const QString &entry) const
{
    if (!entry.startsWith(m_prefix) || !entry.endsWith(m_suffix)
        || entry.size() <= m_prefix.size() + m_suffix.size())
        return {};
    return entry.mid(m_prefix.size(), entry.size() - m_prefix.size() - m_suffix.size());
}

void KeychainKeys::store(const QString &name, const QByteArray &key)
{
    m_store->write(entryName(name), key);
}

void KeychainKeys::load(const QString &name)
{
    m_store->read(entryName(name));
}

void KeychainKeys::remove(const QString &name)
{
    m_store->remove(entryName(name));
}
