// SPDX-License-Identifier: MIT
#include "sandbox/AuthMethodStore.h"

const SandboxTemporaryAccessPass *AuthMethodStore::tapOf(const QString &userId) const
{
    const auto found = m_taps.constFind(userId);
    return found == m_taps.cend() ? nullptr : &*found;
}

void AuthMethodStore::setTap(const QString &userId, SandboxTemporaryAccessPass pass)
{
    m_tapHistory[userId].append(pass.value);
    m_taps.insert(userId, std::move(pass));
}

void AuthMethodStore::removeTap(const QString &userId)
{
    m_taps.remove(userId);
}

void AuthMethodStore::addMethod(const QString &userId, SandboxAuthMethod method)
{
    m_methods[userId].append(std::move(method));
}

bool AuthMethodStore::removeMethod(const QString &userId, const QString &kind, const QString &id)
{
    auto found = m_methods.find(userId);
    if (found == m_methods.end())
        return false;
    const auto removed = found->removeIf([&](const SandboxAuthMethod &method) {
        return method.kind == kind && method.id.compare(id, Qt::CaseInsensitive) == 0;
    });
    return removed > 0;
}

void AuthMethodStore::setDefaultPhoneMethod(const QString &userId, const QString &methodId)
{
    m_defaultPhone.insert(userId, methodId);
}
