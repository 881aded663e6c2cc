// SPDX-License-Identifier: MIT
#include "directory/RoleNames.h"

#include "directory/RoleTemplates.h"

#include <QHash>
#include <QLocale>

QString RoleNames::name(const QString &roleTemplateId)
{
    using namespace RoleTemplates;
    // Microsoft's own role names; the Swedish ones are those of Microsoft's Swedish admin center.
    static const QHash<QString, const char *> names{
        {GlobalAdministrator, QT_TR_NOOP("Global Administrator")},
        {PrivilegedAuthenticationAdministrator, QT_TR_NOOP("Privileged Authentication Administrator")},
        {PrivilegedRoleAdministrator, QT_TR_NOOP("Privileged Role Administrator")},
        {UserAdministrator, QT_TR_NOOP("User Administrator")},
        {AuthenticationAdministrator, QT_TR_NOOP("Authentication Administrator")},
        {HelpdeskAdministrator, QT_TR_NOOP("Helpdesk Administrator")},
        {PasswordAdministrator, QT_TR_NOOP("Password Administrator")},
        {GroupsAdministrator, QT_TR_NOOP("Groups Administrator")},
        {DirectoryReaders, QT_TR_NOOP("Directory Readers")},
        {GuestInviter, QT_TR_NOOP("Guest Inviter")},
        {MessageCenterReader, QT_TR_NOOP("Message Center Reader")},
        {ReportsReader, QT_TR_NOOP("Reports Reader")},
        {UsageSummaryReportsReader, QT_TR_NOOP("Usage Summary Reports Reader")},
        {GlobalReader, QT_TR_NOOP("Global Reader")},
        {DomainNameAdministrator, QT_TR_NOOP("Domain Name Administrator")},
        {SecurityReader, QT_TR_NOOP("Security Reader")},
        {SecurityAdministrator, QT_TR_NOOP("Security Administrator")},
    };
    const char *roleName = names.value(roleTemplateId.toLower(), nullptr);
    return roleName ? tr(roleName) : QString();
}

QString RoleNames::list(const QStringList &roleTemplateIds)
{
    // Roles that can reset passwords first, strongest first, so the one that matters is read first.
    const QStringList order = RoleTemplates::passwordResetRoles();
    QStringList sorted = roleTemplateIds;
    std::stable_sort(sorted.begin(), sorted.end(), [&order](const QString &a, const QString &b) {
        const auto rank = [&order](const QString &id) {
            const qsizetype index = order.indexOf(id);
            return index < 0 ? -1 : index;
        };
        return rank(a) > rank(b);
    });
    QStringList names;
    int unnamed = 0;
    for (const QString &id : sorted) {
        const QString roleName = name(id);
        if (roleName.isEmpty())
            ++unnamed;
        else
            names.append(roleName);
    }
    if (unnamed > 0)
        names.append(tr("%n other role(s)", nullptr, unnamed));
    if (names.isEmpty())
        return tr("None");
    return QLocale().createSeparatedList(names);
}
