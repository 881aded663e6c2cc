// SPDX-License-Identifier: MIT
// The Active users page while the list is still loading (search asks the directory too) and
// what it says about the self-service registration report (the quick filter, the consent bar).
// The app signs in to the demo tenant over real HTTP; the tests type and click on real widgets.
#include "UsersPageWindow.h"

#include "ui/users/UsersPageRegistration.h"
#include "ui/users/UsersPageSearch.h"
#include "auth/AuthScopes.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserServerSearch.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"
#include "WaitUntil.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;
using Filter = UserFilterProxyModel::QuickFilter;

namespace {

/** The users page window, with the page knowing the sign-in session; signing in is up to the test. */
struct LoadingWindow : UsersPageWindow
{
    explicit LoadingWindow(int users)
        : UsersPageWindow(users)
    {
        // Harmless where MainWindow already hands the page its session.
        page->setAuthSession(&demo.auth);
    }

    void signIn(const QString &userPrincipalName = {})
    {
        demo.signInAs(userPrincipalName);
        REQUIRE(demo.waitUntilReady());
    }

    void waitForLoad()
    {
        waitUntilLoaded();
        REQUIRE_FALSE(finishes->constLast().at(0).value<GraphError>().isError());
    }

    QComboBox *filter() const { return child<QComboBox>(u"comboFilter"_s); }

    /** The quick filter's "Not registered for self-service reset" entry. */
    QStandardItem *registrationEntry() const
    {
        auto *items = qobject_cast<QStandardItemModel *>(filter()->model());
        REQUIRE(items);
        QStandardItem *item = items->item(int(Filter::NotRegisteredForSelfServiceReset));
        REQUIRE(item);
        CHECK(item->text() == u"Not registered for self-service reset"_s);
        return item;
    }

    QPushButton *consentButton() const { return child<QPushButton>(u"buttonRegistrationConsent"_s); }
    bool consentOffered() const { return child<QWidget>(u"widgetRegistrationConsent"_s)->isVisible(); }

    /** What the column shows for @p id. */
    QString registrationCell(const QString &id) const
    {
        const int row = page->model()->rowOf(id);
        REQUIRE(row >= 0);
        return page->model()->index(row, UserListModel::SelfServiceRegistered).data().toString();
    }

    QString idOf(Archetype archetype)
    {
        const SandboxUser *user = tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
        REQUIRE(user);
        return user->id;
    }
};

} // namespace

TEST_CASE("UsersPage: typing a name shows a user whose page has not loaded yet", "[ui][users][search]")
{
    LoadingWindow fixture(2500);
    UsersPage *page = fixture.page;
    auto *search = fixture.child<QLineEdit>(u"lineSearch"_s);
    auto *status = fixture.child<QLabel>(u"labelSearchStatus"_s);
    // The list's second page (of three) stays on the wire long enough to type and be answered.
    SandboxFaultRule slowPage;
    slowPage.action = SandboxFaultRule::Action::Delay;
    slowPage.method = "GET";
    slowPage.path = QRegularExpression(u"^/users$"_s);
    slowPage.after = 1;
    slowPage.delayMs = 5000;
    fixture.demo.context().faults.addRule(slowPage);
    QStringList statusWhenSent;
    fixture.signIn();
    REQUIRE(page->search()->serverSearch());
    QObject::connect(page->search()->serverSearch(), &UserServerSearch::started,
        [&] { statusWhenSent.append(status->isVisible() ? status->text() : QString()); });
    REQUIRE(
        waitUntil([&] { return fixture.demo.context().faults.counts().value(u"slow"_s) == 1; }, 30000));
    REQUIRE(page->loader()->isLoadingAll());
    REQUIRE(page->model()->rowCount() == 999);
    CHECK_FALSE(status->isVisible());

    // Someone the list has not loaded, typed as the admin would: their display name (one
    // without å, ä or ö, which QTest cannot type).
    const SandboxUser *target = nullptr;
    for (const SandboxUser &user : fixture.tenant().users()) {
        const bool typeable = std::all_of(
            user.displayName.cbegin(), user.displayName.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!user.deleted && typeable && page->model()->rowOf(user.id) < 0)
            target = &user;
    }
    REQUIRE(target);
    const QString targetId = target->id;
    search->setFocus();
    QTest::keyClicks(search, target->displayName);
    CHECK_FALSE(page->proxy()->visibleIds().contains(targetId));

    REQUIRE(waitUntil([&] { return page->proxy()->visibleIds().contains(targetId); }, 20000));
    CHECK(page->loader()->isLoadingAll());
    // One request for the whole name, after the typing stopped: not one per keystroke.
    CHECK(statusWhenSent == QStringList {u"Searching the directory…"_s});
    CHECK(status->isVisible());
    CHECK(status->text() == u"Showing matches from the directory; the list is still loading"_s);
    CHECK(fixture.child<QWidget>(u"widgetLoading"_s)->isVisible());
    // The row is in the table the admin looks at.
    const QModelIndex shown = page->proxy()->index(
        int(page->proxy()->visibleIds().indexOf(targetId)), UserListModel::DisplayName);
    CHECK(shown.data().toString() == target->displayName);
    QTableView *view = page->table();
    view->scrollTo(shown);
    CHECK(view->visualRect(shown).isValid());

    fixture.waitForLoad();
    CHECK_FALSE(status->isVisible());
    CHECK_FALSE(fixture.child<QWidget>(u"widgetLoading"_s)->isVisible());
    // The load's own pages updated the row: every user once.
    CHECK(page->model()->rowCount() == fixture.tenant().liveUserCount());
    QSet<QString> ids;
    for (const DirectoryUser &user : page->model()->users())
        ids.insert(user.id());
    CHECK(ids.size() == page->model()->rowCount());
    CHECK(page->proxy()->visibleIds().count(targetId) == 1);
    CHECK_FALSE(page->model()->isUnconfirmed(targetId));

    // The list is complete: typing on filters locally and asks the directory nothing.
    search->clear();
    QTest::keyClicks(search, target->displayName.left(3));
    QTest::qWait(UsersPageSearch::DebounceMs * 2);
    CHECK(statusWhenSent.size() == 1);
    CHECK_FALSE(status->isVisible());
}

TEST_CASE("UsersPage: the registration filter is disabled until the admin allows reading the report",
    "[ui][users][registration]")
{
    LoadingWindow fixture(300);
    UsersPage *page = fixture.page;
    // Before anyone signed in nothing has been read, and the entry says so.
    CHECK_FALSE(fixture.registrationEntry()->isEnabled());
    CHECK(fixture.registrationEntry()->toolTip().contains(u"when it loads the user list"_s));
    CHECK_FALSE(fixture.consentOffered());

    fixture.signIn();
    fixture.waitForLoad();
    // ResetDesk's sign-in does not ask for AuditLog.Read.All: the report answered 403.
    REQUIRE_FALSE(fixture.demo.auth.hasScopes(AuthScopes::reports()));
    REQUIRE(page->model()->registrationReport() == UserListModel::RegistrationReport::Unavailable);
    CHECK(page->registration()->state() == UsersPageRegistration::State::NeedsConsent);
    QStandardItem *entry = fixture.registrationEntry();
    CHECK_FALSE(entry->isEnabled());
    CHECK(entry->toolTip().contains(u"has not been allowed to read the registration report"_s));
    CHECK(entry->toolTip().contains(
        u"Allow ResetDesk to read who registered for self-service password reset"_s));
    const QString plainUser = fixture.idOf(Archetype::PlainUser);
    CHECK(fixture.registrationCell(plainUser) == u"Unavailable"_s);

    // The keyboard skips the disabled entry: Down from the one above it stays put.
    QComboBox *combo = fixture.filter();
    combo->setFocus();
    combo->setCurrentIndex(int(Filter::PasswordNeverExpires));
    QTest::keyClick(combo, Qt::Key_Down);
    CHECK(combo->currentIndex() == int(Filter::PasswordNeverExpires));
    CHECK(page->proxy()->quickFilter() == Filter::PasswordNeverExpires);

    // Never asked on its own: the bar offers it, the admin decides.
    REQUIRE(fixture.consentOffered());
    QPushButton *allow = fixture.consentButton();
    CHECK(allow->isEnabled());
    CHECK(allow->text() == u"Allo&w ResetDesk to read who registered for self-service password reset…"_s);
    CHECK(fixture.child<QLabel>(u"labelRegistrationConsent"_s)->text().contains(u"not been allowed"_s));

    QStringList tipWhileReading;
    QObject::connect(page->loader(), &UserDirectoryLoader::registrationStarted,
        [&] { tipWhileReading.append(fixture.registrationEntry()->toolTip()); });
    QSignalSpy received(page->loader(), &UserDirectoryLoader::registrationReceived);
    const qsizetype loads = fixture.finishes->size();
    QTest::mouseClick(allow, Qt::LeftButton);
    REQUIRE(received.wait(30000));
    CHECK(fixture.demo.auth.hasScopes(AuthScopes::reports()));
    // While the report was read again the entry said so; only the report was read, not the list.
    REQUIRE(tipWhileReading.size() == 1);
    CHECK(tipWhileReading.constFirst().contains(u"still reading"_s));
    CHECK(fixture.finishes->size() == loads);

    CHECK(page->model()->registrationReport() == UserListModel::RegistrationReport::Loaded);
    CHECK(page->registration()->state() == UsersPageRegistration::State::Available);
    CHECK_FALSE(fixture.consentOffered());
    CHECK(fixture.registrationEntry()->isEnabled());
    const SandboxUser *plain = fixture.tenant().userById(plainUser);
    CHECK(fixture.registrationCell(plainUser) == (plain->isSsprRegistered ? u"Yes"_s : u"No"_s));

    // Now the filter can be chosen, and shows exactly the users the report says are not registered.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentIndex() == int(Filter::NotRegisteredForSelfServiceReset));
    CHECK(page->proxy()->quickFilter() == Filter::NotRegisteredForSelfServiceReset);
    QSet<QString> expected;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted && user.accountEnabled && !user.isSsprRegistered)
            expected.insert(user.id);
    }
    const QStringList shown = page->proxy()->visibleIds();
    CHECK_FALSE(shown.isEmpty());
    CHECK(QSet<QString>(shown.cbegin(), shown.cend()) == expected);
}

TEST_CASE("UsersPage: without Entra ID P1 or P2 the registration filter says a licence is needed",
    "[ui][users][registration]")
{
    LoadingWindow fixture(120);
    fixture.tenant().premiumLicensed = false;
    UsersPage *page = fixture.page;
    fixture.signIn();
    fixture.waitForLoad();
    // The permission comes first: with it, the tenant's licence is what stops the report.
    REQUIRE(fixture.consentOffered());
    QSignalSpy unavailable(page->loader(), &UserDirectoryLoader::registrationUnavailable);
    QTest::mouseClick(fixture.consentButton(), Qt::LeftButton);
    REQUIRE(unavailable.wait(30000));
    CHECK(unavailable.constFirst().at(0).value<GraphError>().kind == GraphError::Kind::LicenseRequired);

    CHECK(page->registration()->state() == UsersPageRegistration::State::NoLicence);
    CHECK_FALSE(fixture.consentOffered()); // consent cannot help
    QStandardItem *entry = fixture.registrationEntry();
    CHECK_FALSE(entry->isEnabled());
    CHECK(entry->toolTip().contains(u"Microsoft Entra ID P1 or P2"_s));
    CHECK(fixture.registrationCell(fixture.idOf(Archetype::PlainUser)) == u"Unavailable"_s);
}

TEST_CASE("UsersPage: an admin whose roles cannot read reports is told to sign in with one that can",
    "[ui][users][registration]")
{
    LoadingWindow fixture(120);
    UsersPage *page = fixture.page;
    fixture.signIn(TenantGenerator::archetypeUpn(Archetype::HelpdeskAdministrator));
    fixture.waitForLoad();
    REQUIRE(fixture.consentOffered());
    QSignalSpy unavailable(page->loader(), &UserDirectoryLoader::registrationUnavailable);
    QTest::mouseClick(fixture.consentButton(), Qt::LeftButton);
    REQUIRE(unavailable.wait(30000));
    CHECK(
        unavailable.constFirst().at(0).value<GraphError>().kind == GraphError::Kind::InsufficientPrivileges);
    CHECK(fixture.demo.auth.hasScopes(AuthScopes::reports()));

    CHECK(page->registration()->state() == UsersPageRegistration::State::NoRole);
    CHECK_FALSE(fixture.consentOffered());
    QStandardItem *entry = fixture.registrationEntry();
    CHECK_FALSE(entry->isEnabled());
    CHECK(entry->toolTip().contains(u"Sign in with a role that can read reports"_s));
    CHECK(entry->toolTip().contains(u"Reports Reader"_s));
}
