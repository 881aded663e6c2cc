// SPDX-License-Identifier: MIT
#pragma once

#include "auth/KeychainKeys.h"

/**
 * Keeps each reset journal's encryption key in the OS keychain, one entry per run, so a journal
 * file on its own (a backup, a stolen laptop's disk) reveals nothing. The names its calls and
 * signals carry are run ids.
 */
class JournalKeyring final : public KeychainKeys
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalKeyring)
public:
    explicit JournalKeyring(TokenStore *store, QObject *parent = nullptr);

    static QString keyName(const QString &runId);
};
