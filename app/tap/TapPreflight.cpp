// SPDX-License-Identifier: MIT
#include "tap/TapPreflight.h"

#include "directory/RoleTemplates.h"
#include "directory/SignedInAdmin.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/** Roles an Authentication Administrator's target may hold ("Who can perform sensitive actions"). */
const QStringList &coveredByAuthenticationAdministrator()
{
    using namespace RoleTemplates;
    static const QStringList roles{AuthenticationAdministrator, DirectoryReaders,     GuestInviter,
                                   MessageCenterReader,         PasswordAdministrator, ReportsReader,
                                   UsageSummaryReportsReader};
    return roles;
}

} // namespace

int TapPreflight::Plan::count(Category category) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [category](const Row &row) { return row.category == category; }));
}

QList<DirectoryUser> TapPreflight::Plan::includedUsers() const
{
    QList<DirectoryUser> users;
    for (const Row &row : rows) {
        if (row.included)
            users.append(row.user);
    }
    return users;
}

bool TapPreflight::isExternalGuest(const DirectoryUser &user)
{
    return user.isGuest() && user.userPrincipalName().contains(u"#EXT#"_s, Qt::CaseInsensitive);
}

bool TapPreflight::roleCanIssue(const SignedInAdmin &admin, const DirectoryUser &user)
{
    using namespace RoleTemplates;
    const QStringList &roles = admin.roleTemplateIds;
    if (roles.contains(GlobalAdministrator) || roles.contains(PrivilegedAuthenticationAdministrator))
        return true;
    if (!roles.contains(AuthenticationAdministrator))
        return false;
    if (user.isRoleGroupMember() || user.hasOtherRole())
        return false;
    const QStringList targetRoles = user.roleTemplateIds();
    return std::all_of(targetRoles.cbegin(), targetRoles.cend(),
                       [](const QString &role) { return coveredByAuthenticationAdministrator().contains(role); });
}

TapPreflight::Plan TapPreflight::classify(const QList<DirectoryUser> &users, const SignedInAdmin &admin,
                                          const TapPolicy &policy, const QSet<QString> &withPass,
                                          const QSet<QString> &excludedUserIds)
{
    Plan plan;
    plan.rolesUnverified = !admin.rolesKnown;
    plan.targetingUnverified = !policy.known || !policy.includesEveryone();
    plan.rows.reserve(users.size());
    for (const DirectoryUser &user : users) {
        Row row;
        row.user = user;
        if (user.id() == admin.id)
            row.category = Category::Self;
        else if (excludedUserIds.contains(user.id()))
            row.category = Category::Excluded;
        else if (policy.known && !policy.enabled)
            row.category = Category::PolicyOff;
        else if (isExternalGuest(user))
            row.category = Category::ExternalGuest;
        else if (admin.rolesKnown && !roleCanIssue(admin, user))
            row.category = Category::RoleCannotIssue;
        else if (withPass.contains(user.id()))
            row.category = Category::WillReplace;
        row.included = row.category == Category::WillIssue || row.category == Category::WillReplace;
        plan.rows.append(row);
    }
    return plan;
}

QString TapPreflight::categoryText(Category category)
{
    switch (category) {
    case Category::Self:
        return tr("Skipped: you cannot issue a pass for yourself");
    case Category::Excluded:
        return tr("Skipped: on the exclusion list");
    case Category::PolicyOff:
        return tr("Skipped: Temporary Access Pass is turned off in your organization's policy");
    case Category::ExternalGuest:
        return tr("Skipped: external guests cannot get a Temporary Access Pass");
    case Category::RoleCannotIssue:
        return tr("Skipped: your admin role cannot issue a pass for this user");
    case Category::WillReplace:
        return tr("Will replace the pass this user has");
    case Category::WillIssue:
        return tr("Will get a pass");
    }
    return {};
}
