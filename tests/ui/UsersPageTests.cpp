// SPDX-License-Identifier: MIT
// The Active users page driven as an admin would: the app signs in to the demo tenant over real
// HTTP and loads its users; the tests type, click and press keys on the real widgets.
#include "UsersPageWindow.h"

#include "FixedTokenSource.h"
#include "SandboxGraphClient.h"
#include "ui/users/UsersPageSearch.h"
#include "directory/UserDirectory.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"
#include "directory/UserServerSearch.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"
#include "WaitUntil.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int tenantUsers = 2500;

/** The users page window signed in as the demo admin, list loaded. */
struct UsersWindow : UsersPageWindow
{
    std::unique_ptr<QSignalSpy> pages;

    explicit UsersWindow(bool waitForList = true)
        : UsersPageWindow(tenantUsers)
    {
        pages = std::make_unique<QSignalSpy>(page->loader(), &UserDirectoryLoader::usersReceived);
        demo.signInAs();
        REQUIRE(demo.waitUntilReady());
        if (waitForList)
            waitForLoad();
    }

    void waitForLoad() { waitUntilLoaded(); }

    QString text(const QString &labelName) const { return child<QLabel>(labelName)->text(); }

    /** English plural forms come from resetdesk_en.ts; compare with what the app says. */
    static QString selectedText(qsizetype count)
    {
        return QCoreApplication::translate("UsersPage", "%n user(s) selected", nullptr, int(count));
    }

    QStringList shownIds() const { return page->proxy()->visibleIds(); }

    /** Clicks the checkbox cell of view row @p row, scrolling it into view first. */
    void clickCheckbox(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTableView *view = page->table();
        const QModelIndex index = page->proxy()->index(row, UserListModel::Selected);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
    }

    const SandboxUser &serverUser(const QString &upn)
    {
        for (const SandboxUser &user : tenant().users()) {
            if (user.userPrincipalName == upn)
                return user;
        }
        FAIL("no such user in the demo tenant");
        return tenant().users().front();
    }
};

} // namespace

TEST_CASE("UsersPage: signing in loads 2500 users page by page with the admin marked", "[ui][users]")
{
    UsersWindow fixture(false);
    UsersPage *page = fixture.page;
    QWidget *stackPage = fixture.window.findChild<QWidget *>(u"pageAccount"_s);
    REQUIRE(stackPage);
    CHECK(stackPage->isVisible());
    CHECK(page->isVisible());
    // The account banner stays above the list.
    CHECK(fixture.window.findChild<QLabel *>(u"labelAccountUpn"_s)->isVisible());
    fixture.waitForLoad();

    CHECK(fixture.finishes->size() == 1);
    CHECK_FALSE(fixture.finishes->first().at(0).value<GraphError>().isError());
    CHECK(fixture.pages->size() >= 3); // 999 per page
    const int live = int(fixture.tenant().liveUserCount());
    CHECK(page->model()->rowCount() == live);
    CHECK(page->proxy()->rowCount() == live);
    CHECK_FALSE(fixture.child<QWidget>(u"widgetLoading"_s)->isVisible());
    CHECK(fixture.text(u"labelShownCount"_s) == u"Showing %1 of %1"_s.arg(QLocale().toString(live)));
    CHECK(fixture.text(u"labelSelectedCount"_s) == UsersWindow::selectedText(0));

    const int selfRow = page->model()->rowOf(fixture.tenant().adminUserId);
    REQUIRE(selfRow >= 0);
    const QModelIndex self = page->model()->index(selfRow, UserListModel::DisplayName);
    CHECK(self.data(UserListModel::IsSelfRole).toBool());
    CHECK(self.data().toString() == u"Karin Lindqvist (admin) (you)"_s);
    // Sorted by display name from the start, as the header shows.
    CHECK(page->table()->horizontalHeader()->sortIndicatorSection() == UserListModel::DisplayName);
    CHECK(page->proxy()->sortColumn() == UserListModel::DisplayName);
}

TEST_CASE("UsersPage: Ctrl F focuses the search and typing narrows the rows", "[ui][users]")
{
    UsersWindow fixture;
    UsersPage *page = fixture.page;
    auto *search = fixture.child<QLineEdit>(u"lineSearch"_s);
    CHECK(search->placeholderText() == u"Search users…"_s);
    page->table()->setFocus();
    QTest::keyClick(&fixture.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());

    const int all = page->proxy()->rowCount();
    // Diacritic-blind, word by word, as you type: "elsa nil" finds Elsa Nilsson.
    QTest::keyClicks(search, u"elsa"_s);
    const int afterFirstWord = page->proxy()->rowCount();
    CHECK(afterFirstWord < all);
    CHECK(afterFirstWord >= 1);
    QTest::keyClicks(search, u" nil"_s);
    const int narrowed = page->proxy()->rowCount();
    CHECK(narrowed >= 1);
    CHECK(narrowed <= afterFirstWord);
    for (int row = 0; row < narrowed; ++row) {
        const QByteArray key
            = page->model()->userAt(page->model()->rowOf(page->proxy()->userIdAt(row))).searchKey();
        CHECK(key.contains("elsa"));
        CHECK(key.contains("nil"));
    }
    const QString elsa = TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser);
    CHECK(fixture.shownIds().contains(fixture.serverUser(elsa).id));
    CHECK(fixture.text(u"labelShownCount"_s)
        == u"Showing %1 of %2"_s.arg(QLocale().toString(narrowed), QLocale().toString(all)));

    // Case does not matter, and the user name is searched as well as the name.
    search->clear();
    CHECK(page->proxy()->rowCount() == all);
    QTest::keyClicks(search, u"KVARNBYBYGG"_s);
    CHECK(page->proxy()->rowCount() >= 1);
    CHECK(fixture.shownIds().contains(
        fixture.serverUser(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::UnlicensedUser)).id));
    search->clear();
    CHECK(page->proxy()->rowCount() == all);
}

TEST_CASE("UsersPage: each quick filter shows exactly the users it names", "[ui][users]")
{
    UsersWindow fixture;
    UsersPage *page = fixture.page;
    auto *combo = fixture.child<QComboBox>(u"comboFilter"_s);
    REQUIRE(combo->count() == 8);
    const QString selfId = fixture.tenant().adminUserId;

    using Filter = UserFilterProxyModel::QuickFilter;
    // Server truth where the user object says it; the model's roles and report for the rest.
    const auto expectServer = [&](const std::function<bool(const SandboxUser &)> &test) {
        QSet<QString> ids;
        for (const SandboxUser &user : fixture.tenant().users()) {
            if (!user.deleted && test(user))
                ids.insert(user.id);
        }
        return ids;
    };
    const auto expectModel = [&](const std::function<bool(const DirectoryUser &)> &test) {
        QSet<QString> ids;
        for (const DirectoryUser &user : page->model()->users()) {
            if (test(user))
                ids.insert(user.id());
        }
        return ids;
    };
    struct Case
    {
        Filter filter;
        QString label;
        QSet<QString> expected;
    };
    const QList<Case> cases {
        {Filter::All, u"All users"_s, expectServer([](const SandboxUser &) { return true; })},
        {Filter::Licensed, u"Licensed"_s,
            expectServer([](const SandboxUser &u) { return !u.assignedLicenseSkus.isEmpty(); })},
        {Filter::Admins, u"Admins"_s, expectModel([](const DirectoryUser &u) { return u.roleMask() != 0; })},
        {Filter::SignInBlocked, u"Sign-in blocked"_s,
            expectServer([](const SandboxUser &u) { return !u.accountEnabled; })},
        {Filter::Guests, u"Guests"_s,
            expectServer([](const SandboxUser &u) { return u.userType == u"Guest"_s; })},
        {Filter::Synced, u"Synced from on-premises"_s,
            expectServer([](const SandboxUser &u) { return u.onPremisesSyncEnabled.value_or(false); })},
        {Filter::PasswordNeverExpires, u"Password never expires"_s, expectServer([](const SandboxUser &u) {
             return u.passwordPolicies.contains(u"DisablePasswordExpiration"_s);
         })},
        {Filter::NotRegisteredForSelfServiceReset, u"Not registered for self-service reset"_s,
            expectModel([](const DirectoryUser &u) {
                return u.selfServiceRegistered() == DirectoryUser::TriState::No;
            })},
    };
    for (const Case &c : cases) {
        INFO(c.label.toStdString());
        combo->setFocus();
        combo->setCurrentIndex(int(c.filter));
        CHECK(combo->currentText() == c.label);
        CHECK(page->proxy()->quickFilter() == c.filter);
        const QStringList shown = fixture.shownIds();
        // The demo admin may not read the registration report: then nobody is known as not registered.
        if (c.filter != Filter::NotRegisteredForSelfServiceReset
            || page->model()->registrationReport() == UserListModel::RegistrationReport::Loaded)
            CHECK_FALSE(shown.isEmpty());
        CHECK(QSet<QString>(shown.cbegin(), shown.cend()) == c.expected);
    }
    // The admins include the signed-in Global Administrator and the archetype admins.
    combo->setCurrentIndex(int(Filter::Admins));
    CHECK(fixture.shownIds().contains(selfId));
    CHECK(fixture.shownIds().contains(
        fixture.serverUser(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::HelpdeskAdministrator))
            .id));
    CHECK_FALSE(fixture.shownIds().contains(
        fixture.serverUser(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser)).id));
    // A filter and a search combine.
    QTest::keyClicks(fixture.child<QLineEdit>(u"lineSearch"_s), u"hugo"_s);
    CHECK(page->proxy()->rowCount() >= 1);
    CHECK(page->proxy()->rowCount() < int(cases.at(int(Filter::Admins)).expected.size()));
}

TEST_CASE(
    "UsersPage: select all of the filter leaves out the signed-in admin and clear empties", "[ui][users]")
{
    UsersWindow fixture;
    UsersPage *page = fixture.page;
    const QString selfId = fixture.tenant().adminUserId;
    fixture.child<QComboBox>(u"comboFilter"_s)
        ->setCurrentIndex(int(UserFilterProxyModel::QuickFilter::Admins));
    const QStringList admins = fixture.shownIds();
    REQUIRE(admins.contains(selfId));

    QTest::mouseClick(fixture.child<QPushButton>(u"buttonSelectAll"_s), Qt::LeftButton);
    CHECK(page->selection()->count() == admins.size() - 1);
    CHECK_FALSE(page->selection()->isSelected(selfId));
    CHECK(fixture.text(u"labelSelectedCount"_s) == UsersWindow::selectedText(admins.size() - 1));
    const QModelIndex selfCheck = page->proxy()->index(int(admins.indexOf(selfId)), UserListModel::Selected);
    CHECK(selfCheck.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);

    // Only the filter's users: everyone else stays unticked.
    fixture.child<QComboBox>(u"comboFilter"_s)->setCurrentIndex(int(UserFilterProxyModel::QuickFilter::All));
    CHECK(page->selection()->count() == admins.size() - 1);
    // Select all over everyone, by the keyboard shortcut.
    QTest::keyClick(&fixture.window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(page->selection()->count() == page->model()->rowCount() - 1);
    CHECK_FALSE(page->selection()->isSelected(selfId));

    QTest::mouseClick(fixture.child<QPushButton>(u"buttonClearSelection"_s), Qt::LeftButton);
    CHECK(page->selection()->isEmpty());
    CHECK(fixture.text(u"labelSelectedCount"_s) == UsersWindow::selectedText(0));
    CHECK_FALSE(fixture.child<QPushButton>(u"buttonClearSelection"_s)->isEnabled());

    // The admin can still tick their own row on purpose.
    const int selfRow = int(fixture.shownIds().indexOf(selfId));
    fixture.clickCheckbox(selfRow);
    CHECK(page->selection()->isSelected(selfId));
    CHECK(fixture.text(u"labelSelectedCount"_s) == UsersWindow::selectedText(1));
}

TEST_CASE("UsersPage: shift-click ticks a range and invert flips the shown users", "[ui][users]")
{
    UsersWindow fixture;
    UsersPage *page = fixture.page;
    QTest::keyClicks(fixture.child<QLineEdit>(u"lineSearch"_s), u"kvarnby.se"_s);
    const QStringList shown = fixture.shownIds();
    REQUIRE(shown.size() > 12);

    fixture.clickCheckbox(2);
    CHECK(page->selection()->ids() == QSet<QString> {shown.at(2)});
    fixture.clickCheckbox(7, Qt::ShiftModifier);
    QSet<QString> range;
    for (int row = 2; row <= 7; ++row)
        range.insert(shown.at(row));
    range.remove(fixture.tenant().adminUserId);
    CHECK(page->selection()->ids() == range);
    CHECK(fixture.text(u"labelSelectedCount"_s) == UsersWindow::selectedText(range.size()));

    // A plain click unticks one; shift-click backwards from it unticks the range it spans.
    fixture.clickCheckbox(5);
    CHECK_FALSE(page->selection()->isSelected(shown.at(5)));
    fixture.clickCheckbox(3, Qt::ShiftModifier);
    CHECK(page->selection()->ids()
        == QSet<QString> {shown.at(2), shown.at(6), shown.at(7)}
            - QSet<QString> {fixture.tenant().adminUserId});

    // Space on the current row ticks it.
    page->table()->setFocus();
    page->table()->setCurrentIndex(page->proxy()->index(10, UserListModel::DisplayName));
    QTest::keyClick(page->table(), Qt::Key_Space);
    CHECK(page->selection()->isSelected(shown.at(10)));

    // Invert flips every shown user, never adding the admin.
    const QSet<QString> before = page->selection()->ids();
    QTest::mouseClick(fixture.child<QPushButton>(u"buttonInvertSelection"_s), Qt::LeftButton);
    QSet<QString> expected;
    for (const QString &id : shown) {
        if (!before.contains(id) && id != fixture.tenant().adminUserId)
            expected.insert(id);
    }
    CHECK(page->selection()->ids() == expected);
    CHECK(fixture.text(u"labelSelectedCount"_s) == UsersWindow::selectedText(expected.size()));
}

TEST_CASE("UsersPage: F5 refresh picks up a changed and a deleted user", "[ui][users]")
{
    UsersWindow fixture;
    UsersPage *page = fixture.page;
    const int loaded = page->model()->rowCount();
    const SandboxUser &elsa
        = fixture.serverUser(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser));
    const QString changedId = elsa.id;
    const QString deletedId
        = fixture.serverUser(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::FederatedUser)).id;
    page->selection()->selectAll({changedId, deletedId});

    SandboxUser *renamed = fixture.tenant().userById(changedId);
    REQUIRE(renamed);
    renamed->displayName = u"Zäta Renamed"_s;
    renamed->accountEnabled = false;
    fixture.tenant().touch(*renamed);
    fixture.tenant().deleteUser(deletedId, false);

    QList<DirectoryUser> changed;
    QStringList removed;
    QObject::connect(page->loader(), &UserDirectoryLoader::deltaReceived,
        [&](const QList<DirectoryUser> &c, const QStringList &r) {
            changed += c;
            removed += r;
        });
    const qsizetype fullPages = fixture.pages->size();
    page->table()->setFocus();
    QTest::keyClick(&fixture.window, Qt::Key_F5);
    REQUIRE(
        waitUntil([&] { return fixture.finishes->size() == 2 && !page->loader()->isBusy(); }, 30000));
    CHECK_FALSE(fixture.finishes->last().at(0).value<GraphError>().isError());

    CHECK(fixture.pages->size() == fullPages); // no full load
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().id() == changedId);
    CHECK(removed == QStringList {deletedId});
    CHECK(page->model()->rowCount() == loaded - 1);
    CHECK(page->model()->rowOf(deletedId) == -1);
    CHECK_FALSE(fixture.shownIds().contains(deletedId));
    const int row = page->model()->rowOf(changedId);
    REQUIRE(row >= 0);
    CHECK(page->model()->userAt(row).displayName() == u"Zäta Renamed"_s);
    CHECK_FALSE(page->model()->userAt(row).isAccountEnabled());
    const int shownRow = int(fixture.shownIds().indexOf(changedId));
    REQUIRE(shownRow >= 0);
    CHECK(page->proxy()->index(shownRow, UserListModel::DisplayName).data().toString() == u"Zäta Renamed"_s);
    CHECK(page->selection()->ids() == QSet<QString> {changedId});
    CHECK(fixture.text(u"labelSelectedCount"_s) == UsersWindow::selectedText(1));
    // The blocked filter now includes the changed user.
    fixture.child<QComboBox>(u"comboFilter"_s)
        ->setCurrentIndex(int(UserFilterProxyModel::QuickFilter::SignInBlocked));
    CHECK(fixture.shownIds().contains(changedId));
}

TEST_CASE("UsersPage: Cancel during a load stops it and a refresh loads everything", "[ui][users]")
{
    UsersWindow fixture(false);
    UsersPage *page = fixture.page;
    fixture.waitForLoad();
    const int live = int(fixture.tenant().liveUserCount());

    // Slow the tenant down so a load is still under way when Cancel is clicked.
    fixture.demo.context().options.latencyMs = 150;
    fixture.page->load();
    REQUIRE(waitUntil([&] { return fixture.pages->size() >= 4; }, 30000)); // the reload's first page
    auto *cancel = fixture.child<QPushButton>(u"buttonCancelLoad"_s);
    CHECK(cancel->isVisible());
    // The directory's count (GET /users/$count) turns the busy bar into real progress.
    auto *bar = fixture.child<QProgressBar>(u"progressLoading"_s);
    REQUIRE(waitUntil([&] { return bar->maximum() > 0; }, 10000));
    CHECK(bar->maximum() == live);
    CHECK(bar->value() == page->model()->rowCount());
    CHECK(fixture.text(u"labelLoading"_s)
        == u"Loading users… %1 of %2"_s.arg(QLocale().toString(bar->value()), QLocale().toString(live)));
    // While pages pour in, the table repaints a few times a second, not after every page.
    CHECK_FALSE(page->table()->updatesEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK(page->table()->updatesEnabled());
    CHECK_FALSE(page->loader()->isBusy());
    CHECK(fixture.finishes->last().at(0).value<GraphError>().kind == GraphError::Kind::Cancelled);
    CHECK_FALSE(fixture.child<QWidget>(u"widgetLoading"_s)->isVisible());
    CHECK(page->model()->rowCount() < live);
    auto *problem = fixture.child<QLabel>(u"labelLoadProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"cancelled"_s));
    const int rows = page->model()->rowCount();
    QTest::qWait(400);
    CHECK(page->model()->rowCount() == rows);

    // Without a complete list there is no delta to follow: F5 loads everything again.
    fixture.demo.context().options.latencyMs = 0;
    fixture.page->refresh();
    fixture.waitForLoad();
    CHECK_FALSE(fixture.finishes->last().at(0).value<GraphError>().isError());
    CHECK(page->model()->rowCount() == live);
    CHECK_FALSE(problem->isVisible());
}

TEST_CASE("UsersPage: the details pane reads the current user's contact details", "[ui][users]")
{
    UsersWindow fixture;
    UsersPage *page = fixture.page;
    const SandboxUser &elsa
        = fixture.serverUser(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser));
    CHECK(fixture.text(u"labelDetailsName"_s) == u"No user chosen"_s);

    const qsizetype requestsBefore = fixture.demo.context().log.entries().size();
    const int row = int(fixture.shownIds().indexOf(elsa.id));
    REQUIRE(row >= 0);
    page->table()->setCurrentIndex(page->proxy()->index(row, UserListModel::DisplayName));
    CHECK(fixture.text(u"labelDetailsName"_s) == elsa.displayName);
    CHECK(fixture.text(u"labelDetailsUpn"_s) == elsa.userPrincipalName);
    REQUIRE(waitUntil(
        [&] { return fixture.text(u"labelDetailsOtherMails"_s) == elsa.otherMails.join(u", "_s); }, 10000));
    CHECK(fixture.text(u"labelDetailsMobile"_s) == elsa.mobilePhone);
    CHECK(fixture.text(u"labelDetailsPhones"_s) == elsa.businessPhones.join(u", "_s));
    CHECK(fixture.text(u"labelDetailsMail"_s) == elsa.mail);
    CHECK(fixture.text(u"labelDetailsRoles"_s) == u"None"_s);
    CHECK(fixture.text(u"labelDetailsStatus"_s).isEmpty());

    // One GET /users/{id} with $select, nothing per-user beyond it.
    bool selected = false;
    const auto &entries = fixture.demo.context().log.entries();
    for (qsizetype i = requestsBefore; i < entries.size(); ++i) {
        if (entries.at(i).path.endsWith(u"/users/"_s + elsa.id))
            selected = entries.at(i).query.contains(u"otherMails"_s) && entries.at(i).status == 200;
    }
    CHECK(selected);

    // The signed-in admin: a Global Administrator, marked as you.
    const int selfRow = int(fixture.shownIds().indexOf(fixture.tenant().adminUserId));
    page->table()->setCurrentIndex(page->proxy()->index(selfRow, UserListModel::UserPrincipalName));
    CHECK(fixture.text(u"labelDetailsName"_s).endsWith(u"(you)"_s));
    CHECK(fixture.text(u"labelDetailsRoles"_s).contains(u"Global Administrator"_s));
    REQUIRE(waitUntil([&] { return fixture.text(u"labelDetailsStatus"_s).isEmpty(); }, 10000));
}

TEST_CASE("UsersPage: a column hidden from the header menu stays hidden in the next window", "[ui][users]")
{
    QSettings().remove(UsersPage::settingsGroup());
    // The columns are the list's: the pages show a directory that never loads.
    QNetworkAccessManager network;
    FixedTokenSource tokens(u"unused"_s);
    GraphClient client(&network, &tokens);
    UserDirectory directory(&client);
    {
        UsersPage page;
        page.setDirectory(&directory);
        QTableView *view = page.table();
        CHECK_FALSE(view->isColumnHidden(UserListModel::Licensed));
        auto *action = page.columnsMenu()->findChild<QAction *>(u"actionColumnLicensed"_s);
        REQUIRE(action);
        CHECK(action->text() == u"Licensed"_s);
        // The checkbox and name columns cannot be hidden.
        CHECK(page.columnsMenu()->findChild<QAction *>(u"actionColumnSelected"_s) == nullptr);
        CHECK(page.columnsMenu()->findChild<QAction *>(u"actionColumnDisplayName"_s) == nullptr);
        action->trigger();
        CHECK(view->isColumnHidden(UserListModel::Licensed));
        view->horizontalHeader()->resizeSection(UserListModel::UserPrincipalName, 333);
    }
    {
        UsersPage page;
        page.setDirectory(&directory);
        CHECK(page.table()->isColumnHidden(UserListModel::Licensed));
        CHECK(page.table()->horizontalHeader()->sectionSize(UserListModel::UserPrincipalName) == 333);
        auto *action = page.columnsMenu()->findChild<QAction *>(u"actionColumnLicensed"_s);
        CHECK_FALSE(action->isChecked());
        action->trigger();
        CHECK_FALSE(page.table()->isColumnHidden(UserListModel::Licensed));
    }
    {
        UsersPage page;
        page.setDirectory(&directory);
        CHECK_FALSE(page.table()->isColumnHidden(UserListModel::Licensed));
    }
    QSettings().remove(UsersPage::settingsGroup());
}

TEST_CASE("UsersPage: every control has an accessible name and sign-out empties the list", "[ui][users]")
{
    UsersWindow fixture;
    UsersPage *page = fixture.page;
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QScrollBar *>(widget)
            || !widget->parentWidget() || widget->objectName().startsWith(u"qt_"_s)
            || widget->objectName().isEmpty())
            continue;
        INFO(widget->objectName().toStdString());
        if (qobject_cast<QLabel *>(widget)) {
            // A label is heard as its text; one that shows a value also says what the value is.
            CHECK_FALSE(widget->accessibleDescription().isEmpty());
            continue;
        }
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }
    page->selection()->select(fixture.shownIds().at(3));

    fixture.window.findChild<QAction *>(u"actionSignOut"_s)->trigger();
    REQUIRE(waitUntil(
        [&] { return fixture.demo.session.state() == ConsoleSession::State::SignedOut; }, 5000));
    CHECK(page->model()->rowCount() == 0);
    CHECK(page->selection()->isEmpty());
    CHECK_FALSE(page->hasLoaded());
}

TEST_CASE(
    "UsersPage: binds to a directory read before it existed and leaves it whole when it goes", "[ui][users]")
{
    QSettings().remove(UsersPage::settingsGroup()); // the default column widths
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.userCount = 300;
    SandboxFixture fixture(options);
    SandboxGraphClient graph(fixture);
    // Made and filled outside any view, as the session does.
    UserDirectory directory(&graph.client);
    QSignalSpy finished(directory.loader(), &UserDirectoryLoader::finished);
    directory.loader()->load();
    REQUIRE(waitUntil([&] { return !finished.isEmpty() && !directory.loader()->isBusy(); }, 30000));
    REQUIRE_FALSE(directory.loader()->deltaLink().isEmpty()); // the full load completed
    const int listed = directory.model()->rowCount();
    REQUIRE(listed > 0);

    {
        UsersPage page;
        QAbstractItemModelTester proxyTester(
            page.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        page.setDirectory(&directory);
        // The page shows the directory's own objects; it made none of its own.
        CHECK(page.directory() == &directory);
        CHECK(page.model() == directory.model());
        CHECK(page.loader() == directory.loader());
        CHECK(page.search()->serverSearch() == directory.search());
        CHECK(page.findChildren<UserListModel *>().isEmpty());
        CHECK(page.findChildren<UserDirectoryLoader *>().isEmpty());
        CHECK(page.findChildren<UserDetailsLoader *>().isEmpty());
        CHECK(page.findChildren<UserServerSearch *>().isEmpty());
        CHECK(page.hasLoaded());
        CHECK(page.proxy()->rowCount() == listed);
        // Sorted by name from the start, as a page that loaded the list itself.
        CHECK(page.table()->horizontalHeader()->sortIndicatorSection() == UserListModel::DisplayName);
        CHECK(page.proxy()->sortColumn() == UserListModel::DisplayName);
        CHECK(page.table()->horizontalHeader()->sectionSize(UserListModel::DisplayName) == 220);
        CHECK(child<QLabel>(&page, u"labelShownCount"_s)->text() == u"Showing %L1 of %L1"_s.arg(listed));

        // Ticks are the page's, shown through the directory's list.
        page.selectAllShown();
        CHECK(page.selectedUsers().size() == listed);
        CHECK(directory.model()->index(0, UserListModel::Selected).data(Qt::CheckStateRole).toInt()
            == Qt::Checked);

        // Loads the page starts are the directory's: F5 asks only for what changed.
        QSignalSpy started(directory.loader(), &UserDirectoryLoader::started);
        child<QAction>(&page, u"actionRefreshUsers"_s)->trigger();
        REQUIRE(
            waitUntil([&] { return finished.size() == 2 && !directory.loader()->isBusy(); }, 30000));
        REQUIRE(started.size() == 1);
        CHECK_FALSE(started.first().first().toBool());
        CHECK(page.proxy()->rowCount() == listed);
    }
    // The page is gone; the directory still lists everyone, with nothing ticked for it.
    CHECK(directory.model()->rowCount() == listed);
    CHECK(directory.model()->selection() == nullptr);
    CHECK_FALSE(directory.model()
                    ->flags(directory.model()->index(0, UserListModel::Selected))
                    .testFlag(Qt::ItemIsUserCheckable));
}
