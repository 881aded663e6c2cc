// SPDX-License-Identifier: MIT
// BulkPlanModel: the pre-flight grid, under QAbstractItemModelTester, filtered and sorted through
// a plain QSortFilterProxyModel as the bulk view uses it.
#include "CatchQt.h"

#include "BulkTestUsers.h"

#include "bulk/BulkPlanModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;
using Category = BulkPreflight::Category;

namespace {

BulkPreflight::Plan oneOfEachPlan()
{
    BulkPreflight::Options options;
    options.excludedUserIds = {u"id-glass"_s};
    return BulkPreflight::classify(
        BulkTestUsers::targets(BulkTestUsers::oneOfEach()), BulkTestUsers::helpdeskAdmin(), options);
}

QString text(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(text(model, row, column));
    return values;
}

} // namespace

TEST_CASE("BulkPlanModel: shows each target with its classification and action", "[bulk][model]")
{
    BulkPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy included(&model, &BulkPlanModel::includedChanged);
    CHECK(model.rowCount() == 0);

    model.setPlan(oneOfEachPlan());
    CHECK(reset.size() == 1);
    CHECK(included.size() == 1);
    REQUIRE(model.rowCount() == 7);
    CHECK(model.columnCount() == BulkPlanModel::ColumnCount);
    CHECK(model.headerData(BulkPlanModel::DisplayName, Qt::Horizontal).toString() == u"Display name"_s);
    CHECK(model.headerData(BulkPlanModel::UserPrincipalName, Qt::Horizontal).toString() == u"User name"_s);
    CHECK(model.headerData(BulkPlanModel::Classification, Qt::Horizontal).toString() == u"Classification"_s);
    CHECK(model.headerData(BulkPlanModel::Action, Qt::Horizontal).toString() == u"Action"_s);

    CHECK(text(model, 0, BulkPlanModel::DisplayName) == u"Helena Admin"_s);
    CHECK(text(model, 0, BulkPlanModel::UserPrincipalName) == u"helena@contoso.se"_s);
    CHECK(text(model, 0, BulkPlanModel::Classification) == u"Skipped: this is you"_s);
    CHECK(text(model, 0, BulkPlanModel::Action) == u"Skip"_s);
    CHECK(text(model, 3, BulkPlanModel::Classification)
        == u"Skipped: synced from on-premises (needs writeback)"_s);
    CHECK(text(model, 5, BulkPlanModel::Classification) == u"Sign-in blocked: skipped"_s);
    CHECK(text(model, 6, BulkPlanModel::Classification) == u"Will be reset"_s);
    CHECK(text(model, 6, BulkPlanModel::Action) == u"Reset"_s);

    for (int row = 0; row < model.rowCount(); ++row) {
        for (int c = 0; c < BulkPlanModel::ColumnCount; ++c) {
            const QModelIndex index = model.index(row, c);
            CHECK(model.data(index, BulkPlanModel::CategoryRole).toInt() == row); // one of each, in order
            CHECK(model.data(index, BulkPlanModel::UserIdRole).toString()
                == model.plan().rows.at(row).target.user.id());
            CHECK(model.data(index, BulkPlanModel::IncludedRole).toBool() == (row == 6));
        }
    }
}

TEST_CASE("BulkPlanModel: including sign-in blocked users changes their rows only", "[bulk][model]")
{
    BulkPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(oneOfEachPlan());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy included(&model, &BulkPlanModel::includedChanged);

    model.setSignInBlockedIncluded(true);
    REQUIRE(changed.size() == 1);
    // Every column answers IncludedRole, so the whole row changed (and a proxy filtering on it re-filters).
    CHECK(changed.at(0).at(0).toModelIndex() == model.index(5, 0));
    CHECK(changed.at(0).at(1).toModelIndex() == model.index(5, BulkPlanModel::ColumnCount - 1));
    CHECK(included.size() == 1);
    CHECK(text(model, 5, BulkPlanModel::Classification) == u"Sign-in blocked: included"_s);
    CHECK(text(model, 5, BulkPlanModel::Action) == u"Reset"_s);
    CHECK(model.plan().includedCount() == 2);
    CHECK(model.plan().rows.at(5).included);

    // Asking again changes nothing and says nothing.
    model.setSignInBlockedIncluded(true);
    CHECK(changed.size() == 1);
    CHECK(included.size() == 1);

    model.setSignInBlockedIncluded(false);
    CHECK(changed.size() == 2);
    CHECK(text(model, 5, BulkPlanModel::Action) == u"Skip"_s);
    CHECK(model.plan().includedCount() == 1);
}

TEST_CASE("BulkPlanModel: a QSortFilterProxyModel filters by category on CategoryRole", "[bulk][model]")
{
    BulkPlanModel model;
    QList<DirectoryUser> users = BulkTestUsers::oneOfEach();
    users.append(DirectoryTestUsers::numbered(1, 3));
    BulkPreflight::Options options;
    options.excludedUserIds = {u"id-glass"_s};
    model.setPlan(
        BulkPreflight::classify(BulkTestUsers::targets(users), BulkTestUsers::helpdeskAdmin(), options));

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setFilterRole(BulkPlanModel::CategoryRole);

    proxy.setFilterRegularExpression(u"^%1$"_s.arg(int(Category::WillReset)));
    CHECK(columnTexts(proxy, BulkPlanModel::DisplayName)
        == QStringList {u"Anna Andersson"_s, u"User 1"_s, u"User 2"_s, u"User 3"_s});

    proxy.setFilterRegularExpression(u"^%1$"_s.arg(int(Category::Guest)));
    CHECK(columnTexts(proxy, BulkPlanModel::UserPrincipalName)
        == QStringList {u"gustav_fabrikam.com#EXT#@contoso.se"_s});

    // Every skipped category at once.
    proxy.setFilterRegularExpression(u"^(%1|%2|%3|%4|%5)$"_s.arg(int(Category::Self))
                                         .arg(int(Category::Excluded))
                                         .arg(int(Category::Guest))
                                         .arg(int(Category::Synced))
                                         .arg(int(Category::RoleCannotReset)));
    CHECK(proxy.rowCount() == 5);

    // Or by what will happen.
    proxy.setFilterRole(BulkPlanModel::IncludedRole);
    proxy.setFilterFixedString(u"true"_s);
    CHECK(proxy.rowCount() == 4);
    model.setSignInBlockedIncluded(true);
    CHECK(proxy.rowCount() == 5);
    CHECK(columnTexts(proxy, BulkPlanModel::DisplayName).contains(u"Bo Blocked"_s));
}

TEST_CASE("BulkPlanModel: sorts by name and by classification on SortValueRole", "[bulk][model]")
{
    BulkPlanModel model;
    model.setPlan(oneOfEachPlan());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSortRole(BulkPlanModel::SortValueRole);

    proxy.sort(BulkPlanModel::DisplayName);
    CHECK(columnTexts(proxy, BulkPlanModel::DisplayName)
        == QStringList {u"Anna Andersson"_s, u"Bo Blocked"_s, u"Break Glass"_s, u"Greta Global"_s,
            u"Gustav Guest"_s, u"Helena Admin"_s, u"Sara Synced"_s});

    // By category, not by the translated text: "Will be reset" last, "this is you" first.
    proxy.sort(BulkPlanModel::Classification, Qt::DescendingOrder);
    CHECK(text(proxy, 0, BulkPlanModel::Classification) == u"Will be reset"_s);
    CHECK(text(proxy, 6, BulkPlanModel::Classification) == u"Skipped: this is you"_s);

    proxy.sort(BulkPlanModel::Action, Qt::DescendingOrder);
    CHECK(text(proxy, 0, BulkPlanModel::Action) == u"Reset"_s);
    CHECK(text(proxy, 1, BulkPlanModel::Action) == u"Skip"_s);
}

TEST_CASE("BulkPlanModel: a new plan replaces the rows", "[bulk][model]")
{
    BulkPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(oneOfEachPlan());
    REQUIRE(model.rowCount() == 7);
    model.setPlan(BulkPreflight::classify(
        BulkTestUsers::targets(DirectoryTestUsers::numbered(0, 2)), BulkTestUsers::helpdeskAdmin(), {}));
    CHECK(model.rowCount() == 2);
    CHECK(columnTexts(model, BulkPlanModel::Action) == QStringList {u"Reset"_s, u"Reset"_s});
    model.setPlan({});
    CHECK(model.rowCount() == 0);
    // Nothing blocked, nothing to change.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSignInBlockedIncluded(true);
    CHECK(changed.isEmpty());
}
