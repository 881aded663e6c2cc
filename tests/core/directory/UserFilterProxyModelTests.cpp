// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "DirectoryTestUsers.h"

#include "directory/RoleTemplates.h"
#include "directory/RowSortKey.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using DirectoryTestUsers::numbered;
using DirectoryTestUsers::user;
using Filter = UserFilterProxyModel::QuickFilter;

namespace {

/** Source, selection and proxy, each model under a Fatal tester. */
struct Rig
{
    UserSelection selection;
    UserListModel model;
    UserFilterProxyModel proxy;
    QAbstractItemModelTester modelTester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Rig()
    {
        model.setSelection(&selection);
        proxy.setSourceModel(&model);
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(
                proxy.data(proxy.index(row, UserListModel::DisplayName), UserListModel::SortValueRole)
                    .toString());
        return names;
    }
};

QList<DirectoryUser> people()
{
    return {
        user({u"1"_s, u"Åsa Öberg"_s, u"asa.oberg@contoso.com"_s, u"asa@contoso.se"_s}),
        user({u"2"_s, u"Anna Svensson"_s, u"anna.svensson@contoso.com"_s, {}, false}),
        user({u"3"_s, u"Bo Ek"_s, u"bo.ek@contoso.com"_s, {}, true, false}),
        user({u"4"_s, u"Guest Person"_s, u"guest_example.org#EXT#@contoso.com"_s, u"guest@example.org"_s,
            false, true, true}),
        user({u"5"_s, u"Sync Dude"_s, u"sync@contoso.com"_s, {}, true, true, false, true,
            u"DisablePasswordExpiration"_s}),
        user({u"6"_s, u"Carl Ångström"_s, u"carl@contoso.com"_s}),
    };
}

} // namespace

TEST_CASE("UserFilterProxyModel: search ignores case and diacritics", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(people());
    REQUIRE(rig.proxy.rowCount() == 6);

    rig.proxy.setSearchText(u"asa"_s);
    CHECK(rig.shownNames() == QStringList {u"Åsa Öberg"_s});
    rig.proxy.setSearchText(u"ÖBERG"_s);
    CHECK(rig.shownNames() == QStringList {u"Åsa Öberg"_s});
    rig.proxy.setSearchText(u"angstrom"_s);
    CHECK(rig.shownNames() == QStringList {u"Carl Ångström"_s});
    // UPN and mail are searched too.
    rig.proxy.setSearchText(u"example.org"_s);
    CHECK(rig.shownNames() == QStringList {u"Guest Person"_s});
    rig.proxy.setSearchText(u"contoso.se"_s);
    CHECK(rig.shownNames() == QStringList {u"Åsa Öberg"_s});
    // Every word must match, in any field.
    rig.proxy.setSearchText(u"  anna   svensson "_s);
    CHECK(rig.shownNames() == QStringList {u"Anna Svensson"_s});
    rig.proxy.setSearchText(u"anna bo"_s);
    CHECK(rig.shownNames().isEmpty());
    rig.proxy.setSearchText(QString());
    CHECK(rig.proxy.rowCount() == 6);
}

TEST_CASE("UserFilterProxyModel: typing on narrows and backspace widens", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(numbered(0, 300));
    QPersistentModelIndex kept
        = rig.proxy.index(rig.proxy.rowCount() - 1, UserListModel::DisplayName); // User 299
    const QStringList typed {u"u"_s, u"us"_s, u"user"_s, u"user2"_s, u"user29"_s, u"user299"_s};
    const QList<int> expected {300, 300, 300, 111, 11, 1};
    for (qsizetype i = 0; i < typed.size(); ++i) {
        rig.proxy.setSearchText(typed.at(i));
        CHECK(rig.proxy.rowCount() == expected.at(i));
        REQUIRE(kept.isValid());
        CHECK(kept.data(UserListModel::SortValueRole).toString() == u"User 299"_s);
    }
    for (qsizetype i = typed.size() - 1; i >= 0; --i) {
        rig.proxy.setSearchText(typed.at(i));
        CHECK(rig.proxy.rowCount() == expected.at(i));
    }
    rig.proxy.setSearchText(u"user3"_s); // 3 and 30-39: not narrowing from "user"
    CHECK(rig.proxy.rowCount() == 11);
    CHECK_FALSE(kept.isValid()); // User 299 is hidden now
}

TEST_CASE("UserFilterProxyModel: search follows renames and deletions from a delta", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(people());
    rig.proxy.sort(UserListModel::DisplayName);
    rig.proxy.setSearchText(u"svensson"_s);
    CHECK(rig.shownNames() == QStringList {u"Anna Svensson"_s});

    // Anna marries and takes a longer name; Bo Ek is deleted; a new Anna arrives.
    rig.model.applyDelta({user({u"2"_s, u"Anna Lindqvist-Bergström"_s, u"anna.lb@contoso.com"_s}),
                             user({u"7"_s, u"Anna Svensson"_s, u"anna.svensson2@contoso.com"_s})},
        {u"3"_s});
    CHECK(rig.shownNames() == QStringList {u"Anna Svensson"_s});
    CHECK(rig.proxy.userIdAt(0) == u"7"_s);
    rig.proxy.setSearchText(u"bergstrom"_s);
    CHECK(rig.shownNames() == QStringList {u"Anna Lindqvist-Bergström"_s});
    rig.proxy.setSearchText(u"bo ek"_s);
    CHECK(rig.proxy.rowCount() == 0);
    rig.proxy.setSearchText(u"anna"_s);
    CHECK(rig.shownNames() == QStringList {u"Anna Lindqvist-Bergström"_s, u"Anna Svensson"_s});
}

TEST_CASE("UserFilterProxyModel: each quick filter shows only its users", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(people());
    rig.model.setRoles({{u"3"_s, {RoleTemplates::HelpdeskAdministrator}}});
    rig.model.setRegistration({{u"1"_s, true}, {u"2"_s, false}, {u"6"_s, false}});

    const auto shownFor = [&rig](Filter filter) {
        rig.proxy.setQuickFilter(filter);
        return rig.shownNames();
    };
    CHECK(shownFor(Filter::Licensed)
        == QStringList {u"Åsa Öberg"_s, u"Bo Ek"_s, u"Sync Dude"_s, u"Carl Ångström"_s});
    CHECK(shownFor(Filter::Admins) == QStringList {u"Bo Ek"_s});
    CHECK(shownFor(Filter::SignInBlocked) == QStringList {u"Bo Ek"_s});
    CHECK(shownFor(Filter::Guests) == QStringList {u"Guest Person"_s});
    CHECK(shownFor(Filter::Synced) == QStringList {u"Sync Dude"_s});
    CHECK(shownFor(Filter::PasswordNeverExpires) == QStringList {u"Sync Dude"_s});
    CHECK(shownFor(Filter::NotRegisteredForSelfServiceReset)
        == QStringList {u"Anna Svensson"_s, u"Carl Ångström"_s});
    CHECK(shownFor(Filter::All).size() == 6);

    // A filter and a search together.
    rig.proxy.setQuickFilter(Filter::NotRegisteredForSelfServiceReset);
    rig.proxy.setSearchText(u"carl"_s);
    CHECK(rig.shownNames() == QStringList {u"Carl Ångström"_s});

    // Roles that arrive later re-filter the rows shown.
    rig.proxy.setSearchText(QString());
    rig.proxy.setQuickFilter(Filter::Admins);
    rig.model.setRoles(
        {{u"1"_s, {RoleTemplates::GlobalAdministrator}}, {u"5"_s, {RoleTemplates::UserAdministrator}}});
    CHECK(rig.shownNames() == QStringList {u"Åsa Öberg"_s, u"Sync Dude"_s});
}

TEST_CASE("UserFilterProxyModel: sorts by column with ties in load order", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(people());
    rig.proxy.sort(UserListModel::DisplayName, Qt::AscendingOrder);
    CHECK(rig.shownNames()
        == QStringList {u"Anna Svensson"_s, u"Bo Ek"_s, u"Carl Ångström"_s, u"Guest Person"_s, u"Sync Dude"_s,
            u"Åsa Öberg"_s});
    rig.proxy.sort(UserListModel::DisplayName, Qt::DescendingOrder);
    CHECK(rig.shownNames().first() == u"Åsa Öberg"_s);
    CHECK(rig.shownNames().last() == u"Anna Svensson"_s);

    // Licensed: unlicensed first, the rest in load order, for either direction's ties.
    rig.proxy.sort(UserListModel::Licensed, Qt::AscendingOrder);
    CHECK(rig.shownNames()
        == QStringList {u"Anna Svensson"_s, u"Guest Person"_s, u"Åsa Öberg"_s, u"Bo Ek"_s, u"Sync Dude"_s,
            u"Carl Ångström"_s});
    rig.proxy.sort(UserListModel::Licensed, Qt::DescendingOrder);
    CHECK(rig.shownNames()
        == QStringList {u"Åsa Öberg"_s, u"Bo Ek"_s, u"Sync Dude"_s, u"Carl Ångström"_s, u"Anna Svensson"_s,
            u"Guest Person"_s});

    rig.proxy.sort(-1);
    CHECK(rig.shownNames().first() == u"Åsa Öberg"_s);
    CHECK(rig.shownNames().last() == u"Carl Ångström"_s);
}

TEST_CASE("UserFilterProxyModel: pages arriving while sorted and filtered land in place", "[core][directory]")
{
    Rig rig;
    rig.proxy.sort(UserListModel::DisplayName, Qt::DescendingOrder);
    rig.proxy.setSearchText(u"user1"_s);
    rig.model.appendUsers(numbered(0, 10));
    rig.model.appendUsers(numbered(10, 10));
    rig.model.appendUsers(numbered(100, 5));
    CHECK(rig.shownNames()
        == QStringList {u"User 19"_s, u"User 18"_s, u"User 17"_s, u"User 16"_s, u"User 15"_s, u"User 14"_s,
            u"User 13"_s, u"User 12"_s, u"User 11"_s, u"User 104"_s, u"User 103"_s, u"User 102"_s,
            u"User 101"_s, u"User 100"_s, u"User 10"_s, u"User 1"_s});
    // In load order new rows are appended (rowsInserted, not a relayout).
    rig.proxy.sort(-1);
    QSignalSpy inserted(&rig.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy relayout(&rig.proxy, &QAbstractItemModel::layoutChanged);
    rig.model.appendUsers(numbered(1000, 20));
    CHECK(inserted.size() == 1);
    CHECK(relayout.isEmpty());
    CHECK(rig.proxy.rowCount() == 16 + 20); // user1000..user1019 all start with "user1"
    CHECK(rig.proxy.userIdAt(rig.proxy.rowCount() - 1) == u"u1019"_s);
}

TEST_CASE(
    "UserFilterProxyModel: a delta moves and removes rows and keeps the view's indexes", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(numbered(0, 10));
    rig.proxy.sort(UserListModel::DisplayName, Qt::AscendingOrder);
    QPersistentModelIndex current = rig.proxy.index(
        rig.proxy.mapFromSource(rig.model.index(7, 0)).row(), UserListModel::UserPrincipalName);
    QPersistentModelIndex doomed = rig.proxy.mapFromSource(rig.model.index(4, UserListModel::DisplayName));
    REQUIRE(current.isValid());

    rig.model.applyDelta({user({u"u2"_s, u"Zed Two"_s, u"user2@contoso.com"_s})}, {u"u4"_s});
    CHECK(rig.proxy.rowCount() == 9);
    CHECK(rig.shownNames().last() == u"Zed Two"_s);
    CHECK_FALSE(doomed.isValid());
    REQUIRE(current.isValid());
    CHECK(current.column() == UserListModel::UserPrincipalName);
    CHECK(rig.proxy.userIdAt(current.row()) == u"u7"_s);
    for (int row = 0; row < rig.proxy.rowCount(); ++row) {
        const QModelIndex source = rig.proxy.mapToSource(rig.proxy.index(row, 1));
        CHECK(rig.proxy.mapFromSource(source).row() == row);
    }
}

TEST_CASE("UserFilterProxyModel: gives the ids to select-all and shift-click", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(numbered(0, 20));
    rig.proxy.setSearchText(u"user 1"_s); // 1 and 10-19
    rig.proxy.sort(UserListModel::DisplayName, Qt::DescendingOrder);
    CHECK(rig.proxy.visibleIds()
        == QStringList {u"u19"_s, u"u18"_s, u"u17"_s, u"u16"_s, u"u15"_s, u"u14"_s, u"u13"_s, u"u12"_s,
            u"u11"_s, u"u10"_s, u"u1"_s});
    CHECK(rig.proxy.idsInRange(3, 1) == QStringList {u"u18"_s, u"u17"_s, u"u16"_s});
    CHECK(rig.proxy.idsInRange(9, 40) == QStringList {u"u10"_s, u"u1"_s});
    CHECK(rig.proxy.userIdAt(99).isEmpty());
    CHECK(rig.proxy.headerData(UserListModel::UserPrincipalName, Qt::Horizontal).toString()
        == rig.model.headerData(UserListModel::UserPrincipalName, Qt::Horizontal).toString());
}

TEST_CASE("UserFilterProxyModel: ticking a box does not move rows when sorted by it", "[core][directory]")
{
    Rig rig;
    rig.model.appendUsers(numbered(0, 5));
    rig.proxy.sort(UserListModel::Selected, Qt::DescendingOrder);
    QSignalSpy relayout(&rig.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&rig.proxy, &QAbstractItemModel::dataChanged);
    REQUIRE(rig.proxy.setData(rig.proxy.index(3, UserListModel::Selected), Qt::Checked, Qt::CheckStateRole));
    CHECK(rig.selection.isSelected(u"u3"_s));
    CHECK(relayout.isEmpty());
    CHECK_FALSE(changed.isEmpty());
    CHECK(rig.proxy.index(3, UserListModel::Selected).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    // Sorting again puts it first.
    rig.proxy.sort(UserListModel::Selected, Qt::DescendingOrder);
    CHECK(rig.proxy.userIdAt(0) == u"u3"_s);
}

namespace {

/** Names with long shared beginnings, mixed case, Swedish letters and a character outside the BMP. */
QString randomName(QRandomGenerator &random)
{
    static const QStringList first {u"Anna"_s, u"anna"_s, u"ÅSA"_s, u"Åsa"_s, u"Ägnes"_s, u"Örjan"_s,
        u"Zoë"_s, u"Anna-Karin"_s, u"Émile"_s, u"ß"_s, u"ẞ"_s, u"😀"_s, u"Ölof"_s, u"Oluf"_s};
    static const QStringList last {u" Svensson"_s, u" svensson"_s, u" Svenson"_s, u" Öberg"_s, u" Oberg"_s,
        u" Lindqvist Lindqvist"_s, u""_s, u" 😀"_s, u" Åström"_s};
    return first.at(random.bounded(int(first.size()))) + last.at(random.bounded(int(last.size())))
        + (random.bounded(3) == 0 ? QString::number(random.bounded(100)) : QString());
}

/** What Qt's own case-insensitive comparison says is the order: the reference for the proxy. */
QStringList referenceOrder(QStringList names, Qt::SortOrder order)
{
    std::stable_sort(names.begin(), names.end(), [order](const QString &l, const QString &r) {
        const int c = l.compare(r, Qt::CaseInsensitive);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return names;
}

} // namespace

TEST_CASE("UserFilterProxyModel: pages sorted in as they arrive order as Qt compares names", "[core][directory]")
{
    QRandomGenerator random(42);
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        Rig rig;
        rig.proxy.sort(UserListModel::DisplayName, order);
        QStringList names;
        for (int pageNumber = 0; pageNumber < 6; ++pageNumber) {
            QList<DirectoryUser> page;
            for (int i = 0; i < 40; ++i) {
                const QString id = u"p%1-%2"_s.arg(pageNumber).arg(i);
                names.append(randomName(random));
                page.append(user({id, names.last(), id + u"@contoso.com"_s}));
            }
            rig.model.appendUsers(page);
            INFO("page " << pageNumber << " order " << int(order));
            CHECK(rig.shownNames() == referenceOrder(names, order));
        }
        // Sorting everything again agrees with the order built page by page.
        const QStringList builtPageByPage = rig.shownNames();
        rig.proxy.sort(UserListModel::DisplayName, order);
        CHECK(rig.shownNames() == builtPageByPage);
    }
}

TEST_CASE("RowSortKey: different keys order names as Qt compares them", "[core][directory]")
{
    QRandomGenerator random(7);
    QStringList names;
    for (int i = 0; i < 300; ++i)
        names.append(randomName(random));
    names += {u""_s, u"a"_s, u"A"_s, u"ab"_s, u"abcdefghijklmnopq"_s, u"abcdefghijklmnopr"_s, u"\u212a"_s, u"k"_s};
    for (const QString &left : std::as_const(names)) {
        for (const QString &right : std::as_const(names)) {
            const int qt = left.compare(right, Qt::CaseInsensitive);
            const int ours = compareNames(left, right);
            INFO(left.toStdString() << " / " << right.toStdString());
            REQUIRE((qt < 0) == (ours < 0));
            REQUIRE((qt > 0) == (ours > 0));
            const RowSortKey l = RowSortKey::forName(left);
            const RowSortKey r = RowSortKey::forName(right);
            if (l < r)
                REQUIRE(qt < 0);
            else if (r < l)
                REQUIRE(qt > 0);
        }
    }
    CHECK(RowSortKey::forNumber(-5) < RowSortKey::forNumber(0));
    CHECK(RowSortKey::forNumber(0) < RowSortKey::forNumber(1700000000000));
}

TEST_CASE("UserFilterProxyModel: held pages stay out of view until flushed or searched", "[core][directory]")
{
    Rig rig;
    rig.proxy.sort(UserListModel::DisplayName, Qt::AscendingOrder);
    rig.proxy.setHoldNewRows(true);
    QSignalSpy relayouts(&rig.proxy, &QAbstractItemModel::layoutChanged);
    rig.model.appendUsers(numbered(10, 5));
    rig.model.appendUsers(numbered(0, 5));
    CHECK(rig.proxy.rowCount() == 0);
    CHECK(rig.proxy.hasHeldRows());
    CHECK(relayouts.isEmpty());
    CHECK_FALSE(rig.proxy.mapFromSource(rig.model.index(0, UserListModel::DisplayName)).isValid());

    // Both pages come in with one relayout, in order.
    rig.proxy.flushNewRows();
    CHECK(relayouts.size() == 1);
    CHECK_FALSE(rig.proxy.hasHeldRows());
    CHECK(rig.shownNames()
        == QStringList {u"User 0"_s, u"User 1"_s, u"User 10"_s, u"User 11"_s, u"User 12"_s, u"User 13"_s,
            u"User 14"_s, u"User 2"_s, u"User 3"_s, u"User 4"_s});

    // A search while rows are held searches them too.
    rig.model.appendUsers(numbered(20, 3));
    CHECK(rig.proxy.rowCount() == 10);
    rig.proxy.setSearchText(u"user 2"_s);
    CHECK(rig.shownNames() == QStringList {u"User 12"_s, u"User 2"_s, u"User 20"_s, u"User 21"_s, u"User 22"_s});
    rig.proxy.setSearchText({});

    // A delta removing a row while others are held keeps every row where it belongs.
    rig.model.appendUsers(numbered(30, 2));
    rig.model.applyDelta({}, {u"u0"_s});
    CHECK(rig.proxy.rowCount() == 14);
    CHECK(rig.shownNames().first() == u"User 1"_s);

    // Turning holding off shows what is held at once.
    rig.model.appendUsers(numbered(5, 1));
    rig.proxy.setHoldNewRows(false);
    CHECK_FALSE(rig.proxy.hasHeldRows());
    CHECK(rig.proxy.rowCount() == 15);
    rig.model.appendUsers(numbered(6, 1));
    CHECK(rig.proxy.rowCount() == 16);
}

TEST_CASE("UserFilterProxyModel: a delta's renames spread over the list land where a full sort puts them",
    "[core][directory]")
{
    // Long shared prefixes and exact ties, so the sort keys alone do not decide; both directions.
    const QStringList stems {u"Andersson Anna Maria Kristina"_s, u"Andersson Anna Maria Kristin"_s, u"Öberg Åsa"_s,
        u"Berg Bo"_s, u"Zäta"_s, u"andersson anna maria kristina"_s};
    QRandomGenerator random(7);
    const auto randomName = [&] {
        const QString stem = stems.at(random.bounded(int(stems.size())));
        return random.bounded(3) == 0 ? stem : stem + u' ' + QString::number(random.bounded(40));
    };
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        Rig rig;
        QList<DirectoryUser> users;
        for (int i = 0; i < 600; ++i)
            users.append(user({QString::number(i), randomName(), u"u%1@contoso.com"_s.arg(i)}));
        rig.model.appendUsers(users);
        rig.proxy.sort(UserListModel::DisplayName, order);
        for (int round = 0; round < 12; ++round) {
            QList<DirectoryUser> changed;
            for (int k = 0; k < 1 + random.bounded(30); ++k) {
                DirectoryUser renamed = rig.model.userAt(random.bounded(rig.model.rowCount()));
                renamed.setDisplayName(randomName());
                changed.append(renamed);
            }
            rig.model.applyDelta(changed, {});
            UserFilterProxyModel fresh;
            fresh.setSourceModel(&rig.model);
            fresh.sort(UserListModel::DisplayName, order);
            QStringList expected;
            QStringList shown;
            for (int row = 0; row < fresh.rowCount(); ++row) {
                expected.append(fresh.index(row, 0).data(UserListModel::UserIdRole).toString());
                shown.append(rig.proxy.index(row, 0).data(UserListModel::UserIdRole).toString());
            }
            INFO("order " << int(order) << ", round " << round);
            REQUIRE(shown == expected);
        }
    }
}
