// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

/**
 * The keychain as a short-lived process must use it: every read, write and removal goes to the
 * wrapped store, and isSettled() says whether any is still under way. A command that ends while
 * a rotated refresh token or a journal key is still being written would lose it, so
 * resetdesk-cli exits only once the keychain has answered everything (settled()).
 */
class SettlingTokenStore final : public TokenStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettlingTokenStore)
public:
    /** @p store does the work; it must outlive this object. */
    explicit SettlingTokenStore(TokenStore *store, QObject *parent = nullptr);

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;

    bool isSettled() const { return m_pending == 0; }

Q_SIGNALS:
    /** The last operation under way was answered. */
    void settled();

private:
    void answered();

    TokenStore *m_store;
    int m_pending = 0;
};
