// SPDX-License-Identifier: MIT
// Hand-built users for the bulk planning tests (same JSON parser as real pages), one per
// pre-flight category, and the admin who plans the run.
#pragma once

#include "../directory/DirectoryTestUsers.h"

#include "bulk/BulkTarget.h"
#include "directory/RoleTemplates.h"
#include "directory/SignedInAdmin.h"

namespace BulkTestUsers {

using Spec = DirectoryTestUsers::Spec;

inline DirectoryUser user(const Spec &spec, const QStringList &roles = {})
{
    DirectoryUser made = DirectoryTestUsers::user(spec);
    made.setRoleMask(DirectoryUser::roleMask(roles));
    return made;
}

/** A Helpdesk Administrator whose roles were read. */
inline SignedInAdmin helpdeskAdmin(bool rolesKnown = true)
{
    SignedInAdmin admin;
    admin.id = QStringLiteral("id-admin");
    admin.displayName = QStringLiteral("Helena Admin");
    admin.userPrincipalName = QStringLiteral("helena@contoso.se");
    admin.roleTemplateIds = {RoleTemplates::HelpdeskAdministrator};
    admin.rolesKnown = rolesKnown;
    return admin;
}

/**
 * One user per category for helpdeskAdmin(), in the enum's order: the admin, an excluded
 * break-glass account, a guest, a synced user, a Global Administrator (beyond Helpdesk), a
 * blocked user and a plain one.
 */
inline QList<DirectoryUser> oneOfEach()
{
    using namespace RoleTemplates;
    return {
        user(
            {QStringLiteral("id-admin"), QStringLiteral("Helena Admin"), QStringLiteral("helena@contoso.se")},
            {HelpdeskAdministrator}),
        user({QStringLiteral("id-glass"), QStringLiteral("Break Glass"), QStringLiteral("glass@contoso.se")}),
        user({.id = QStringLiteral("id-guest"),
            .displayName = QStringLiteral("Gustav Guest"),
            .upn = QStringLiteral("gustav_fabrikam.com#EXT#@contoso.se"),
            .guest = true}),
        user({.id = QStringLiteral("id-synced"),
            .displayName = QStringLiteral("Sara Synced"),
            .upn = QStringLiteral("sara@contoso.se"),
            .synced = true}),
        user(
            {QStringLiteral("id-global"), QStringLiteral("Greta Global"), QStringLiteral("greta@contoso.se")},
            {GlobalAdministrator}),
        user({.id = QStringLiteral("id-blocked"),
            .displayName = QStringLiteral("Bo Blocked"),
            .upn = QStringLiteral("bo@contoso.se"),
            .enabled = false}),
        user(
            {QStringLiteral("id-anna"), QStringLiteral("Anna Andersson"), QStringLiteral("anna@contoso.se")}),
    };
}

inline QList<BulkTarget> targets(const QList<DirectoryUser> &users)
{
    QList<BulkTarget> result;
    for (const DirectoryUser &directoryUser : users)
        result.append(BulkTarget {directoryUser, {}, 0});
    return result;
}

} // namespace BulkTestUsers
