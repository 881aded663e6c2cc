// SPDX-License-Identifier: MIT
#include "cli/PreflightReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

using Category = BulkPreflight::Category;

/** The plan window's order: who will be reset first, then each reason to skip. */
constexpr Category displayOrder[] = {Category::WillReset, Category::SignInBlocked, Category::Self, Category::Excluded,
                                     Category::Guest, Category::Synced, Category::RoleCannotReset};

/** Names for scripts; they never change with the language. */
QString categoryName(Category category)
{
    switch (category) {
    case Category::Self:
        return u"self"_s;
    case Category::Excluded:
        return u"excluded"_s;
    case Category::Guest:
        return u"guest"_s;
    case Category::Synced:
        return u"synced"_s;
    case Category::RoleCannotReset:
        return u"roleCannotReset"_s;
    case Category::SignInBlocked:
        return u"signInBlocked"_s;
    case Category::WillReset:
        break;
    }
    return u"willReset"_s;
}

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

QString PreflightReport::json(const BulkPreflight::Plan &plan, bool verbose)
{
    QJsonObject counts;
    for (const Category category : displayOrder)
        counts.insert(categoryName(category), plan.count(category));
    QJsonObject event {{u"event"_s, u"preflight"_s}, {u"included"_s, plan.includedCount()}, {u"counts"_s, counts},
                       {u"rolesUnverified"_s, plan.rolesUnverified}};
    if (verbose) {
        QJsonArray users;
        for (const BulkPreflight::Row &row : plan.rows) {
            users.append(QJsonObject {{u"id"_s, row.target.user.id()},
                                      {u"userPrincipalName"_s, row.target.user.userPrincipalName()},
                                      {u"class"_s, categoryName(row.category)}, {u"included"_s, row.included}});
        }
        event.insert(u"users"_s, users);
    }
    return QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) + u'\n';
}
