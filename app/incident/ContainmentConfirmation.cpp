// SPDX-License-Identifier: MIT
#include "incident/ContainmentConfirmation.h"

#include "directory/DirectoryUser.h"
#include "directory/RoleTemplates.h"

const QStringList &ContainmentConfirmation::privilegedRoleTemplates()
{
    using namespace RoleTemplates;
    static const QStringList roles {GlobalAdministrator, PrivilegedRoleAdministrator,
        PrivilegedAuthenticationAdministrator, UserAdministrator, AuthenticationAdministrator,
        HelpdeskAdministrator, PasswordAdministrator, SecurityAdministrator, SecurityReader, GlobalReader,
        DomainNameAdministrator};
    return roles;
}

bool ContainmentConfirmation::isPrivileged(const DirectoryUser &user)
{
    if (user.hasOtherRole())
        return true;
    const QStringList held = user.roleTemplateIds();
    const QStringList &privileged = privilegedRoleTemplates();
    return std::any_of(
        held.cbegin(), held.cend(), [&](const QString &role) { return privileged.contains(role); });
}

bool ContainmentConfirmation::isRequired(int userCount, int privilegedCount)
{
    return userCount > userThreshold || privilegedCount > 0;
}

bool ContainmentConfirmation::matches(const QString &typed, const QString &domain)
{
    const QString expected = domain.trimmed();
    return !expected.isEmpty() && typed.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}
