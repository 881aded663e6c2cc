// SPDX-License-Identifier: MIT
#include "common/SecretString.h"

#include <sodium.h>

SecretString::SecretString(const QString &text)
    : m_utf8(text.toUtf8())
    , m_length(text.size())
{
}

SecretString::SecretString(SecretString &&other) noexcept
    : m_utf8(std::move(other.m_utf8))
    , m_length(other.m_length)
{
    other.m_utf8 = QByteArray();
    other.m_length = 0;
}

SecretString &SecretString::operator=(const SecretString &other)
{
    if (this != &other) {
        clear();
        m_utf8 = other.m_utf8;
        m_length = other.m_length;
    }
    return *this;
}

SecretString &SecretString::operator=(SecretString &&other) noexcept
{
    if (this != &other) {
        clear();
        m_utf8 = std::move(other.m_utf8);
        m_length = other.m_length;
        other.m_utf8 = QByteArray();
        other.m_length = 0;
    }
    return *this;
}

SecretString::~SecretString()
{
    clear();
}

bool SecretString::equals(const QString &text) const
{
    const QByteArray other = text.toUtf8();
    if (other.size() != m_utf8.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < other.size(); ++i)
        difference |= static_cast<unsigned char>(other.at(i) ^ m_utf8.at(i));
    return difference == 0;
}

void SecretString::clear()
{
    // A shared buffer still belongs to another SecretString, which wipes it when it lets go;
    // writing through data() here would only detach and wipe a fresh copy.
    if (!m_utf8.isEmpty() && m_utf8.isDetached())
        sodium_memzero(m_utf8.data(), std::size_t(m_utf8.size()));
    m_utf8 = QByteArray();
    m_length = 0;
}
