// SPDX-License-Identifier: MIT
#include "directory/DirectoryUser.h"

#include "directory/RoleTemplates.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
constexpr qint64 daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

int digits(const QString &s, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s.at(at + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/**
 * Graph's DateTimeOffset, "2024-05-01T10:11:12Z" (fraction optional): parsed by hand because
 * QDateTime::fromString costs microseconds per call, which adds up over 100,000 users.
 */
qint64 parseGraphDateTime(const QString &s)
{
    if (s.size() >= 20 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' && s.at(13) == u':'
        && s.at(16) == u':' && s.endsWith(u'Z')) {
        const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24
            && minute >= 0 && minute < 60 && second >= 0 && second < 61) {
            int millis = 0;
            if (s.size() > 21 && s.at(19) == u'.') {
                const qsizetype fractionDigits = qMin<qsizetype>(3, s.size() - 21);
                millis = digits(s, 20, int(fractionDigits));
                for (qsizetype i = fractionDigits; i < 3; ++i)
                    millis *= 10;
                if (millis < 0)
                    millis = 0;
            }
            const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
            const qint64 msecs = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + millis;
            return msecs == 0 ? 1 : msecs; // 0 means "none"
        }
    }
    if (s.isEmpty())
        return 0;
    const QDateTime parsed = QDateTime::fromString(s, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toMSecsSinceEpoch() : 0;
}

void foldChar(QChar c, QString &out)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        out += (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
        return;
    }
    // Letters without a canonical decomposition that people still type without their marks.
    switch (u) {
    case u'ß':
        out += u"ss";
        return;
    case u'æ':
    case u'Æ':
        out += u"ae";
        return;
    case u'ø':
    case u'Ø':
        out += u'o';
        return;
    case u'œ':
    case u'Œ':
        out += u"oe";
        return;
    case u'đ':
    case u'Đ':
        out += u'd';
        return;
    case u'ł':
    case u'Ł':
        out += u'l';
        return;
    case u'þ':
    case u'Þ':
        out += u"th";
        return;
    case u'ı':
        out += u'i';
        return;
    default:
        break;
    }
    if (c.category() == QChar::Mark_NonSpacing)
        return; // a combining accent of decomposed input
    if (c.decompositionTag() == QChar::Canonical) {
        const QString decomposed = c.decomposition();
        for (QChar part : decomposed)
            foldChar(part, out);
        return;
    }
    const QChar folded = c.toCaseFolded();
    out += folded;
}

} // namespace

QString DirectoryUser::selectProperties()
{
    // Exactly what the list shows or the reset path needs; otherMails only for "alternate email
    // present", creationType for the guest classification of graph-api.md §1.5.
    return u"id,displayName,userPrincipalName,mail,otherMails,accountEnabled,userType,creationType,"
           u"passwordPolicies,lastPasswordChangeDateTime,assignedLicenses,onPremisesSyncEnabled"_s;
}

DirectoryUser DirectoryUser::fromJson(const QJsonObject &object)
{
    DirectoryUser user;
    user.m_id = object.value("id"_L1).toString();
    if (user.m_id.isEmpty())
        return {};
    user.m_displayName = object.value("displayName"_L1).toString();
    user.m_userPrincipalName = object.value("userPrincipalName"_L1).toString();
    user.m_mail = object.value("mail"_L1).toString();
    quint16 flags = 0;
    if (!object.value("assignedLicenses"_L1).toArray().isEmpty())
        flags |= Licensed;
    if (object.value("accountEnabled"_L1).toBool())
        flags |= AccountEnabled;
    if (object.value("userType"_L1).toString() == "Guest"_L1
        || object.value("creationType"_L1).toString() == "Invitation"_L1)
        flags |= Guest;
    if (object.value("onPremisesSyncEnabled"_L1).toBool())
        flags |= Synced;
    const QString policies = object.value("passwordPolicies"_L1).toString();
    if (!policies.isEmpty()) {
        // "DisablePasswordExpiration, DisableStrongPassword" in any order (graph-api.md §5).
        if (policies.contains("DisablePasswordExpiration"_L1, Qt::CaseInsensitive))
            flags |= PasswordNeverExpires;
        if (policies.contains("DisableStrongPassword"_L1, Qt::CaseInsensitive))
            flags |= WeakPasswordAllowed;
    }
    if (!object.value("otherMails"_L1).toArray().isEmpty())
        flags |= HasAlternateEmail;
    user.m_flags = flags;
    user.m_lastPasswordChange = parseGraphDateTime(object.value("lastPasswordChangeDateTime"_L1).toString());
    user.updateSearchKey();
    return user;
}

QList<DirectoryUser> DirectoryUser::listFromJson(const QJsonArray &items)
{
    QList<DirectoryUser> users;
    users.reserve(items.size());
    for (const QJsonValue &item : items) {
        DirectoryUser user = fromJson(item.toObject());
        if (user.isValid())
            users.append(std::move(user));
    }
    return users;
}

QString DirectoryUser::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        foldChar(c, out);
    return out;
}

const QStringList &DirectoryUser::knownRoleTemplates()
{
    using namespace RoleTemplates;
    static const QStringList roles {GlobalAdministrator, PrivilegedAuthenticationAdministrator,
        PrivilegedRoleAdministrator, UserAdministrator, AuthenticationAdministrator, HelpdeskAdministrator,
        PasswordAdministrator, GroupsAdministrator, DirectoryReaders, GuestInviter, MessageCenterReader,
        ReportsReader, UsageSummaryReportsReader, GlobalReader, DomainNameAdministrator, SecurityReader,
        SecurityAdministrator};
    return roles;
}

quint32 DirectoryUser::roleBit(const QString &templateId)
{
    const qsizetype index = knownRoleTemplates().indexOf(templateId.toLower());
    return index < 0 ? OtherRoleBit : (1u << index);
}

quint32 DirectoryUser::roleMask(const QStringList &templateIds)
{
    quint32 mask = 0;
    for (const QString &id : templateIds)
        mask |= roleBit(id);
    return mask;
}

QDateTime DirectoryUser::lastPasswordChange() const
{
    if (m_lastPasswordChange == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_lastPasswordChange, QTimeZone::utc());
}

bool DirectoryUser::hasRole(const QString &templateId) const
{
    const quint32 bit = roleBit(templateId);
    return bit != OtherRoleBit && (m_roles & bit) != 0;
}

QStringList DirectoryUser::roleTemplateIds() const
{
    QStringList ids;
    const QStringList &known = knownRoleTemplates();
    for (qsizetype i = 0; i < known.size(); ++i) {
        if (m_roles & (1u << i))
            ids.append(known.at(i));
    }
    return ids;
}

void DirectoryUser::setDisplayName(const QString &name)
{
    m_displayName = name;
    updateSearchKey();
}

void DirectoryUser::setUserPrincipalName(const QString &upn)
{
    m_userPrincipalName = upn;
    updateSearchKey();
}

void DirectoryUser::setMail(const QString &mail)
{
    m_mail = mail;
    updateSearchKey();
}

void DirectoryUser::setFlag(Flag flag, bool on)
{
    m_flags = on ? quint16(m_flags | flag) : quint16(m_flags & ~flag);
}

void DirectoryUser::setLastPasswordChange(const QDateTime &when)
{
    m_lastPasswordChange = when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

void DirectoryUser::updateSearchKey()
{
    // '\n' never occurs in a name or address, so a search cannot match across two fields.
    QString key = fold(m_displayName);
    key += u'\n';
    const QString upn = fold(m_userPrincipalName);
    key += upn;
    if (!m_mail.isEmpty()) {
        const QString mail = fold(m_mail);
        if (mail != upn) {
            key += u'\n';
            key += mail;
        }
    }
    key.squeeze();
    m_searchKey = key;
}
