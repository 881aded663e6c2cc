// SPDX-License-Identifier: MIT
#pragma once

#include "auth/TokenStore.h"

#include <QObject>

/**
 * Keeps each reset journal's encryption key in the OS keychain, one entry per run, so a journal
 * file on its own (a backup, a stolen laptop's disk) reveals nothing. Asynchronous like the
 * keychain itself; every call answers with exactly one signal.
 */
class JournalKeyring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalKeyring)
public:
    explicit JournalKeyring(TokenStore *store, QObject *parent = nullptr);

    static QString keyName(const QString &runId);

    void store(const QString &runId, const QByteArray &key);
    void load(const QString &runId);
    void remove(const QString &runId);

Q_SIGNALS:
    void stored(const QString &runId, TokenStoreError error);
    void loaded(const QString &runId, const QByteArray &key, TokenStoreError error);
    void removed(const QString &runId, TokenStoreError error);

private:
    static QString runIdOf(const QString &key);

    TokenStore *m_store;
};
