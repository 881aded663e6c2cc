// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "DirectoryTestUsers.h"

#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("UserSelection: selects and deselects and toggles ids", "[core][directory]")
{
    UserSelection selection;
    QSignalSpy changed(&selection, &UserSelection::changed);
    selection.select(u"a"_s);
    selection.select(u"a"_s); // no change, no signal
    selection.toggle(u"b"_s);
    CHECK(selection.count() == 2);
    CHECK(changed.size() == 2);
    selection.toggle(u"a"_s);
    selection.deselect(u"zzz"_s);
    CHECK(selection.ids() == QSet<QString> {u"b"_s});
    CHECK(changed.size() == 3);
    selection.clear();
    selection.clear();
    CHECK(selection.isEmpty());
    CHECK(changed.size() == 4);
}

TEST_CASE("UserSelection: bulk operations never add the signed-in admin", "[core][directory]")
{
    UserSelection selection;
    selection.setSelfId(u"me"_s);
    QSignalSpy changed(&selection, &UserSelection::changed);
    selection.selectAll({u"a"_s, u"me"_s, u"b"_s, u"c"_s});
    CHECK(selection.ids() == QSet<QString> {u"a"_s, u"b"_s, u"c"_s});
    CHECK(changed.size() == 1); // one signal for the whole operation

    selection.invert({u"a"_s, u"me"_s, u"d"_s});
    CHECK(selection.ids() == QSet<QString> {u"b"_s, u"c"_s, u"d"_s});

    selection.setRange({u"me"_s, u"e"_s});
    CHECK_FALSE(selection.isSelected(u"me"_s));
    CHECK(selection.isSelected(u"e"_s));
    selection.setRange({u"b"_s, u"c"_s}, false);
    CHECK(selection.ids() == QSet<QString> {u"d"_s, u"e"_s});

    // Ticked on its own, the admin's row is selected; invert leaves it as it was.
    selection.select(u"me"_s);
    CHECK(selection.isSelected(u"me"_s));
    selection.invert({u"me"_s, u"d"_s});
    CHECK(selection.ids() == QSet<QString> {u"me"_s, u"e"_s});
}

TEST_CASE("UserSelection: survives sorting and filtering and a delta refresh", "[core][directory]")
{
    UserSelection selection;
    UserListModel model;
    UserFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSelection(&selection);
    model.setSelfId(u"u3"_s);
    proxy.setSourceModel(&model);
    model.appendUsers(DirectoryTestUsers::numbered(0, 10));
    proxy.setSearchText(u"user 1"_s); // u1 only among 0-9

    selection.selectAll(proxy.visibleIds());
    CHECK(selection.ids() == QSet<QString> {u"u1"_s});
    proxy.setSearchText(QString());
    selection.selectAll(proxy.visibleIds());
    CHECK(selection.count() == 9); // everyone but the admin
    CHECK_FALSE(selection.isSelected(u"u3"_s));

    proxy.sort(UserListModel::DisplayName, Qt::DescendingOrder);
    proxy.setSearchText(u"user 5"_s);
    CHECK(selection.count() == 9);
    model.appendUsers(DirectoryTestUsers::numbered(10, 5)); // a later page: not selected
    CHECK(selection.count() == 9);
    model.applyDelta({}, {u"u5"_s, u"u6"_s});
    CHECK(selection.count() == 7);
    CHECK_FALSE(selection.isSelected(u"u5"_s));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QString());
    int checked = 0;
    for (int row = 0; row < proxy.rowCount(); ++row)
        checked += proxy.index(row, UserListModel::Selected).data(Qt::CheckStateRole).toInt() == Qt::Checked
            ? 1
            : 0;
    CHECK(checked == 7);
}
