// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

/**
 * Microsoft Entra built-in role template ids: the same in every tenant.
 * Roles are always keyed on these, never on display names (localised, renamed) or role object ids.
 */
namespace RoleTemplates {

inline const QString GlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
inline const QString PrivilegedAuthenticationAdministrator = QStringLiteral("7be44c8a-adaf-4e2a-84d6-ab2649e08a13");
inline const QString PrivilegedRoleAdministrator = QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
inline const QString UserAdministrator = QStringLiteral("fe930be7-5e62-47db-91af-98c3a49a38b1");
inline const QString AuthenticationAdministrator = QStringLiteral("c4e39bd9-1100-46d3-8c65-fb160da0071f");
inline const QString HelpdeskAdministrator = QStringLiteral("729827e3-9c14-49f7-bb1b-9608f156bbb8");
inline const QString PasswordAdministrator = QStringLiteral("966707d0-3269-4727-9be2-8c3a10f19b9d");
inline const QString GroupsAdministrator = QStringLiteral("fdd7a751-b60b-444a-984c-02652fe8fa1c");
inline const QString DirectoryReaders = QStringLiteral("88d8e3e3-8f55-4a1e-953a-9b9898b8876b");
inline const QString GuestInviter = QStringLiteral("95e79109-95c0-4d8e-aee3-d01accf2d47b");
inline const QString MessageCenterReader = QStringLiteral("790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b");
inline const QString ReportsReader = QStringLiteral("4a5d8f65-41da-4de4-8968-e035b65339cf");
inline const QString UsageSummaryReportsReader = QStringLiteral("75934031-6c7e-415a-99d7-48dbd49e875e");
inline const QString GlobalReader = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");
inline const QString DomainNameAdministrator = QStringLiteral("8329153b-31d0-4727-b945-745eb3bc5f31");
inline const QString SecurityReader = QStringLiteral("5d6b6bb7-de71-4623-b4af-96380a352509");
inline const QString SecurityAdministrator = QStringLiteral("194ae4cb-b126-40b2-bd5b-6091b380977d");

/** Roles that may reset at least some users' passwords (the columns of Entra's "Who can reset passwords"). */
inline QStringList passwordResetRoles()
{
    return {PasswordAdministrator, HelpdeskAdministrator, AuthenticationAdministrator, UserAdministrator,
            PrivilegedAuthenticationAdministrator, GlobalAdministrator};
}

} // namespace RoleTemplates
