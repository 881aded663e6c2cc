// SPDX-License-Identifier: MIT
// Who of a TAP run gets a pass, and why the others cannot.
#include "CatchQt.h"
#include "../bulk/BulkTestUsers.h"

#include "tap/TapPreflight.h"

using namespace Qt::Literals::StringLiterals;
using Category = TapPreflight::Category;

namespace {

SignedInAdmin adminWith(const QString &role, bool rolesKnown = true)
{
    SignedInAdmin admin = BulkTestUsers::helpdeskAdmin(rolesKnown);
    admin.roleTemplateIds = {role};
    return admin;
}

DirectoryUser member(const QString &id, const QStringList &roles = {})
{
    return BulkTestUsers::user({id, u"Name "_s + id, id + u"@contoso.se"_s}, roles);
}

DirectoryUser externalGuest()
{
    DirectoryTestUsers::Spec spec{u"guest"_s, u"Anna Berg"_s, u"anna.berg_gmail.com#EXT#@contoso.onmicrosoft.com"_s};
    spec.guest = true;
    return BulkTestUsers::user(spec);
}

DirectoryUser internalGuest()
{
    DirectoryTestUsers::Spec spec{u"inside"_s, u"Ingrid Inne"_s, u"ingrid@contoso.se"_s};
    spec.guest = true;
    return BulkTestUsers::user(spec);
}

QList<Category> categories(const TapPreflight::Plan &plan)
{
    QList<Category> result;
    for (const TapPreflight::Row &row : plan.rows)
        result.append(row.category);
    return result;
}

const TapPolicy everyone = TapPolicy::fromJson(
    {{u"state"_s, u"enabled"_s}, {u"includeTargets"_s, QJsonArray{QJsonObject{{u"id"_s, u"all_users"_s}}}}});

} // namespace

TEST_CASE("TapPreflight: an Authentication Administrator issues for members without privileged roles only",
          "[core][tap]")
{
    const SignedInAdmin admin = adminWith(RoleTemplates::AuthenticationAdministrator);
    DirectoryUser roleGroupMember = member(u"g"_s);
    roleGroupMember.setRoleMask(DirectoryUser::RoleGroupMemberBit);
    const QList<DirectoryUser> users{
        member(admin.id),
        member(u"plain"_s),
        member(u"password"_s, {RoleTemplates::PasswordAdministrator}),
        member(u"authadmin"_s, {RoleTemplates::AuthenticationAdministrator}),
        member(u"helpdesk"_s, {RoleTemplates::HelpdeskAdministrator}),
        member(u"global"_s, {RoleTemplates::GlobalAdministrator}),
        roleGroupMember,
        externalGuest(),
        internalGuest(),
        member(u"excluded"_s),
        member(u"haspass"_s),
    };
    const TapPreflight::Plan plan = TapPreflight::classify(users, admin, everyone, {u"haspass"_s}, {u"excluded"_s});
    CHECK(categories(plan)
          == QList<Category>{Category::Self, Category::WillIssue, Category::WillIssue, Category::WillIssue,
                             Category::RoleCannotIssue, Category::RoleCannotIssue, Category::RoleCannotIssue,
                             Category::ExternalGuest, Category::WillIssue, Category::Excluded, Category::WillReplace});
    CHECK(plan.includedUsers().size() == 5);
    CHECK(plan.count(Category::WillReplace) == 1);
    CHECK_FALSE(plan.rolesUnverified);
    CHECK_FALSE(plan.targetingUnverified);
}

TEST_CASE("TapPreflight: Privileged Authentication and Global Administrators issue for everyone but themselves",
          "[core][tap]")
{
    for (const QString &role :
         {RoleTemplates::PrivilegedAuthenticationAdministrator, RoleTemplates::GlobalAdministrator}) {
        const SignedInAdmin admin = adminWith(role);
        const QList<DirectoryUser> users{member(admin.id), member(u"global"_s, {RoleTemplates::GlobalAdministrator}),
                                         member(u"helpdesk"_s, {RoleTemplates::HelpdeskAdministrator})};
        CHECK(categories(TapPreflight::classify(users, admin, everyone, {}))
              == QList<Category>{Category::Self, Category::WillIssue, Category::WillIssue});
    }
    // Password and Helpdesk Administrators reset passwords but issue no passes.
    CHECK(categories(TapPreflight::classify({member(u"plain"_s)}, adminWith(RoleTemplates::HelpdeskAdministrator),
                                            everyone, {}))
          == QList<Category>{Category::RoleCannotIssue});
}

TEST_CASE("TapPreflight: a policy that is off skips everyone; unknown roles and targets leave it to the service",
          "[core][tap]")
{
    const SignedInAdmin admin = adminWith(RoleTemplates::GlobalAdministrator);
    TapPolicy off = everyone;
    off.enabled = false;
    CHECK(categories(TapPreflight::classify({member(u"a"_s), member(u"b"_s)}, admin, off, {}))
          == QList<Category>{Category::PolicyOff, Category::PolicyOff});

    const TapPreflight::Plan unverified = TapPreflight::classify(
        {member(u"global"_s, {RoleTemplates::GlobalAdministrator})},
        adminWith(RoleTemplates::AuthenticationAdministrator, false), TapPolicy::unknown(), {});
    CHECK(categories(unverified) == QList<Category>{Category::WillIssue});
    CHECK(unverified.rolesUnverified);
    CHECK(unverified.targetingUnverified);
    for (int i = 0; i < TapPreflight::categoryCount; ++i)
        CHECK_FALSE(TapPreflight::categoryText(Category(i)).isEmpty());
}
