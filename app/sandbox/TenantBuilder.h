// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringBuilder>

#include <iterator>
#include <utility>

/**
 * Everything random about building a sandbox tenant's users, from one seeded generator: ids,
 * passwords, phones, dates and unique addresses. The same seed gives the same tenant.
 */
class TenantBuilder final
{
public:
    explicit TenantBuilder(quint32 seed)
        : m_random(seed)
        , m_epochMs(TenantGenerator::epoch().toMSecsSinceEpoch())
    {
    }

    QRandomGenerator &random() { return m_random; }
    quint32 below(quint32 bound) { return m_random.bounded(bound); }
    bool percent(quint32 chance) { return m_random.bounded(100u) < chance; }

    /** A version-4-shaped GUID from the seeded generator (QUuid::createUuid would not repeat). */
    QString newId()
    {
        quint32 words[4];
        m_random.fillRange(words, 4);
        uchar bytes[16];
        for (int i = 0; i < 4; ++i) {
            for (int b = 0; b < 4; ++b)
                bytes[i * 4 + b] = uchar(words[i] >> (8 * b));
        }
        bytes[6] = uchar((bytes[6] & 0x0F) | 0x40);
        bytes[8] = uchar((bytes[8] & 0x3F) | 0x80);
        static constexpr char16_t hex[] = u"0123456789abcdef";
        QString id(36, Qt::Uninitialized);
        QChar *out = id.data();
        for (int i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                *out++ = u'-';
            *out++ = QChar(hex[bytes[i] >> 4]);
            *out++ = QChar(hex[bytes[i] & 0x0F]);
        }
        return id;
    }

    /** 16 characters with every class Entra counts (lower, upper, digit, symbol), allowed characters only. */
    QString newPassword()
    {
        static constexpr char16_t lower[] = u"abcdefghijkmnopqrstuvwxyz";
        static constexpr char16_t upper[] = u"ABCDEFGHJKLMNPQRSTUVWXYZ";
        static constexpr char16_t digits[] = u"23456789";
        static constexpr char16_t symbols[] = u"@#$%^&*-_!+=[]{}|:,.?/~()<>";
        constexpr int length = 16;
        QString password(length, Qt::Uninitialized);
        QChar *out = password.data();
        out[0] = QChar(lower[below(std::size(lower) - 1)]);
        out[1] = QChar(upper[below(std::size(upper) - 1)]);
        out[2] = QChar(digits[below(std::size(digits) - 1)]);
        out[3] = QChar(symbols[below(std::size(symbols) - 1)]);
        for (int i = 4; i < length; ++i) {
            switch (below(4)) {
            case 0: out[i] = QChar(lower[below(std::size(lower) - 1)]); break;
            case 1: out[i] = QChar(upper[below(std::size(upper) - 1)]); break;
            case 2: out[i] = QChar(digits[below(std::size(digits) - 1)]); break;
            default: out[i] = QChar(symbols[below(std::size(symbols) - 1)]); break;
            }
        }
        for (int i = length - 1; i > 0; --i)
            std::swap(out[i], out[below(quint32(i + 1))]);
        return password;
    }

    /** "+46 70 123 45 67" (profile style) and "+46 701234567" (SSPR authentication-method style). */
    std::pair<QString, QString> newMobile()
    {
        static constexpr char operators[] = "0236";
        const char second = operators[below(4)];
        const uint a = below(1000), b = below(100), c = below(100);
        return {QString::asprintf("+46 7%c %03u %02u %02u", second, a, b, c),
                QString::asprintf("+46 7%c%03u%02u%02u", second, a, b, c)};
    }

    QString newOfficePhone() { return QString::asprintf("+46 31 7%02u %02u %02u", below(100), below(100), below(100)); }

    /** createdDateTime between 30 days and 10 years before the epoch; the password changed since. */
    void setDates(SandboxUser &user)
    {
        constexpr qint64 MsPerDay = 86400LL * 1000;
        const qint64 created = m_epochMs - (30 + qint64(below(3650))) * MsPerDay - qint64(below(86400)) * 1000;
        const qint64 span = (m_epochMs - created) / 1000;
        const qint64 changed = created + qint64(below(quint32(span))) * 1000;
        user.createdDateTime = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        user.signInSessionsValidFromDateTime = user.createdDateTime;
        user.lastPasswordChangeDateTime = QDateTime::fromMSecsSinceEpoch(changed, Qt::UTC);
    }

    void setPassword(SandboxUser &user, const QString &password)
    {
        user.password = password;
        user.passwordHistory = QStringList{password};
    }

    /** Marks @p upn as taken; false when it already was. */
    bool claim(const QString &address) { return !std::exchange(m_taken[address], 1); }

    /** local@domain, or local2@domain, local3@… when the plain one is taken. */
    QString uniqueAddress(const QString &local, const QString &domain)
    {
        QString base = local % u'@' % domain;
        int next = ++m_taken[base];
        if (next == 1)
            return base;
        // No reference into m_taken across claim(): inserting may rehash.
        for (;; ++next) {
            QString candidate = local % QString::number(next) % u'@' % domain;
            if (claim(candidate)) {
                m_taken[base] = next;
                return candidate;
            }
        }
    }

private:
    QRandomGenerator m_random;
    qint64 m_epochMs;
    QHash<QString, int> m_taken;
};
