// SPDX-License-Identifier: MIT
#include "cli/PreflightReport.h"

using namespace Qt::Literals::StringLiterals;

namespace {

using Category = BulkPreflight::Category;

/** The plan window's order: who will be reset first, then each reason to skip. */
constexpr Category displayOrder[] = {Category::WillReset, Category::SignInBlocked, Category::Self, Category::Excluded,
                                     Category::Guest, Category::Synced, Category::RoleCannotReset};

} // namespace

QString PreflightReport::counts(const BulkPreflight::Plan &plan)
{
    QString text;
    for (const Category category : displayOrder) {
        int count = 0;
        bool included = false;
        for (const BulkPreflight::Row &row : plan.rows) {
            if (row.category == category) {
                ++count;
                included = included || row.included;
            }
        }
        if (count == 0 && category != Category::WillReset)
            continue;
        BulkPreflight::Row sample;
        sample.category = category;
        sample.included = category == Category::WillReset || included;
        //: %1 is a classification such as "Will be reset" or "Skipped: guest"
        text += tr("%1: %Ln user(s)", nullptr, count).arg(BulkPreflight::classificationText(sample)) + u'\n';
    }
    if (plan.rolesUnverified && !plan.rows.isEmpty())
        text += tr("Your admin roles could not be read, so Microsoft 365 decides whom you may reset.") + u'\n';
    return text;
}

QString PreflightReport::list(const BulkPreflight::Plan &plan)
{
    QString text;
    for (const BulkPreflight::Row &row : plan.rows) {
        text += u"  "_s + row.target.user.userPrincipalName() + u"  "_s + BulkPreflight::classificationText(row)
            + u'\n';
    }
    return text;
}
