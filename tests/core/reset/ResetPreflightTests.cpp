// SPDX-License-Identifier: MIT
// ResetPermissions (Entra's "Who can reset passwords" table, transcribed here row by row) and
// ResetPreflight's verdicts.
#include "CatchQt.h"

#include "directory/DirectoryUser.h"
#include "directory/RoleTemplates.h"
#include "directory/SignedInAdmin.h"
#include "reset/ResetPermissions.h"
#include "reset/ResetPreflight.h"
#include "reset/ResetRequest.h"

using namespace Qt::Literals::StringLiterals;
using namespace RoleTemplates;
using Verdict = ResetPreflight::Verdict;

namespace {

DirectoryUser user(const QString &id, const QStringList &roles = {}, quint16 flags = 0)
{
    DirectoryUser target;
    target.setId(id);
    target.setUserPrincipalName(id + u"@kvarnby.se"_s);
    target.setRoleMask(DirectoryUser::roleMask(roles));
    for (quint16 bit = 1; bit; bit <<= 1) {
        if (flags & bit)
            target.setFlag(DirectoryUser::Flag(bit));
    }
    return target;
}

/** A user who holds @p roles through a role-assignable group (and maybe others directly). */
DirectoryUser roleGroupMember(const QString &id, const QStringList &roles)
{
    DirectoryUser target = user(id, roles);
    target.setRoleMask(target.roleMask() | DirectoryUser::RoleGroupMemberBit);
    return target;
}

SignedInAdmin admin(const QStringList &roles, bool rolesKnown = true)
{
    SignedInAdmin signedIn;
    signedIn.id = u"admin-id"_s;
    signedIn.userPrincipalName = u"admin@kvarnby.se"_s;
    signedIn.roleTemplateIds = roles;
    signedIn.rolesKnown = rolesKnown;
    return signedIn;
}

struct MatrixRow
{
    QString targetRole; // empty: a user without an admin role
    const char *columns; // Password, Helpdesk, Auth, User, PrivAuth, Global: 'Y' or '.'
};

} // namespace

TEST_CASE("ResetPermissions: every cell of the who-can-reset matrix", "[reset][preflight]")
{
    const QStringList callers {PasswordAdministrator, HelpdeskAdministrator, AuthenticationAdministrator,
        UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    const QList<MatrixRow> rows {
        {AuthenticationAdministrator, "..Y.YY"},
        {DirectoryReaders, "YYYYYY"},
        {GlobalAdministrator, "....YY"},
        {GroupsAdministrator, "...YYY"},
        {GuestInviter, "YYYYYY"},
        {HelpdeskAdministrator, ".Y.YYY"},
        {MessageCenterReader, ".YYYYY"},
        {PasswordAdministrator, "YYYYYY"},
        {PrivilegedAuthenticationAdministrator, "....YY"},
        {PrivilegedRoleAdministrator, "....YY"},
        {ReportsReader, ".YYYYY"},
        {QString(), "YYYYYY"},
        {UserAdministrator, "...YYY"},
        {UsageSummaryReportsReader, ".YYYYY"},
        // "All other built-in and custom roles".
        {GlobalReader, "....YY"},
        {SecurityAdministrator, "....YY"},
        {DomainNameAdministrator, "....YY"},
    };
    for (const MatrixRow &row : rows) {
        for (int column = 0; column < callers.size(); ++column) {
            INFO("target role " << row.targetRole.toStdString() << " caller column " << column);
            const QStringList targetRoles
                = row.targetRole.isEmpty() ? QStringList() : QStringList {row.targetRole};
            CHECK(ResetPermissions::canResetPassword({callers.at(column)}, targetRoles)
                == (row.columns[column] == 'Y'));
        }
    }
}

TEST_CASE("ResetPermissions: unknown roles and role mixes need one caller role that covers them all",
    "[reset][preflight]")
{
    // A custom role the list does not know: only Privileged Authentication and Global Administrators.
    CHECK_FALSE(ResetPermissions::canResetPassword({UserAdministrator}, {}, true));
    CHECK(ResetPermissions::canResetPassword({PrivilegedAuthenticationAdministrator}, {}, true));
    // Helpdesk + Authentication Administrator target: no column of the two caller roles covers both rows.
    const QStringList mixed {HelpdeskAdministrator, AuthenticationAdministrator};
    CHECK_FALSE(
        ResetPermissions::canResetPassword({HelpdeskAdministrator, AuthenticationAdministrator}, mixed));
    CHECK(ResetPermissions::canResetPassword({GlobalAdministrator}, mixed));
    // No reset role at all, or roles that cannot reset anyone.
    CHECK_FALSE(ResetPermissions::canResetPassword({}, {}));
    CHECK_FALSE(ResetPermissions::canResetPassword({GlobalReader, ReportsReader}, {}));
    // Template ids are compared case-insensitively.
    CHECK(ResetPermissions::canResetPassword({HelpdeskAdministrator.toUpper()}, {}));
    // Writeback additionally needs an authentication-admin role.
    CHECK_FALSE(ResetPermissions::canResetWithWriteback({HelpdeskAdministrator, UserAdministrator}, {}));
    CHECK(ResetPermissions::canResetWithWriteback({AuthenticationAdministrator}, {}));
    CHECK_FALSE(ResetPermissions::canResetWithWriteback({AuthenticationAdministrator}, {UserAdministrator}));
}

TEST_CASE("ResetPermissions: a member of a role-assignable group needs a privileged authentication role",
    "[reset][preflight]")
{
    const QStringList callers {PasswordAdministrator, HelpdeskAdministrator, AuthenticationAdministrator,
        UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator};
    // "User, no role but member/owner of a role-assignable group", and with the roles it gives.
    for (const QStringList &roles : {QStringList(), QStringList {HelpdeskAdministrator},
             QStringList {UserAdministrator}, QStringList {PasswordAdministrator}}) {
        const DirectoryUser member = roleGroupMember(u"member"_s, roles);
        CHECK(member.isRoleGroupMember());
        CHECK(member.roleTemplateIds() == roles);
        CHECK(ResetPermissions::callersForUser(member)
            == QStringList {PrivilegedAuthenticationAdministrator, GlobalAdministrator});
        for (int column = 0; column < callers.size(); ++column) {
            INFO("roles " << roles.join(u',').toStdString() << " caller column " << column);
            CHECK(ResetPermissions::canResetUser({callers.at(column)}, member) == (column >= 4));
        }
    }
    // A user without the flag keeps the matrix row of their roles.
    CHECK(ResetPermissions::callersForUser(user(u"ua"_s, {UserAdministrator}))
        == QStringList {UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator});
    CHECK(ResetPermissions::canResetUserWithWriteback({AuthenticationAdministrator}, user(u"plain"_s)));
    CHECK_FALSE(ResetPermissions::canResetUserWithWriteback(
        {AuthenticationAdministrator}, roleGroupMember(u"member"_s, {})));
}

TEST_CASE("ResetPreflight: a role held through a group is checked like Entra does", "[reset][preflight]")
{
    // A Helpdesk Administrator may reset another Helpdesk Administrator, but not one who holds
    // the role through a role-assignable group.
    const DirectoryUser direct = user(u"hd"_s, {HelpdeskAdministrator});
    const DirectoryUser throughGroup = roleGroupMember(u"ida"_s, {HelpdeskAdministrator});
    const SignedInAdmin helpdesk = admin({HelpdeskAdministrator});
    CHECK(ResetPreflight::check(direct, helpdesk, ResetRequest::forUser(direct)).verdict == Verdict::Allowed);
    CHECK(ResetPreflight::check(throughGroup, helpdesk, ResetRequest::forUser(throughGroup)).verdict
        == Verdict::RoleCannotReset);
    const DirectoryUser userAdmin = roleGroupMember(u"tove"_s, {UserAdministrator});
    CHECK(
        ResetPreflight::check(userAdmin, admin({UserAdministrator}), ResetRequest::forUser(userAdmin)).verdict
        == Verdict::RoleCannotReset);
    CHECK(ResetPreflight::check(
              userAdmin, admin({PrivilegedAuthenticationAdministrator}), ResetRequest::forUser(userAdmin))
              .verdict
        == Verdict::Allowed);
}

TEST_CASE("ResetPreflight: a plain user may be reset by a Helpdesk Administrator", "[reset][preflight]")
{
    const DirectoryUser target = user(u"plain"_s);
    const auto result
        = ResetPreflight::check(target, admin({HelpdeskAdministrator}), ResetRequest::forUser(target));
    CHECK(result.verdict == Verdict::Allowed);
    CHECK(result.allowed());
    CHECK_FALSE(result.rolesUnverified);
}

TEST_CASE("ResetPreflight: the admin's own account points to change my password", "[reset][preflight]")
{
    const DirectoryUser self = user(u"admin-id"_s, {GlobalAdministrator});
    CHECK(ResetPreflight::check(self, admin({GlobalAdministrator}), ResetRequest::forUser(self)).verdict
        == Verdict::SelfReset);
}

TEST_CASE("ResetPreflight: guests are refused", "[reset][preflight]")
{
    const DirectoryUser guest = user(u"guest"_s, {}, DirectoryUser::Guest);
    CHECK(ResetPreflight::check(guest, admin({GlobalAdministrator}), ResetRequest::forUser(guest)).verdict
        == Verdict::Guest);
}

TEST_CASE("ResetPreflight: a role the admin cannot reset is blocked before sending", "[reset][preflight]")
{
    const DirectoryUser userAdmin = user(u"ua"_s, {UserAdministrator});
    CHECK(ResetPreflight::check(userAdmin, admin({HelpdeskAdministrator}), ResetRequest::forUser(userAdmin))
              .verdict
        == Verdict::RoleCannotReset);
    CHECK(
        ResetPreflight::check(userAdmin, admin({UserAdministrator}), ResetRequest::forUser(userAdmin)).verdict
        == Verdict::Allowed);
    const DirectoryUser global = user(u"ga"_s, {GlobalAdministrator});
    CHECK(ResetPreflight::check(global, admin({UserAdministrator}), ResetRequest::forUser(global)).verdict
        == Verdict::RoleCannotReset);
    // An admin whose roles could not be read is let through; the server decides.
    const auto unverified = ResetPreflight::check(global, admin({}, false), ResetRequest::forUser(global));
    CHECK(unverified.verdict == Verdict::Allowed);
    CHECK(unverified.rolesUnverified);
}

TEST_CASE(
    "ResetPreflight: a synced user needs writeback and an authentication admin for it", "[reset][preflight]")
{
    const DirectoryUser synced = user(u"synced"_s, {}, DirectoryUser::Synced);
    ResetRequest request = ResetRequest::forUser(synced);
    CHECK(request.useWriteback); // offered by default for synced users
    request.useWriteback = false;
    auto result = ResetPreflight::check(synced, admin({GlobalAdministrator}), request);
    CHECK(result.verdict == Verdict::SyncedUser);
    CHECK(result.writebackAvailable);

    request.useWriteback = true;
    CHECK(ResetPreflight::check(synced, admin({GlobalAdministrator}), request).verdict == Verdict::Allowed);
    result = ResetPreflight::check(synced, admin({HelpdeskAdministrator}), request);
    CHECK(result.verdict == Verdict::WritebackNeedsAuthenticationAdmin);
    CHECK_FALSE(result.writebackAvailable);
    CHECK(ResetPreflight::check(synced, admin({AuthenticationAdministrator}), request).verdict
        == Verdict::Allowed);
}

TEST_CASE("ResetRequest: forUser takes the names and the weak-password flag", "[reset][preflight]")
{
    DirectoryUser target = user(u"erik"_s, {}, DirectoryUser::WeakPasswordAllowed);
    target.setDisplayName(u"Erik Strand"_s);
    const ResetRequest request = ResetRequest::forUser(target);
    CHECK(request.userId == u"erik"_s);
    CHECK(request.userPrincipalName == u"erik@kvarnby.se"_s);
    CHECK(request.forceChangePasswordNextSignIn);
    CHECK_FALSE(request.forceChangePasswordNextSignInWithMfa);
    CHECK_FALSE(request.signOutEverywhere);
    CHECK_FALSE(request.useWriteback);
    CHECK(request.generatesPassword());
    const PasswordContext context = request.passwordContext();
    CHECK_FALSE(context.strongPasswordRequired);
    CHECK(context.displayName == u"Erik Strand"_s);
}
