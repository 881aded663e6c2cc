// SPDX-License-Identifier: MIT
#include "bulk/BulkPreflight.h"

#include "common/Csv.h"
#include "delivery/ResultExport.h"
#include "directory/SignedInAdmin.h"
#include "reset/ResetPreflight.h"
#include "reset/ResetRequest.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Category = BulkPreflight::Category;

Category categoryOf(const DirectoryUser &user, const SignedInAdmin &admin, const QSet<QString> &excluded)
{
    ResetRequest request = ResetRequest::forUser(user);
    // A bulk run only PATCHes /users/{id}: writeback is one user at a time in the single reset.
    request.useWriteback = false;
    const ResetPreflight::Result check = ResetPreflight::check(user, admin, request);
    if (check.verdict == ResetPreflight::Verdict::SelfReset)
        return Category::Self;
    if (excluded.contains(user.id().toLower()))
        return Category::Excluded;
    switch (check.verdict) {
    case ResetPreflight::Verdict::Guest:
        return Category::Guest;
    case ResetPreflight::Verdict::SyncedUser:
    case ResetPreflight::Verdict::WritebackNeedsAuthenticationAdmin:
        return Category::Synced;
    case ResetPreflight::Verdict::RoleCannotReset:
        // ResetPreflight asks about roles before sync; the bulk view names sync first, because
        // a synced user cannot be reset here whatever the admin's roles.
        return user.isSynced() ? Category::Synced : Category::RoleCannotReset;
    case ResetPreflight::Verdict::SelfReset:
    case ResetPreflight::Verdict::Allowed:
        break;
    }
    return user.isAccountEnabled() ? Category::WillReset : Category::SignInBlocked;
}

} // namespace

int BulkPreflight::Plan::count(Category category) const
{
    int n = 0;
    for (const Row &row : rows) {
        if (row.category == category)
            ++n;
    }
    return n;
}

int BulkPreflight::Plan::includedCount() const
{
    int n = 0;
    for (const Row &row : rows) {
        if (row.included)
            ++n;
    }
    return n;
}

QList<BulkTarget> BulkPreflight::Plan::includedTargets() const
{
    QList<BulkTarget> targets;
    targets.reserve(includedCount());
    for (const Row &row : rows) {
        if (row.included)
            targets.append(row.target);
    }
    return targets;
}

BulkPreflight::Plan BulkPreflight::classify(
    const QList<BulkTarget> &targets, const SignedInAdmin &admin, const Options &options)
{
    QSet<QString> excluded;
    excluded.reserve(options.excludedUserIds.size());
    for (const QString &id : options.excludedUserIds)
        excluded.insert(id.toLower());

    Plan plan;
    plan.rolesUnverified = !admin.rolesKnown;
    plan.rows.reserve(targets.size());
    for (const BulkTarget &target : targets) {
        Row row;
        row.target = target;
        row.category = categoryOf(target.user, admin, excluded);
        row.included = row.category == Category::WillReset
            || (row.category == Category::SignInBlocked && options.includeSignInBlocked);
        plan.rows.append(row);
    }
    return plan;
}

QString BulkPreflight::categoryText(Category category)
{
    switch (category) {
    case Category::Self:
        return tr("Skipped: this is you");
    case Category::Excluded:
        return tr("Skipped: excluded");
    case Category::Guest:
        return tr("Skipped: guest");
    case Category::Synced:
        return tr("Skipped: synced from on-premises (needs writeback)");
    case Category::RoleCannotReset:
        return tr("Skipped: your role cannot reset this user");
    case Category::SignInBlocked:
        return tr("Sign-in blocked");
    case Category::WillReset:
        return tr("Will be reset");
    }
    return {};
}

QString BulkPreflight::classificationText(const Row &row)
{
    if (row.category != Category::SignInBlocked)
        return categoryText(row.category);
    return row.included ? tr("Sign-in blocked: included") : tr("Sign-in blocked: skipped");
}

QString BulkPreflight::actionText(bool included)
{
    if (included) {
        //: The plan's action for one user: the password will be reset
        return tr("Reset");
    }
    //: The plan's action for one user: left alone
    return tr("Skip");
}

QByteArray BulkPreflight::planCsv(const Plan &plan)
{
    QString csv
        = Csv::row({tr("User name"), tr("Display name"), tr("Object ID"), tr("Classification"), tr("Action")},
            &ResultExport::cell);
    for (const Row &row : plan.rows) {
        const DirectoryUser &user = row.target.user;
        csv += Csv::row({user.userPrincipalName(), user.displayName(), user.id(), classificationText(row),
                            actionText(row.included)},
            &ResultExport::cell);
    }
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8();
}
