// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

#include <QHash>

/**
 * Secrets kept in this process only, gone when it exits. For the demo tenant, whose tokens
 * mean nothing after the demo ends and must not land in the user's real keychain.
 */
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)
public:
    using TokenStore::TokenStore;
    ~MemoryTokenStore() override;

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;

private:
    QHash<QString, QByteArray> m_secrets;
};
