// SPDX-License-Identifier: MIT
#include "bulk/JournalKeyring.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString prefix = u"journal/"_s;
const QString suffix = u"/key"_s;
} // namespace

JournalKeyring::JournalKeyring(TokenStore *store, QObject *parent)
    : KeychainKeys(store, prefix, suffix, parent)
{
}

QString JournalKeyring::keyName(const QString &runId)
{
    return prefix + runId + suffix;
}
