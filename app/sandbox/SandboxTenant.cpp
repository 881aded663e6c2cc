// SPDX-License-Identifier: MIT
#include "sandbox/SandboxTenant.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace SandboxRoles {

QString displayName(const QString &templateId)
{
    static const QHash<QString, QString> names{
        {GlobalAdministrator, u"Global Administrator"_s},
        {PrivilegedAuthenticationAdministrator, u"Privileged Authentication Administrator"_s},
        {PrivilegedRoleAdministrator, u"Privileged Role Administrator"_s},
        {UserAdministrator, u"User Administrator"_s},
        {AuthenticationAdministrator, u"Authentication Administrator"_s},
        {HelpdeskAdministrator, u"Helpdesk Administrator"_s},
        {PasswordAdministrator, u"Password Administrator"_s},
        {GroupsAdministrator, u"Groups Administrator"_s},
        {DirectoryReaders, u"Directory Readers"_s},
        {GuestInviter, u"Guest Inviter"_s},
        {MessageCenterReader, u"Message Center Reader"_s},
        {ReportsReader, u"Reports Reader"_s},
        {UsageSummaryReportsReader, u"Usage Summary Reports Reader"_s},
        {GlobalReader, u"Global Reader"_s},
        {DomainNameAdministrator, u"Domain Name Administrator"_s},
        {SecurityReader, u"Security Reader"_s},
        {SecurityAdministrator, u"Security Administrator"_s},
    };
    return names.value(templateId);
}

QStringList all()
{
    return {GlobalAdministrator, PrivilegedAuthenticationAdministrator, PrivilegedRoleAdministrator,
            UserAdministrator, AuthenticationAdministrator, HelpdeskAdministrator, PasswordAdministrator,
            GroupsAdministrator, DirectoryReaders, GuestInviter, MessageCenterReader, ReportsReader,
            UsageSummaryReportsReader, GlobalReader, DomainNameAdministrator, SecurityReader,
            SecurityAdministrator};
}

} // namespace SandboxRoles

void SandboxTenant::addUser(SandboxUser user)
{
    const auto index = qsizetype(m_users.size());
    m_indexById.insert(user.id, index);
    m_indexByUpn.insert(user.userPrincipalName.toLower(), index);
    user.changeSequence = ++m_changeCounter;
    m_users.push_back(std::move(user));
}

void SandboxTenant::reserveUsers(qsizetype count)
{
    m_users.reserve(std::size_t(count));
    m_indexById.reserve(count);
    m_indexByUpn.reserve(count);
}

qsizetype SandboxTenant::liveUserCount() const
{
    qsizetype count = 0;
    for (const SandboxUser &user : m_users)
        count += user.deleted ? 0 : 1;
    return count;
}

SandboxUser *SandboxTenant::userById(const QString &id)
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.constEnd() || m_users[std::size_t(*found)].deleted)
        return nullptr;
    return &m_users[std::size_t(*found)];
}

const SandboxUser *SandboxTenant::userById(const QString &id) const
{
    return const_cast<SandboxTenant *>(this)->userById(id);
}

SandboxUser *SandboxTenant::userByIdOrUpn(const QString &key)
{
    if (SandboxUser *user = userById(key))
        return user;
    const auto found = m_indexByUpn.constFind(key.toLower());
    if (found == m_indexByUpn.constEnd() || m_users[std::size_t(*found)].deleted)
        return nullptr;
    return &m_users[std::size_t(*found)];
}

void SandboxTenant::touch(SandboxUser &user)
{
    user.changeSequence = ++m_changeCounter;
}

void SandboxTenant::deleteUser(const QString &id, bool permanently)
{
    const auto found = m_indexById.constFind(id);
    if (found == m_indexById.constEnd())
        return;
    SandboxUser &user = m_users[std::size_t(*found)];
    user.deleted = true;
    user.permanentlyDeleted = permanently;
    user.changeSequence = ++m_changeCounter;
}

QStringList SandboxTenant::rolesOf(const QString &userId, bool transitive) const
{
    const SandboxUser *user = userById(userId);
    if (!user)
        return {};
    QStringList roles = user->roleTemplateIds;
    if (transitive) {
        for (const SandboxGroup &group : groups) {
            if (!group.memberIds.contains(userId))
                continue;
            for (const QString &role : group.roleTemplateIds) {
                if (!roles.contains(role))
                    roles.append(role);
            }
        }
    }
    return roles;
}

const SandboxGroup *SandboxTenant::groupById(const QString &id) const
{
    for (const SandboxGroup &group : groups) {
        if (group.id.compare(id, Qt::CaseInsensitive) == 0)
            return &group;
    }
    return nullptr;
}

QStringList SandboxTenant::groupsOf(const QString &userId) const
{
    QStringList ids;
    for (const SandboxGroup &group : groups) {
        if (group.memberIds.contains(userId))
            ids.append(group.id);
    }
    return ids;
}

QStringList SandboxTenant::membersOfRole(const QString &templateId) const
{
    QSet<QString> members;
    for (const SandboxUser &user : m_users) {
        if (!user.deleted && user.roleTemplateIds.contains(templateId))
            members.insert(user.id);
    }
    for (const SandboxGroup &group : groups) {
        if (!group.roleTemplateIds.contains(templateId))
            continue;
        for (const QString &member : group.memberIds) {
            if (userById(member))
                members.insert(member);
        }
    }
    QStringList sorted(members.cbegin(), members.cend());
    sorted.sort();
    return sorted;
}

const SandboxApp *SandboxTenant::app(const QString &clientId) const
{
    for (const SandboxApp &candidate : apps) {
        if (candidate.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

SandboxDomain *SandboxTenant::domain(const QString &id)
{
    for (SandboxDomain &candidate : domains) {
        if (candidate.id.compare(id, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const SandboxDomain *SandboxTenant::defaultDomain() const
{
    for (const SandboxDomain &candidate : domains) {
        if (candidate.isDefault)
            return &candidate;
    }
    return domains.empty() ? nullptr : &domains.front();
}
