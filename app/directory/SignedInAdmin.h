// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/** The account ResetDesk is signed in with: who, and which admin roles it holds (transitively). */
struct SignedInAdmin
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    QString mail;
    QStringList otherMails;
    QString mobilePhone;
    /** Role template ids; through role-assignable groups too (transitiveMemberOf). */
    QStringList roleTemplateIds;
    /**
     * False when the token may not read roles (no RoleManagement.Read.Directory consent): Graph
     * then returns roles "with limited information" and nothing can be said about them.
     */
    bool rolesKnown = false;

    bool isValid() const { return !id.isEmpty(); }
    /** Holds at least one role that can reset some users' passwords. */
    bool canResetPasswords() const;
    /** The organisation's domain as the user principal name shows it. */
    QString domain() const { return userPrincipalName.section(u'@', 1); }
};
