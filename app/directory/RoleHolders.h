// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/**
 * Who holds which directory role, as Entra evaluates it for "who can reset whom": directly, or
 * through a role-assignable group the user is a member of.
 */
struct RoleHolders
{
    /** Role template ids per user id, direct and through groups; users without a role are absent. */
    QHash<QString, QStringList> roleTemplateIdsByUser;
    /** Per user id: the names of the role-assignable groups holding a role the user is a member of. */
    QHash<QString, QStringList> roleGroupsByUser;
    /** Role-assignable groups whose members could not be read: the roles they give are missing. */
    int unreadGroups = 0;
};
