// SPDX-License-Identifier: MIT
#include "directory/DirectoryUser.h"

#include "directory/RoleTemplates.h"
#include "graph/JsonRead.h"

#include <QTimeZone>

#include <bit>
#include <type_traits>

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

int digits(QByteArrayView s, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = s.at(at + i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

/**
 * Graph's DateTimeOffset, "2024-05-01T10:11:12Z" (fraction optional): parsed by hand because
 * QDateTime::fromString costs microseconds per call, which adds up over 100,000 users.
 */
qint64 parseGraphDateTime(QByteArrayView s)
{
    if (s.size() >= 20 && s.at(4) == '-' && s.at(7) == '-' && s.at(10) == 'T' && s.at(13) == ':'
        && s.at(16) == ':' && s.endsWith('Z')) {
        const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24
            && minute >= 0 && minute < 60 && second >= 0 && second < 61) {
            int millis = 0;
            if (s.size() > 21 && s.at(19) == '.') {
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
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(s), Qt::ISODateWithMs);
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

/**
 * Appends the leading ASCII of @p text lower-cased to @p out (a QString or a QByteArray) and
 * returns how many characters that was. ASCII is nearly every character of names and addresses,
 * and is written straight into the reserved buffer.
 */
template<typename Buffer> qsizetype appendLowerAscii(Buffer &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    auto *write = out.data() + start;
    using Unit = std::remove_reference_t<decltype(*write)>;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x80)
            break;
        write[i] = Unit(char16_t((u >= u'A' && u <= u'Z') ? u + 32 : u));
    }
    out.truncate(start + i);
    return i;
}

/** Appends fold(@p text); only characters beyond ASCII take foldChar's slower path. */
void appendFolded(QString &out, QStringView text)
{
    for (qsizetype i = appendLowerAscii(out, text); i < text.size(); ++i)
        foldChar(text.at(i), out);
}

/** Appends fold(@p text) as UTF-8. */
void appendFoldedUtf8(QByteArray &out, QStringView text)
{
    const qsizetype ascii = appendLowerAscii(out, text);
    if (ascii == text.size())
        return;
    QString rest;
    appendFolded(rest, text.sliced(ascii));
    out += rest.toUtf8();
}

} // namespace

QString DirectoryUser::selectProperties()
{
    // Exactly what the list shows or the reset path needs: creationType for the guest
    // classification ("Invitation" marks an invited guest); otherMails and preferredLanguage for
    // handing a bulk run's passwords over (emailed to the user, a slip in their language);
    // passwordProfile for "must change at next sign-in", which Graph returns only when selected,
    // lists included.
    return u"id,displayName,userPrincipalName,mail,otherMails,accountEnabled,userType,creationType,"
           u"passwordPolicies,lastPasswordChangeDateTime,assignedLicenses,onPremisesSyncEnabled,"
           u"preferredLanguage,passwordProfile"_s;
}

namespace {

/**
 * @p value as a string shared with every other user of the same language: a tenant has a few
 * languages and 100,000 users, and a string each would be 50 bytes more per user. Per thread,
 * because pages may be read on any.
 */
QString sharedLanguage(std::string_view bytes)
{
    struct Known
    {
        QByteArray bytes;
        QString text;
    };
    thread_local QList<Known> known;
    if (bytes.empty())
        return {};
    const QByteArrayView view(bytes.data(), qsizetype(bytes.size()));
    for (const Known &language : std::as_const(known)) {
        if (language.bytes == view)
            return language.text;
    }
    const QString text = QString::fromUtf8(view);
    if (known.size() < 32) // a tenant of many languages shares the first 32
        known.append({view.toByteArray(), text});
    return text;
}

/** The user properties of selectProperties() that fromJson() reads. */
enum class UserField {
    Unknown,
    Id,
    DisplayName,
    UserPrincipalName,
    Mail,
    OtherMails,
    AccountEnabled,
    UserType,
    CreationType,
    PasswordPolicies,
    LastPasswordChange,
    AssignedLicenses,
    OnPremisesSyncEnabled,
    PreferredLanguage,
    PasswordProfile,
    Removed, // "@removed" of a /users/delta page: the user was deleted
};

/** By length first: one comparison per member instead of a dozen (this runs 1.2 million times per 100,000 users). */
UserField userField(QByteArrayView name)
{
    const auto is = [name](QByteArrayView known) { return name == known; };
    switch (name.size()) {
    case 2:
        return is("id") ? UserField::Id : UserField::Unknown;
    case 4:
        return is("mail") ? UserField::Mail : UserField::Unknown;
    case 8:
        return is("userType") ? UserField::UserType
            : is("@removed")  ? UserField::Removed
                              : UserField::Unknown;
    case 10:
        return is("otherMails") ? UserField::OtherMails : UserField::Unknown;
    case 11:
        return is("displayName") ? UserField::DisplayName : UserField::Unknown;
    case 12:
        return is("creationType") ? UserField::CreationType : UserField::Unknown;
    case 14:
        return is("accountEnabled") ? UserField::AccountEnabled : UserField::Unknown;
    case 15:
        return is("passwordProfile") ? UserField::PasswordProfile : UserField::Unknown;
    case 16:
        return is("passwordPolicies") ? UserField::PasswordPolicies
            : is("assignedLicenses")  ? UserField::AssignedLicenses
                                      : UserField::Unknown;
    case 17:
        return is("userPrincipalName") ? UserField::UserPrincipalName
            : is("preferredLanguage")  ? UserField::PreferredLanguage
                                       : UserField::Unknown;
    case 21:
        return is("onPremisesSyncEnabled") ? UserField::OnPremisesSyncEnabled : UserField::Unknown;
    case 26:
        return is("lastPasswordChangeDateTime") ? UserField::LastPasswordChange : UserField::Unknown;
    default:
        return UserField::Unknown;
    }
}

/**
 * Whether a change is pending, from passwordProfile: null means none (Graph's default, and what a
 * reset without a forced change leaves); an object says it in its two flags. Anything else is not
 * Graph's shape: unknown.
 */
DirectoryUser::TriState mustChangeOf(simdjson::ondemand::value &profile)
{
    using simdjson::ondemand::json_type;
    const json_type type = JsonRead::typeOf(profile);
    if (type == json_type::null)
        return DirectoryUser::TriState::No;
    simdjson::ondemand::object members;
    if (type != json_type::object || profile.get_object().get(members) != simdjson::SUCCESS)
        return DirectoryUser::TriState::Unknown;
    bool mustChange = false;
    for (auto next : members) {
        simdjson::ondemand::field member;
        std::string_view name;
        if (std::move(next).get(member) != simdjson::SUCCESS || member.unescaped_key().get(name) != simdjson::SUCCESS)
            break;
        // The MFA variant is a forced change too, with MFA first.
        if (name == "forceChangePasswordNextSignIn" || name == "forceChangePasswordNextSignInWithMfa")
            mustChange = JsonRead::isTrue(member.value()) || mustChange;
    }
    return mustChange ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No;
}

/** Calls @p take with each object element of the array @p items holds; other elements are skipped. */
template<typename Take>
void forEachObject(const JsonText &items, Take take)
{
    simdjson::ondemand::document document;
    if (!JsonRead::iterate(JsonRead::parser(), items, document))
        return;
    simdjson::ondemand::array elements;
    if (document.get_array().get(elements) != simdjson::SUCCESS)
        return;
    for (auto next : elements) {
        simdjson::ondemand::value element;
        simdjson::ondemand::object object;
        if (std::move(next).get(element) != simdjson::SUCCESS)
            return;
        if (JsonRead::typeOf(element) == simdjson::ondemand::json_type::object
            && element.get_object().get(object) == simdjson::SUCCESS)
            take(object);
    }
}

} // namespace

/** Decodes Graph's user objects into DirectoryUser's compact fields (a friend of it). */
class DirectoryUserDecoder final
{
public:
    /** One user object; @p removed tells whether it carries "@removed" (deleted, on a delta page). */
    static DirectoryUser fromObject(simdjson::ondemand::object &object, bool *removed);
};

DirectoryUser DirectoryUserDecoder::fromObject(simdjson::ondemand::object &object, bool *removed)
{
    using simdjson::ondemand::json_type;
    DirectoryUser user;
    quint16 flags = 0;
    std::string_view mail;
    std::string_view userPrincipalName;
    for (auto next : object) {
        simdjson::ondemand::field member;
        std::string_view name;
        if (std::move(next).get(member) != simdjson::SUCCESS || member.unescaped_key().get(name) != simdjson::SUCCESS)
            break;
        simdjson::ondemand::value &value = member.value();
        switch (userField(QByteArrayView(name.data(), qsizetype(name.size())))) {
        case UserField::Unknown:
            break;
        case UserField::Removed:
            *removed = true;
            break;
        case UserField::Id:
            user.m_id = JsonRead::string(value);
            break;
        case UserField::DisplayName:
            user.m_displayName = JsonRead::string(value);
            break;
        case UserField::UserPrincipalName:
            // The parser keeps the bytes until it reads the next page: enough to compare with mail.
            userPrincipalName = JsonRead::utf8(value);
            user.m_userPrincipalName = QString::fromUtf8(userPrincipalName.data(), qsizetype(userPrincipalName.size()));
            break;
        case UserField::Mail:
            mail = JsonRead::utf8(value);
            break;
        case UserField::OtherMails: {
            simdjson::ondemand::array addresses;
            if (JsonRead::typeOf(value) != json_type::array || value.get_array().get(addresses) != simdjson::SUCCESS)
                break;
            for (auto address : addresses) {
                simdjson::ondemand::value element;
                if (std::move(address).get(element) != simdjson::SUCCESS)
                    break;
                if (JsonRead::typeOf(element) != json_type::string)
                    continue;
                if (!user.m_alternateEmails.isEmpty())
                    user.m_alternateEmails += u'\n';
                user.m_alternateEmails += JsonRead::string(element);
            }
            break;
        }
        case UserField::PreferredLanguage:
            user.m_preferredLanguage = sharedLanguage(JsonRead::utf8(value));
            break;
        case UserField::AccountEnabled:
            if (JsonRead::isTrue(value))
                flags |= DirectoryUser::AccountEnabled;
            break;
        case UserField::UserType:
            if (JsonRead::utf8(value) == "Guest")
                flags |= DirectoryUser::Guest;
            break;
        case UserField::CreationType:
            if (JsonRead::utf8(value) == "Invitation")
                flags |= DirectoryUser::Guest;
            break;
        case UserField::PasswordPolicies: {
            // "DisablePasswordExpiration, DisableStrongPassword" in any order and letter case.
            const QString policies = JsonRead::string(value);
            if (policies.contains("DisablePasswordExpiration"_L1, Qt::CaseInsensitive))
                flags |= DirectoryUser::PasswordNeverExpires;
            if (policies.contains("DisableStrongPassword"_L1, Qt::CaseInsensitive))
                flags |= DirectoryUser::WeakPasswordAllowed;
            break;
        }
        case UserField::LastPasswordChange: {
            const std::string_view text = JsonRead::utf8(value);
            user.m_lastPasswordChange = parseGraphDateTime(QByteArrayView(text.data(), qsizetype(text.size())));
            break;
        }
        case UserField::AssignedLicenses: {
            simdjson::ondemand::array licenses;
            bool empty = true;
            if (JsonRead::typeOf(value) == json_type::array && value.get_array().get(licenses) == simdjson::SUCCESS
                && licenses.is_empty().get(empty) == simdjson::SUCCESS && !empty)
                flags |= DirectoryUser::Licensed;
            break;
        }
        case UserField::OnPremisesSyncEnabled:
            if (JsonRead::isTrue(value))
                flags |= DirectoryUser::Synced;
            break;
        case UserField::PasswordProfile:
            user.m_mustChange = mustChangeOf(value);
            break;
        }
    }
    if (user.m_id.isEmpty())
        return {};
    // Mostly the mail is the user name: then both share one string (a string less per user).
    if (!mail.empty() && mail == userPrincipalName)
        user.m_mail = user.m_userPrincipalName;
    else
        user.m_mail = QString::fromUtf8(mail.data(), qsizetype(mail.size()));
    user.m_flags = flags;
    return user;
}

DirectoryUser DirectoryUser::fromJson(const JsonText &object)
{
    simdjson::ondemand::document document;
    if (!JsonRead::iterate(JsonRead::parser(), object, document))
        return {};
    simdjson::ondemand::object members;
    if (document.get_object().get(members) != simdjson::SUCCESS)
        return {};
    bool removed = false;
    return DirectoryUserDecoder::fromObject(members, &removed);
}

QList<DirectoryUser> DirectoryUser::listFromJson(const JsonText &items)
{
    QList<DirectoryUser> users;
    forEachObject(items, [&users](simdjson::ondemand::object &object) {
        bool removed = false;
        DirectoryUser user = DirectoryUserDecoder::fromObject(object, &removed);
        if (user.isValid())
            users.append(std::move(user));
    });
    return users;
}

DirectoryUser::Changes DirectoryUser::changesFromJson(const JsonText &items)
{
    Changes changes;
    forEachObject(items, [&changes](simdjson::ondemand::object &object) {
        bool removed = false;
        DirectoryUser user = DirectoryUserDecoder::fromObject(object, &removed);
        if (!user.isValid())
            return;
        if (removed)
            changes.removed.append(user.id());
        else
            changes.changed.append(std::move(user));
    });
    return changes;
}

QString DirectoryUser::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    appendFolded(out, text);
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

int DirectoryUser::roleCount() const
{
    return std::popcount(m_roles & ~RoleGroupMemberBit);
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

QStringList DirectoryUser::alternateEmails() const
{
    return m_alternateEmails.split(u'\n', Qt::SkipEmptyParts);
}

void DirectoryUser::setAlternateEmails(const QStringList &addresses)
{
    m_alternateEmails = addresses.join(u'\n');
}

void DirectoryUser::setFlag(Flag flag, bool on)
{
    m_flags = on ? quint16(m_flags | flag) : quint16(m_flags & ~flag);
}

void DirectoryUser::setLastPasswordChange(const QDateTime &when)
{
    m_lastPasswordChange = when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

void DirectoryUser::appendSearchKey(QByteArray &utf8) const
{
    // Mostly the mail is the user name: once is enough.
    const bool withMail = !m_mail.isEmpty() && m_mail.compare(m_userPrincipalName, Qt::CaseInsensitive) != 0;
    // '\n' never occurs in a name or address, so a search cannot match across two fields.
    appendFoldedUtf8(utf8, m_displayName);
    utf8 += '\n';
    appendFoldedUtf8(utf8, m_userPrincipalName);
    if (withMail) {
        utf8 += '\n';
        appendFoldedUtf8(utf8, m_mail);
    }
}

QByteArray DirectoryUser::searchKey() const
{
    QByteArray key;
    appendSearchKey(key);
    return key;
}
