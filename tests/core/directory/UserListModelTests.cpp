// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "DirectoryTestUsers.h"

#include "directory/RoleHolders.h"
#include "directory/RoleTemplates.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using DirectoryTestUsers::numbered;

namespace {

QString text(const UserListModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

/** English source texts whatever the machine's locale (dates go through QLocale). */
struct EnglishLocale
{
    QLocale saved;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(saved); }
};

} // namespace

TEST_CASE("UserListModel: appends pages in one insert each", "[core][directory]")
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.appendUsers(numbered(0, 100));
    model.appendUsers(numbered(100, 50));
    REQUIRE(model.rowCount() == 150);
    REQUIRE(inserted.size() == 2);
    CHECK(inserted.at(1).at(1).toInt() == 100);
    CHECK(inserted.at(1).at(2).toInt() == 149);
    CHECK(model.columnCount() == UserListModel::ColumnCount);
    CHECK(model.rowOf(u"u120"_s) == 120);
    CHECK(text(model, 120, UserListModel::DisplayName) == u"User 120"_s);
    CHECK(model.data(model.index(120, UserListModel::Licensed), UserListModel::UserIdRole).toString()
        == u"u120"_s);

    // A user sent again (a page repeated after a retry) is updated, not duplicated.
    model.appendUsers({DirectoryTestUsers::user({u"u5"_s, u"Renamed Five"_s, u"user5@contoso.com"_s})});
    CHECK(model.rowCount() == 150);
    CHECK(text(model, 5, UserListModel::DisplayName) == u"Renamed Five"_s);

    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(model.rowOf(u"u5"_s) == -1);
}

TEST_CASE("UserListModel: shows each column as the admin reads it", "[core][directory]")
{
    EnglishLocale english;
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers({DirectoryTestUsers::user({u"a"_s, u"Anna Svensson"_s, u"anna@contoso.com"_s, {}, true,
                           true, false, true, u"DisablePasswordExpiration, DisableStrongPassword"_s, true}),
        DirectoryTestUsers::user(
            {u"b"_s, u"Bo Ek"_s, u"bo@contoso.com"_s, {}, false, false, false, false, {}, false, {}})});
    CHECK(text(model, 0, UserListModel::UserPrincipalName) == u"anna@contoso.com"_s);
    CHECK(text(model, 0, UserListModel::Licensed) == u"Yes"_s);
    CHECK(text(model, 1, UserListModel::Licensed) == u"No"_s);
    CHECK(text(model, 0, UserListModel::SignInAllowed) == u"Yes"_s);
    CHECK(text(model, 1, UserListModel::SignInAllowed) == u"No"_s);
    CHECK(text(model, 0, UserListModel::Synced) == u"Yes"_s);
    CHECK(text(model, 0, UserListModel::PasswordPolicies) == u"Never expires and Weak allowed"_s);
    CHECK(text(model, 1, UserListModel::PasswordPolicies).isEmpty());
    CHECK(text(model, 0, UserListModel::AlternateEmail) == u"Yes"_s);
    CHECK(text(model, 1, UserListModel::AlternateEmail) == u"No"_s);
    CHECK(text(model, 0, UserListModel::LastPasswordChange)
        == QLocale().toString(
            QDateTime(QDate(2024, 5, 1), QTime(10, 11, 12), QTimeZone::utc()).toLocalTime().date(),
            QLocale::ShortFormat));
    CHECK(text(model, 1, UserListModel::LastPasswordChange).isEmpty());
    // Facts that come from other calls stay blank until those calls answered.
    CHECK(text(model, 0, UserListModel::AdminRoles).isEmpty());
    CHECK(text(model, 0, UserListModel::MustChange).isEmpty());
    CHECK(text(model, 0, UserListModel::SelfServiceRegistered).isEmpty());
    CHECK(model.headerData(UserListModel::DisplayName, Qt::Horizontal).toString() == u"Display name"_s);
    CHECK(model.headerData(UserListModel::SelfServiceRegistered, Qt::Horizontal).toString()
        == u"Self-service reset registered"_s);
}

TEST_CASE("UserListModel: gives raw values under SortValueRole", "[core][directory]")
{
    UserListModel model;
    model.appendUsers({DirectoryTestUsers::user({u"a"_s, u"Anna"_s, u"anna@contoso.com"_s, {}, true, false,
        false, false, u"DisablePasswordExpiration"_s})});
    const auto sortValue
        = [&model](int column) { return model.data(model.index(0, column), UserListModel::SortValueRole); };
    CHECK(sortValue(UserListModel::DisplayName).toString() == u"Anna"_s);
    CHECK(sortValue(UserListModel::Licensed).toBool());
    CHECK_FALSE(sortValue(UserListModel::SignInAllowed).toBool());
    CHECK(sortValue(UserListModel::PasswordPolicies).toInt() == 1);
    CHECK(sortValue(UserListModel::LastPasswordChange).toLongLong()
        == QDateTime(QDate(2024, 5, 1), QTime(10, 11, 12), QTimeZone::utc()).toMSecsSinceEpoch());
    CHECK(sortValue(UserListModel::AdminRoles).toInt() == 0);
    CHECK(sortValue(UserListModel::SelfServiceRegistered).toInt() == int(DirectoryUser::TriState::Unknown));
}

TEST_CASE("UserListModel: marks the signed-in admin's own row", "[core][directory]")
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(numbered(0, 3));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSelfId(u"u1"_s);
    CHECK(changed.size() == 1);
    CHECK(model.isSelf(1));
    CHECK(model.data(model.index(1, UserListModel::UserPrincipalName), UserListModel::IsSelfRole).toBool());
    CHECK_FALSE(
        model.data(model.index(0, UserListModel::UserPrincipalName), UserListModel::IsSelfRole).toBool());
    CHECK(text(model, 1, UserListModel::DisplayName) == u"User 1 (you)"_s);
    CHECK(text(model, 0, UserListModel::DisplayName) == u"User 0"_s);
    CHECK(model.data(model.index(1, UserListModel::DisplayName), Qt::ToolTipRole)
              .toString()
              .contains(u"you"_s));
    // The sort value is the plain name: "(you)" must not move the row.
    CHECK(model.data(model.index(1, UserListModel::DisplayName), UserListModel::SortValueRole).toString()
        == u"User 1"_s);
}

TEST_CASE("UserListModel: the checkbox column reads and writes the selection", "[core][directory]")
{
    UserSelection selection;
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSelection(&selection);
    model.appendUsers(numbered(0, 5));
    const QModelIndex box = model.index(2, UserListModel::Selected);
    CHECK(model.flags(box).testFlag(Qt::ItemIsUserCheckable));
    CHECK_FALSE(model.flags(model.index(2, UserListModel::DisplayName)).testFlag(Qt::ItemIsUserCheckable));
    CHECK(model.data(box, Qt::CheckStateRole).toInt() == Qt::Unchecked);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setData(box, Qt::Checked, Qt::CheckStateRole));
    CHECK(selection.isSelected(u"u2"_s));
    CHECK(model.data(box, Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toModelIndex().column() == UserListModel::Selected);

    selection.select(u"u4"_s);
    CHECK(model.data(model.index(4, UserListModel::Selected), Qt::CheckStateRole).toInt() == Qt::Checked);
    REQUIRE(model.setData(box, Qt::Unchecked, Qt::CheckStateRole));
    CHECK_FALSE(selection.isSelected(u"u2"_s));
}

TEST_CASE("UserListModel: roles apply to users loaded before and after them", "[core][directory]")
{
    EnglishLocale english;
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(numbered(0, 3));
    model.setRoles({{u"u1"_s, {RoleTemplates::GlobalAdministrator}},
        {u"u7"_s, {RoleTemplates::HelpdeskAdministrator, RoleTemplates::PasswordAdministrator}}});
    CHECK(model.rolesKnown());
    CHECK(text(model, 1, UserListModel::AdminRoles) == u"Global Administrator"_s);
    CHECK(text(model, 0, UserListModel::AdminRoles).isEmpty());
    model.appendUsers(numbered(3, 5));
    CHECK(
        text(model, 7, UserListModel::AdminRoles) == u"Helpdesk Administrator and Password Administrator"_s);
    CHECK(model.data(model.index(7, UserListModel::AdminRoles), UserListModel::SortValueRole).toInt() == 2);
    CHECK(model.userAt(7).hasRole(RoleTemplates::PasswordAdministrator));

    // Replacing the roles drops the old ones.
    model.setRoles({{u"u0"_s, {u"00000000-0000-0000-0000-00000000abcd"_s}}});
    CHECK(text(model, 1, UserListModel::AdminRoles).isEmpty());
    CHECK(text(model, 0, UserListModel::AdminRoles) == u"Other role"_s);
}

TEST_CASE("UserListModel: roles held through role-assignable groups name their groups", "[core][directory]")
{
    EnglishLocale english;
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(numbered(0, 3));
    RoleHolders holders;
    holders.roleTemplateIdsByUser = {{u"u1"_s, {RoleTemplates::UserAdministrator}},
        {u"u2"_s, {RoleTemplates::HelpdeskAdministrator, RoleTemplates::UserAdministrator}},
        {u"u4"_s, {RoleTemplates::UserAdministrator}}};
    holders.roleGroupsByUser = {{u"u1"_s, {u"HR user administration"_s}},
        {u"u4"_s, {u"HR user administration"_s, u"IT support tier 1"_s}}};
    model.setRoleHolders(holders);
    CHECK(text(model, 1, UserListModel::AdminRoles) == u"User Administrator"_s);
    CHECK(model.userAt(1).isRoleGroupMember());
    CHECK_FALSE(model.userAt(2).isRoleGroupMember());
    CHECK(model.data(model.index(1, UserListModel::AdminRoles), UserListModel::SortValueRole).toInt() == 1);
    CHECK(model.roleGroupsOf(u"u1"_s) == QStringList {u"HR user administration"_s});
    CHECK(model.roleGroupsOf(u"u2"_s).isEmpty());
    CHECK(model.data(model.index(1, UserListModel::AdminRoles), Qt::ToolTipRole)
              .toString()
              .contains(u"HR user administration"_s));
    CHECK(model.unreadRoleGroups() == 0);

    // A user whose page arrives later gets the same.
    model.appendUsers(numbered(3, 5));
    CHECK(model.userAt(4).isRoleGroupMember());
    CHECK(model.roleGroupsOf(u"u4"_s).size() == 2);

    // Plain roles replace everything, group memberships included.
    model.setRoles({{u"u1"_s, {RoleTemplates::UserAdministrator}}});
    CHECK_FALSE(model.userAt(1).isRoleGroupMember());
    CHECK(model.roleGroupsOf(u"u1"_s).isEmpty());
}

TEST_CASE("UserListModel: self-service registration is yes or no or unavailable", "[core][directory]")
{
    EnglishLocale english;
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(numbered(0, 3));
    model.setRegistration({{u"u0"_s, true}, {u"u1"_s, false}, {u"u4"_s, true}});
    CHECK(model.registrationReport() == UserListModel::RegistrationReport::Loaded);
    CHECK(text(model, 0, UserListModel::SelfServiceRegistered) == u"Yes"_s);
    CHECK(text(model, 1, UserListModel::SelfServiceRegistered) == u"No"_s);
    CHECK(text(model, 2, UserListModel::SelfServiceRegistered).isEmpty()); // not in the report
    model.appendUsers(numbered(3, 2));
    CHECK(text(model, 4, UserListModel::SelfServiceRegistered) == u"Yes"_s);

    model.setRegistrationUnavailable();
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(text(model, row, UserListModel::SelfServiceRegistered) == u"Unavailable"_s);
}

TEST_CASE("UserListModel: must change at next sign-in is known only after a reset", "[core][directory]")
{
    EnglishLocale english;
    UserListModel model;
    model.appendUsers(numbered(0, 2));
    model.setMustChangeAtNextSignIn(u"u1"_s, true);
    model.setMustChangeAtNextSignIn(u"u9"_s, false); // not loaded yet
    CHECK(text(model, 0, UserListModel::MustChange).isEmpty());
    CHECK(text(model, 1, UserListModel::MustChange) == u"Yes"_s);
    model.appendUsers(numbered(2, 8));
    CHECK(text(model, 9, UserListModel::MustChange) == u"No"_s);
}

TEST_CASE("UserListModel: Graph's passwordProfile wins over what ResetDesk set before", "[core][directory]")
{
    EnglishLocale english;
    UserListModel model;
    model.appendUsers(numbered(0, 2));
    model.setMustChangeAtNextSignIn(u"u1"_s, true);
    QJsonObject changed = DirectoryTestUsers::json({u"u1"_s, u"User 1"_s, u"user1@contoso.com"_s});
    changed.insert(u"passwordProfile"_s, QJsonValue::Null); // the user chose a password since
    model.applyDelta({DirectoryTestUsers::fromJson(changed)}, {});
    CHECK(text(model, 1, UserListModel::MustChange) == u"No"_s);
}

TEST_CASE("UserListModel: confirmed writes change rows in place and keep the selection", "[core][directory]")
{
    EnglishLocale english;
    UserSelection selection;
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSelection(&selection);
    model.appendUsers(numbered(0, 6));
    selection.selectAll({u"u1"_s, u"u4"_s});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const QDateTime when(QDate(2025, 3, 4), QTime(5, 6, 7), QTimeZone::utc());
    model.recordPasswordsSet({u"u1"_s, u"u3"_s, u"not-listed"_s}, true, when);
    CHECK(text(model, 1, UserListModel::MustChange) == u"Yes"_s);
    CHECK(text(model, 3, UserListModel::MustChange) == u"Yes"_s);
    CHECK(text(model, 2, UserListModel::MustChange).isEmpty());
    CHECK(model.data(model.index(3, UserListModel::LastPasswordChange), UserListModel::SortValueRole).toLongLong()
        == when.toMSecsSinceEpoch());
    CHECK(text(model, 3, UserListModel::LastPasswordChange)
        == QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat));
    // One signal for the rows between, over the two password columns.
    REQUIRE(changed.size() == 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    CHECK(topLeft.row() == 1);
    CHECK(bottomRight.row() == 3);
    CHECK(topLeft.column() == UserListModel::LastPasswordChange);
    CHECK(bottomRight.column() == UserListModel::MustChange);

    model.recordPasswordsSet({u"u1"_s}, false, when);
    CHECK(text(model, 1, UserListModel::MustChange) == u"No"_s);

    ::PasswordPolicies neverExpires;
    neverExpires.setNeverExpires(true);
    ::PasswordPolicies both = neverExpires;
    both.setWeakAllowed(true);
    model.recordPasswordPolicies({{u"u2"_s, neverExpires}, {u"u5"_s, both}, {u"gone"_s, both}});
    CHECK(text(model, 2, UserListModel::PasswordPolicies) == u"Never expires"_s);
    CHECK(text(model, 5, UserListModel::PasswordPolicies) == u"Never expires and Weak allowed"_s);
    model.recordPasswordPolicies({{u"u5"_s, ::PasswordPolicies()}});
    CHECK(text(model, 5, UserListModel::PasswordPolicies).isEmpty());

    // Nobody listed: nothing to say.
    const qsizetype signals = changed.size();
    model.recordPasswordsSet({u"not-listed"_s}, true, when);
    model.recordPasswordPolicies({});
    CHECK(changed.size() == signals);

    CHECK(reset.isEmpty());
    CHECK(removed.isEmpty());
    CHECK(model.rowCount() == 6);
    CHECK(selection.ids() == QSet<QString> {u"u1"_s, u"u4"_s});
}

TEST_CASE("UserListModel: a delta updates changed users and removes deleted ones", "[core][directory]")
{
    EnglishLocale english;
    UserSelection selection;
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSelection(&selection);
    model.appendUsers(numbered(0, 10));
    model.setRoles({{u"u3"_s, {RoleTemplates::UserAdministrator}}});
    model.setRegistration({{u"u3"_s, true}});
    model.setMustChangeAtNextSignIn(u"u3"_s, true);
    selection.selectAll({u"u2"_s, u"u3"_s, u"u5"_s, u"u6"_s});

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const DirectoryUser changed
        = DirectoryTestUsers::user({u"u3"_s, u"Three Renamed"_s, u"three@contoso.com"_s, {}, true, false});
    const DirectoryUser added = DirectoryTestUsers::user({u"new"_s, u"Newcomer"_s, u"new@contoso.com"_s});
    model.applyDelta({changed, added}, {u"u5"_s, u"u6"_s, u"u8"_s, u"unknown"_s});

    REQUIRE(model.rowCount() == 8);
    CHECK(removed.size() == 2); // u5-u6 in one run, u8 in another
    CHECK(model.rowOf(u"u5"_s) == -1);
    CHECK(model.rowOf(u"u9"_s) == 6);
    CHECK(text(model, 6, UserListModel::DisplayName) == u"User 9"_s);
    CHECK(model.rowOf(u"new"_s) == 7);
    const int three = model.rowOf(u"u3"_s);
    REQUIRE(three == 3);
    CHECK(text(model, three, UserListModel::DisplayName) == u"Three Renamed"_s);
    CHECK(text(model, three, UserListModel::SignInAllowed) == u"No"_s);
    // What came from other calls survives the update.
    CHECK(text(model, three, UserListModel::AdminRoles) == u"User Administrator"_s);
    CHECK(text(model, three, UserListModel::SelfServiceRegistered) == u"Yes"_s);
    CHECK(text(model, three, UserListModel::MustChange) == u"Yes"_s);
    // Deleted users drop out of the selection; the others stay selected.
    CHECK(selection.ids() == QSet<QString> {u"u2"_s, u"u3"_s});
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.rowOf(model.userAt(row).id()) == row);
}

TEST_CASE("UserListModel: search matches add only unknown users until their page confirms them", "[core][directory]")
{
    UserListModel model;
    UserSelection selection;
    model.setSelection(&selection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(numbered(0, 10));

    // The index lags writes: its copy of a loaded user must not replace the loaded one.
    const DirectoryUser stale = DirectoryTestUsers::fromJson(
        DirectoryTestUsers::json({u"u3"_s, u"Stale Three"_s, u"user3@contoso.com"_s}));
    const QList<DirectoryUser> later = numbered(50, 2);
    CHECK(model.addSearchMatches({stale, later.at(0), later.at(1), later.at(0)}) == 2);
    REQUIRE(model.rowCount() == 12);
    CHECK(text(model, 3, UserListModel::DisplayName) == u"User 3"_s);
    CHECK_FALSE(model.isUnconfirmed(u"u3"_s));
    CHECK(model.isUnconfirmed(u"u50"_s));
    CHECK(model.isUnconfirmed(u"u51"_s));
    CHECK(model.addSearchMatches(later) == 0); // a second search finds them known

    // Their page arrives: updated where they are, no second row.
    model.appendUsers({DirectoryTestUsers::user({u"u50"_s, u"Fifty Renamed"_s, u"user50@contoso.com"_s})});
    CHECK(model.rowCount() == 12);
    CHECK(model.rowOf(u"u50"_s) == 10);
    CHECK(text(model, 10, UserListModel::DisplayName) == u"Fifty Renamed"_s);
    CHECK_FALSE(model.isUnconfirmed(u"u50"_s));

    // The load completed without u51: it is not in the directory, and not selected either.
    selection.setSelected(u"u51"_s, true);
    model.dropUnconfirmed();
    CHECK(model.rowCount() == 11);
    CHECK(model.rowOf(u"u51"_s) == -1);
    CHECK_FALSE(model.isUnconfirmed(u"u51"_s));
    CHECK_FALSE(selection.isSelected(u"u51"_s));
    CHECK(model.rowOf(u"u50"_s) == 10);

    model.addSearchMatches(numbered(70, 1));
    model.clear();
    CHECK_FALSE(model.isUnconfirmed(u"u70"_s));
}

TEST_CASE("UserListModel: a delta's scattered changes are named while they are signalled", "[core][directory]")
{
    UserListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.appendUsers(numbered(0, 100));
    QList<QList<int>> named;
    QList<QPair<int, int>> spans;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model, [&](const QModelIndex &from, const QModelIndex &to) {
        named.append(model.rowsInChange());
        spans.append({from.row(), to.row()});
    });

    // Three users far apart, one of them twice: one signal over their span, naming each once.
    model.applyDelta({DirectoryTestUsers::user({u"u90"_s, u"Ninety"_s, u"u90@contoso.com"_s}),
                         DirectoryTestUsers::user({u"u7"_s, u"Seven"_s, u"u7@contoso.com"_s}),
                         DirectoryTestUsers::user({u"u40"_s, u"Forty"_s, u"u40@contoso.com"_s}),
                         DirectoryTestUsers::user({u"u7"_s, u"Seven again"_s, u"u7@contoso.com"_s})},
        {});
    REQUIRE(spans == QList<QPair<int, int>> {{7, 90}});
    CHECK(named.at(0) == QList<int> {7, 40, 90});
    CHECK(text(model, 7, UserListModel::DisplayName) == u"Seven again"_s);
    CHECK(model.rowsInChange().isEmpty());

    // Neighbours: every row of the span changed, so none are named.
    model.applyDelta({DirectoryTestUsers::user({u"u11"_s, u"Eleven"_s, u"u11@contoso.com"_s}),
                         DirectoryTestUsers::user({u"u10"_s, u"Ten"_s, u"u10@contoso.com"_s})},
        {});
    REQUIRE(spans.size() == 2);
    CHECK(spans.at(1) == QPair<int, int> {10, 11});
    CHECK(named.at(1).isEmpty());
}
