// SPDX-License-Identifier: MIT
// Roles held through role-assignable groups reach the user list: UserDirectoryLoader against
// the sandbox over real HTTP, with one /groups/{id}/members read per group that holds a role.
#include "DirectoryLoadRig.h"
#include "SandboxGraphClient.h"

#include "directory/AdminProfileLoader.h"
#include "directory/RoleTemplates.h"
#include "reset/ResetPermissions.h"
#include "sandbox/SandboxPermissions.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"

#include <QSignalSpy>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Archetype = TenantGenerator::Archetype;

SandboxOptions options(int users)
{
    SandboxOptions result = SandboxFixture::defaultOptions();
    result.userCount = users;
    return result;
}

const SandboxUser &userOf(SandboxFixture &fixture, Archetype archetype)
{
    const SandboxUser *user = fixture.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
    REQUIRE(user);
    return *user;
}

SandboxGroup &groupNamed(SandboxFixture &fixture, const QString &name)
{
    for (SandboxGroup &group : fixture.tenant().groups) {
        if (group.displayName == name)
            return group;
    }
    FAIL("no group " << name.toStdString());
    return fixture.tenant().groups.front();
}

/** Requests for the members of a group, whatever the group. */
qsizetype groupMemberRequests(const SandboxFixture &fixture)
{
    qsizetype count = 0;
    for (const RequestLogEntry &entry : const_cast<SandboxFixture &>(fixture).context().log.entries())
        count += entry.path.contains(u"/groups/"_s) && entry.path.endsWith(u"/members"_s) ? 1 : 0;
    return count;
}

QString adminRolesText(LoaderRig &rig, const QString &userId)
{
    return rig.model.index(rig.model.rowOf(userId), UserListModel::AdminRoles).data().toString();
}

} // namespace

TEST_CASE("UserDirectoryLoader: roles held through role-assignable groups reach the list, one read per group",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(300));
    LoaderRig rig(fixture, 999);
    QSignalSpy roles(&rig.loader, &UserDirectoryLoader::rolesReceived);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(roles.size() == 1);

    // Every user's roles as Entra evaluates them: direct and through groups.
    const SandboxTenant &tenant = fixture.tenant();
    for (const SandboxUser &truth : tenant.users()) {
        if (truth.deleted)
            continue;
        const DirectoryUser &user = rig.model.userAt(rig.model.rowOf(truth.id));
        INFO(truth.userPrincipalName.toStdString());
        for (const QString &role : tenant.rolesOf(truth.id, true))
            CHECK(user.hasRole(role));
        CHECK(user.isRoleGroupMember() == !tenant.groupsOf(truth.id).isEmpty());
    }

    const QString tove = userOf(fixture, Archetype::RoleGroupUserAdministrator).id;
    const QString ida = userOf(fixture, Archetype::RoleGroupMember).id;
    const DirectoryUser &toveRow = rig.model.userAt(rig.model.rowOf(tove));
    CHECK(toveRow.roleTemplateIds() == QStringList {RoleTemplates::UserAdministrator});
    CHECK(toveRow.isAdmin());
    CHECK(adminRolesText(rig, tove) == u"User Administrator"_s);
    CHECK(adminRolesText(rig, ida) == u"Helpdesk Administrator"_s);
    CHECK(rig.model.roleGroupsOf(tove) == QStringList {TenantGenerator::userAdminGroupName()});
    CHECK(rig.model.roleGroupsOf(ida) == QStringList {TenantGenerator::itSupportGroupName()});
    CHECK(rig.model.roleGroupsOf(fixture.adminId()).isEmpty());
    CHECK(rig.model.unreadRoleGroups() == 0);

    // The admins filter shows them.
    rig.proxy.setQuickFilter(UserFilterProxyModel::QuickFilter::Admins);
    QStringList shown;
    for (int row = 0; row < rig.proxy.rowCount(); ++row)
        shown.append(rig.proxy.index(row, 0).data(UserListModel::UserIdRole).toString());
    CHECK(shown.contains(tove));
    CHECK(shown.contains(ida));

    // Throttling cost: the role list once, then one members read per group that holds a role.
    CHECK(rig.requestsTo(u"/directoryRoles"_s) == 1);
    CHECK(groupMemberRequests(fixture) == qsizetype(tenant.groups.size()));
    CHECK(tenant.groups.size() == 2);
}

TEST_CASE("UserDirectoryLoader: a role-assignable group larger than a page is read to its end",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(1500));
    SandboxGroup &group = groupNamed(fixture, TenantGenerator::userAdminGroupName());
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (group.memberIds.size() == 1200)
            break;
        if (!user.deleted && !group.memberIds.contains(user.id) && user.id != fixture.adminId())
            group.memberIds.append(user.id);
    }
    REQUIRE(group.memberIds.size() == 1200);

    LoaderRig rig(fixture, 999);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    for (const QString &id : std::as_const(group.memberIds)) {
        const DirectoryUser &user = rig.model.userAt(rig.model.rowOf(id));
        CHECK(user.hasRole(RoleTemplates::UserAdministrator));
        CHECK(user.isRoleGroupMember());
    }
    // 999 per page: two pages for this group, one for the other.
    CHECK(groupMemberRequests(fixture) == 3);
}

TEST_CASE("UserDirectoryLoader: a refresh reads the groups' members again", "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(120));
    LoaderRig rig(fixture, 999);
    rig.runToEnd([&] { rig.loader.load(); });
    const QString elsa = userOf(fixture, Archetype::PlainUser).id;
    CHECK_FALSE(rig.model.userAt(rig.model.rowOf(elsa)).isAdmin());

    groupNamed(fixture, TenantGenerator::userAdminGroupName()).memberIds.append(elsa);
    rig.runToEnd([&] { rig.loader.refresh(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(rig.model.userAt(rig.model.rowOf(elsa)).hasRole(RoleTemplates::UserAdministrator));
    CHECK(rig.model.userAt(rig.model.rowOf(elsa)).isRoleGroupMember());
    CHECK(adminRolesText(rig, elsa) == u"User Administrator"_s);
}

TEST_CASE("UserDirectoryLoader: without permission to read groups the direct roles still load",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(120));
    LoaderRig rig(fixture, 999, [&fixture] {
        return fixture.adminToken({u"User.Read"_s, u"User.Read.All"_s, u"RoleManagement.Read.Directory"_s});
    });
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(rig.model.rolesKnown());
    CHECK(rig.model.userAt(rig.model.rowOf(userOf(fixture, Archetype::UserAdministrator).id))
              .hasRole(RoleTemplates::UserAdministrator));
    // The groups' members are not known: the list says so rather than "no role".
    CHECK(rig.model.unreadRoleGroups() == 2);
    const DirectoryUser &tove
        = rig.model.userAt(rig.model.rowOf(userOf(fixture, Archetype::RoleGroupUserAdministrator).id));
    CHECK_FALSE(tove.hasRole(RoleTemplates::UserAdministrator));
}

TEST_CASE("ResetPermissions: the list's roles and the admin's own predict every refusal of the sandbox",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(120));
    LoaderRig rig(fixture, 999);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    const SandboxTenant &tenant = fixture.tenant();

    // Callers with a role directly and through a group; their roles read as after sign-in.
    for (const Archetype caller :
        {Archetype::PasswordAdministrator, Archetype::HelpdeskAdministrator, Archetype::UserAdministrator,
            Archetype::AuthenticationAdministrator, Archetype::PrivilegedAuthenticationAdministrator,
            Archetype::RoleGroupMember, Archetype::RoleGroupUserAdministrator}) {
        const QString callerId = userOf(fixture, caller).id;
        SandboxGraphClient graph(fixture,
            [&fixture, callerId] { return fixture.tokenFor(callerId, SandboxFixture::allScopes()); });
        AdminProfileLoader profile(&graph.client);
        std::optional<SignedInAdmin> loaded;
        QObject::connect(
            &profile, &AdminProfileLoader::loaded, [&loaded](const SignedInAdmin &admin) { loaded = admin; });
        profile.load();
        REQUIRE(waitUntil([&] { return loaded.has_value(); }, 10000));
        const SignedInAdmin admin = *loaded;
        REQUIRE(admin.rolesKnown);
        QStringList expected = tenant.rolesOf(callerId, true);
        QStringList got = admin.roleTemplateIds;
        expected.sort();
        got.sort();
        CHECK(got == expected);

        for (const DirectoryUser &target : rig.model.users()) {
            if (target.id() == callerId || target.isGuest())
                continue;
            INFO(TenantGenerator::archetypeUpn(caller).toStdString()
                << " resets " << target.userPrincipalName().toStdString());
            CHECK(ResetPermissions::canResetUser(admin.roleTemplateIds, target)
                == SandboxPermissions::canResetPassword(tenant, callerId, target.id()));
        }
    }
}
