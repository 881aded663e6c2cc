// SPDX-License-Identifier: MIT
#pragma once

#include "directory/RoleHolders.h"
#include "graph/GraphError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class GraphCall;
class GraphClient;
class GraphPageReader;
class QJsonArray;

/**
 * Reads who holds which directory role as Entra evaluates it, for the whole directory at once
 * (Graph v1.0 only):
 *
 * 1. GET /directoryRoles?$expand=members($select=id,displayName): every activated role with its
 *    direct members, in one call. $expand returns at most ExpandLimit members (Graph known issue
 *    13635), so a role with that many is read again through /directoryRoles/{id}/members.
 * 2. A role held through a role-assignable group lists the group among its members, not the
 *    group's users: GET /groups/{id}/members?$select=id&$top=999 once per such group, and its
 *    users hold all the group's roles. Role-assignable groups cannot contain groups, so one level
 *    is the whole story.
 *
 * So a load costs one call, one more per role of ExpandLimit members or more, and one per
 * role-assignable group holding a role; nothing per user. Reading a group's members needs
 * GroupMember.Read.All (or Group.Read.All, Directory.Read.All); without it the group is counted
 * in RoleHolders::unreadGroups and the other roles still arrive.
 */
class DirectoryRolesReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryRolesReader)
public:
    /** Most directory objects one $expand returns; a role with this many is read in full. */
    static constexpr int ExpandLimit = 100;

    explicit DirectoryRolesReader(GraphClient *client, QObject *parent = nullptr);
    ~DirectoryRolesReader() override;

    /** Starts reading; a reading under way is abandoned first. */
    void start();
    /** Abandons the reading under way: finished() does not follow. */
    void cancel();

Q_SIGNALS:
    /**
     * The roles were read. @p error is set when the list of roles itself could not be read;
     * @p holders is then empty.
     */
    void finished(const RoleHolders &holders, const GraphError &error);

private:
    /** A role-assignable group among the roles' members. */
    struct RoleGroup
    {
        QString displayName;
        QStringList roleTemplateIds;
        QStringList memberIds;
        bool read = false;
    };

    void rolesReceived(const QJsonArray &roles);
    void addMembers(const QString &templateId, const QJsonArray &members);
    void readRoleInFull(const QString &roleId, const QString &templateId);
    void readGroups();
    void partDone();
    void finish();

    GraphClient *m_client;
    QPointer<GraphCall> m_rolesCall;
    QList<QPointer<GraphPageReader>> m_readers;
    /** Direct roles per user id. */
    QHash<QString, QStringList> m_direct;
    QHash<QString, RoleGroup> m_groups;
    /** Reads of this phase still under way (the role list and big roles first, then the groups). */
    int m_pending = 0;
    bool m_readingGroups = false;
    quint64 m_generation = 0;
};
