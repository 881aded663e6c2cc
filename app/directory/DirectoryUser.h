// SPDX-License-Identifier: MIT
#pragma once

#include "graph/JsonText.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * One user of the directory as the user list needs it: a compact value (a few shared strings
 * and bit fields), parsed straight from Graph's JSON for one user. 100,000 of these must stay
 * well under 1 KB each, so the folded search key is not kept here but in the list's
 * UserSearchKeys.
 */
class DirectoryUser final
{
public:
    /** Facts Graph may not have told (a separate report, a property not returned). */
    enum class TriState : quint8 { Unknown, Yes, No };

    enum Flag : quint16 {
        Licensed = 0x01, // assignedLicenses non-empty
        AccountEnabled = 0x02, // sign-in allowed
        Guest = 0x04, // userType Guest
        Synced = 0x08, // onPremisesSyncEnabled == true
        PasswordNeverExpires = 0x10, // passwordPolicies DisablePasswordExpiration
        WeakPasswordAllowed = 0x20, // passwordPolicies DisableStrongPassword
    };

    /** Bit of a role outside knownRoleTemplates() in roleMask(). */
    static constexpr quint32 OtherRoleBit = 0x80000000u;
    /**
     * Bit in roleMask() for a member of a role-assignable group: Entra lets only Privileged
     * Authentication and Global Administrators reset such a user, whatever the group's roles.
     */
    static constexpr quint32 RoleGroupMemberBit = 0x40000000u;

    /** Exactly the $select list the user list asks for. */
    static QString selectProperties();
    /** What one /users/delta page says changed: users whole, and the ids of deleted ones. */
    struct Changes
    {
        QList<DirectoryUser> changed;
        QStringList removed;
    };

    /** One user object of a /users or /users/delta page. Returns an invalid user without "id". */
    static DirectoryUser fromJson(const JsonText &object);
    /** The valid users of a page's "value" array (objects without an id are left out). */
    static QList<DirectoryUser> listFromJson(const JsonText &items);
    /** A /users/delta page's "value" array: changed users, and those marked "@removed". */
    static Changes changesFromJson(const JsonText &items);
    /** Lower-case, without diacritics ("Åsa Öberg" -> "asa oberg"), for search-as-you-type. */
    static QString fold(const QString &text);

    /** The built-in roles a role mask has bits for, in bit order (RoleTemplates.h). */
    static const QStringList &knownRoleTemplates();
    /** The bit of @p templateId, or OtherRoleBit for a role we do not know by id. */
    static quint32 roleBit(const QString &templateId);
    static quint32 roleMask(const QStringList &templateIds);

    bool isValid() const { return !m_id.isEmpty(); }
    const QString &id() const { return m_id; }
    const QString &displayName() const { return m_displayName; }
    const QString &userPrincipalName() const { return m_userPrincipalName; }
    const QString &mail() const { return m_mail; }
    /** otherMails: where a temporary password can be emailed to the user directly. */
    QStringList alternateEmails() const;
    /** Graph's preferredLanguage ("sv-SE", "en-US" or empty): the language of slips and emails. */
    const QString &preferredLanguage() const { return m_preferredLanguage; }
    /**
     * Appends fold(displayName) '\n' fold(userPrincipalName) ['\n' fold(mail)] to @p utf8, in
     * UTF-8; the mail only when it is not the user name.
     */
    void appendSearchKey(QByteArray &utf8) const;
    QByteArray searchKey() const;

    quint16 flags() const { return m_flags; }
    bool testFlag(Flag flag) const { return (m_flags & flag) != 0; }
    bool isLicensed() const { return testFlag(Licensed); }
    bool isAccountEnabled() const { return testFlag(AccountEnabled); }
    bool isGuest() const { return testFlag(Guest); }
    bool isSynced() const { return testFlag(Synced); }
    bool passwordNeverExpires() const { return testFlag(PasswordNeverExpires); }
    bool weakPasswordAllowed() const { return testFlag(WeakPasswordAllowed); }
    bool hasAlternateEmail() const { return !m_alternateEmails.isEmpty(); }

    /** Milliseconds since the epoch (UTC); 0 when Graph sent none. */
    qint64 lastPasswordChangeMSecs() const { return m_lastPasswordChange; }
    QDateTime lastPasswordChange() const;

    TriState selfServiceRegistered() const { return m_selfServiceRegistered; }
    /** From passwordProfile; Unknown when the page did not carry it. */
    TriState mustChangeAtNextSignIn() const { return m_mustChange; }

    /** Bits over knownRoleTemplates(), plus OtherRoleBit and RoleGroupMemberBit. */
    quint32 roleMask() const { return m_roles; }
    bool isAdmin() const { return m_roles != 0; }
    bool hasRole(const QString &templateId) const;
    /**
     * Role template ids of the known roles held, directly or through a role-assignable group (an
     * unknown role cannot be named from the mask).
     */
    QStringList roleTemplateIds() const;
    bool hasOtherRole() const { return (m_roles & OtherRoleBit) != 0; }
    /** Roles held, the unknown ones counted as one. */
    int roleCount() const;
    /** Member of a role-assignable group that holds a role. */
    bool isRoleGroupMember() const { return (m_roles & RoleGroupMemberBit) != 0; }

    void setId(const QString &id) { m_id = id; }
    void setDisplayName(const QString &name) { m_displayName = name; }
    void setUserPrincipalName(const QString &upn) { m_userPrincipalName = upn; }
    void setMail(const QString &mail) { m_mail = mail; }
    void setAlternateEmails(const QStringList &addresses);
    void setPreferredLanguage(const QString &language) { m_preferredLanguage = language; }
    void setFlag(Flag flag, bool on = true);
    void setLastPasswordChange(const QDateTime &when);
    void setSelfServiceRegistered(TriState state) { m_selfServiceRegistered = state; }
    void setMustChangeAtNextSignIn(TriState state) { m_mustChange = state; }
    void setRoleMask(quint32 mask) { m_roles = mask; }

private:
    friend class DirectoryUserDecoder;
    QString m_id;
    QString m_displayName;
    QString m_userPrincipalName;
    QString m_mail;
    QString m_alternateEmails; // otherMails joined by '\n': one string, as most have one or none
    QString m_preferredLanguage; // shared between users of the same language
    qint64 m_lastPasswordChange = 0;
    quint32 m_roles = 0;
    quint16 m_flags = 0;
    TriState m_selfServiceRegistered = TriState::Unknown;
    TriState m_mustChange = TriState::Unknown;
};
