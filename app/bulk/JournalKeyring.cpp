// SPDX-License-Identifier: MIT
#include "bulk/JournalKeyring.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString prefix = u"journal/"_s;
const QString suffix = u"/key"_s;
} // namespace

JournalKeyring::JournalKeyring(TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // The store is shared with the sign-in: answers for other keys are not ours.
    connect(m_store, &TokenStore::writeFinished, this, [this](const QString &key, TokenStoreError error) {
        const QString runId = runIdOf(key);
        if (!runId.isEmpty())
            Q_EMIT stored(runId, error);
    });
    connect(m_store, &TokenStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret, TokenStoreError error) {
                const QString runId = runIdOf(key);
                if (!runId.isEmpty())
                    Q_EMIT loaded(runId, secret, error);
            });
    connect(m_store, &TokenStore::removeFinished, this, [this](const QString &key, TokenStoreError error) {
        const QString runId = runIdOf(key);
        if (!runId.isEmpty())
            Q_EMIT removed(runId, error);
    });
}

QString JournalKeyring::keyName(const QString &runId)
{
    return prefix + runId + suffix;
}

QString JournalKeyring::runIdOf(const QString &key)
{
    if (!key.startsWith(prefix) || !key.endsWith(suffix))
        return {};
    return key.mid(prefix.size(), key.size() - prefix.size() - suffix.size());
}

void JournalKeyring::store(const QString &runId, const QByteArray &key)
{
    m_store->write(keyName(runId), key);
}

void JournalKeyring::load(const QString &runId)
{
    m_store->read(keyName(runId));
}

void JournalKeyring::remove(const QString &runId)
{
    m_store->remove(keyName(runId));
}
