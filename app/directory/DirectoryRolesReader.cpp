// SPDX-License-Identifier: MIT
#include "directory/DirectoryRolesReader.h"

#include "graph/GraphClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcRoles, "resetdesk.directory.roles")

const auto UserType = "#microsoft.graph.user"_L1;
const auto GroupType = "#microsoft.graph.group"_L1;

void addRole(QStringList &roles, const QString &templateId)
{
    if (!roles.contains(templateId))
        roles.append(templateId);
}

} // namespace

DirectoryRolesReader::DirectoryRolesReader(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

DirectoryRolesReader::~DirectoryRolesReader()
{
    cancel();
}

void DirectoryRolesReader::start()
{
    cancel();
    m_direct.clear();
    m_groups.clear();
    m_readingGroups = false;
    m_pending = 1;
    GraphQuery query;
    // The groups' names come along, for the admin to see why a user holds a role.
    query.addQueryItem(u"$expand"_s, u"members($select=id,displayName)"_s);
    m_rolesCall = m_client->send(GraphRequest::get(u"/directoryRoles"_s, query));
    const quint64 generation = m_generation;
    connect(m_rolesCall, &GraphCall::finished, this, [this, generation](const GraphResponse &response) {
        if (generation != m_generation)
            return;
        if (!response.ok()) {
            Q_EMIT finished({}, response.error);
            return;
        }
        rolesReceived(response.object().value("value"_L1).toArray());
    });
}

void DirectoryRolesReader::cancel()
{
    // Cancelling emits finished() synchronously; the generation makes the handlers ignore it.
    ++m_generation;
    if (m_rolesCall)
        m_rolesCall->cancel();
    for (const QPointer<GraphPageReader> &reader : std::exchange(m_readers, {})) {
        if (reader)
            reader->cancel();
    }
}

void DirectoryRolesReader::rolesReceived(const QJsonArray &roles)
{
    for (const QJsonValue &roleValue : roles) {
        const QJsonObject role = roleValue.toObject();
        const QString templateId = role.value("roleTemplateId"_L1).toString().toLower();
        if (templateId.isEmpty())
            continue;
        const QJsonArray members = role.value("members"_L1).toArray();
        addMembers(templateId, members);
        if (members.size() >= ExpandLimit)
            readRoleInFull(role.value("id"_L1).toString(), templateId);
    }
    partDone();
}

void DirectoryRolesReader::addMembers(const QString &templateId, const QJsonArray &members)
{
    for (const QJsonValue &memberValue : members) {
        const QJsonObject member = memberValue.toObject();
        const QString type = member.value("@odata.type"_L1).toString();
        const QString id = member.value("id"_L1).toString();
        if (id.isEmpty())
            continue;
        if (type.isEmpty() || type == UserType) {
            addRole(m_direct[id], templateId);
        } else if (type == GroupType) {
            RoleGroup &group = m_groups[id];
            // Without permission to read groups their names come back null.
            group.displayName = member.value("displayName"_L1).toString(group.displayName);
            addRole(group.roleTemplateIds, templateId);
        }
        // Other members (service principals) are not in the user list.
    }
}

void DirectoryRolesReader::readRoleInFull(const QString &roleId, const QString &templateId)
{
    ++m_pending;
    GraphQuery query;
    query.addQueryItem(u"$select"_s, u"id,displayName"_s);
    const QString path = u"/directoryRoles/"_s + GraphRequest::segment(roleId) + u"/members"_s;
    GraphPageReader *reader = m_client->readPages(GraphRequest::get(path, query));
    m_readers.append(reader);
    const quint64 generation = m_generation;
    connect(reader, &GraphPageReader::pageReceived, this,
        [this, generation, templateId](const QJsonArray &items, const QJsonObject &) {
            if (generation == m_generation)
                addMembers(templateId, items);
        });
    connect(reader, &GraphPageReader::finished, this, [this, generation](const GraphError &error) {
        if (generation != m_generation)
            return;
        // The members $expand brought stay; only those past its limit are missing.
        if (error.isError())
            qCInfo(lcRoles) << "a role's members could not be read in full:" << error.technicalSummary();
        partDone();
    });
}

void DirectoryRolesReader::readGroups()
{
    m_readingGroups = true;
    m_pending = 1;
    const quint64 generation = m_generation;
    const QStringList groupIds = m_groups.keys();
    for (const QString &groupId : groupIds) {
        ++m_pending;
        GraphQuery query;
        query.addQueryItem(u"$select"_s, u"id"_s);
        query.addQueryItem(u"$top"_s, u"999"_s);
        const QString path = u"/groups/"_s + GraphRequest::segment(groupId) + u"/members"_s;
        GraphPageReader *reader = m_client->readPages(GraphRequest::get(path, query));
        m_readers.append(reader);
        connect(reader, &GraphPageReader::pageReceived, this,
            [this, generation, groupId](const QJsonArray &items, const QJsonObject &) {
                if (generation != m_generation)
                    return;
                RoleGroup &group = m_groups[groupId];
                for (const QJsonValue &item : items) {
                    const QJsonObject member = item.toObject();
                    const QString type = member.value("@odata.type"_L1).toString();
                    if (type.isEmpty() || type == UserType)
                        group.memberIds.append(member.value("id"_L1).toString());
                }
            });
        connect(
            reader, &GraphPageReader::finished, this, [this, generation, groupId](const GraphError &error) {
                if (generation != m_generation)
                    return;
                if (error.isError())
                    qCInfo(lcRoles) << "a role-assignable group's members could not be read:"
                                    << error.technicalSummary();
                else
                    m_groups[groupId].read = true;
                partDone();
            });
    }
    partDone();
}

void DirectoryRolesReader::partDone()
{
    if (--m_pending > 0)
        return;
    if (m_readingGroups)
        finish();
    else
        readGroups();
}

void DirectoryRolesReader::finish()
{
    m_readers.clear();
    RoleHolders holders;
    holders.roleTemplateIdsByUser = std::exchange(m_direct, {});
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const RoleGroup &group = it.value();
        if (!group.read) {
            ++holders.unreadGroups;
            continue;
        }
        const QString name = group.displayName.isEmpty() ? it.key() : group.displayName;
        for (const QString &userId : group.memberIds) {
            QStringList &roles = holders.roleTemplateIdsByUser[userId];
            for (const QString &templateId : group.roleTemplateIds)
                addRole(roles, templateId);
            QStringList &groups = holders.roleGroupsByUser[userId];
            if (!groups.contains(name))
                groups.append(name);
        }
    }
    for (QStringList &groups : holders.roleGroupsByUser)
        groups.sort(Qt::CaseInsensitive);
    m_groups.clear();
    Q_EMIT finished(holders, GraphError());
}
