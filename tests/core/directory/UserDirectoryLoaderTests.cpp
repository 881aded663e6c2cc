// SPDX-License-Identifier: MIT
// UserDirectoryLoader against the sandbox over real HTTP: paging, roles, the registration report,
// delta refresh and cancel.
#include "DirectoryLoadRig.h"

#include "sandbox/SandboxTenant.h"
#include "sandbox/UserDelta.h"
#include "WaitUntil.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

SandboxOptions options(int users, int latencyMs = 0)
{
    SandboxOptions result = SandboxFixture::defaultOptions();
    result.userCount = users;
    result.latencyMs = latencyMs;
    return result;
}

} // namespace

TEST_CASE("UserDirectoryLoader: loads 2500 users page by page with roles and registration",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(2500));
    LoaderRig rig(fixture, 300);
    QList<int> rowsAtPage;
    QList<int> progress;
    QObject::connect(&rig.loader, &UserDirectoryLoader::usersReceived,
        [&](const QList<DirectoryUser> &) { rowsAtPage.append(rig.model.rowCount()); });
    QObject::connect(
        &rig.loader, &UserDirectoryLoader::progress, [&](int received) { progress.append(received); });
    QSignalSpy roles(&rig.loader, &UserDirectoryLoader::rolesReceived);
    QSignalSpy registration(&rig.loader, &UserDirectoryLoader::registrationReceived);

    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());

    const SandboxTenant &tenant = fixture.tenant();
    REQUIRE(rig.model.rowCount() == tenant.liveUserCount());
    CHECK(rig.proxy.rowCount() == rig.model.rowCount());
    // Rows appear with the first page, not at the end.
    REQUIRE(rowsAtPage.size() >= 9);
    CHECK(rowsAtPage.first() == 300);
    CHECK(progress.last() == rig.model.rowCount());
    CHECK(rig.loader.receivedCount() == rig.model.rowCount());
    CHECK_FALSE(rig.loader.deltaLink().isEmpty());
    CHECK(roles.size() == 1);
    CHECK(registration.size() == 1);
    CHECK(rig.model.rolesKnown());
    CHECK(rig.model.registrationReport() == UserListModel::RegistrationReport::Loaded);
    // The list came from /users (the deltaLink from one "sync from now" call), roles from one
    // call, never one per user.
    CHECK(rig.requestsTo(u"/users"_s) == rowsAtPage.size());
    CHECK(rig.requestsTo(u"/users/delta"_s) == 1);
    CHECK(rig.requestsTo(u"/directoryRoles"_s) == 1);

    int admins = 0;
    for (const SandboxUser &truth : tenant.users()) {
        if (truth.deleted)
            continue;
        const int row = rig.model.rowOf(truth.id);
        REQUIRE(row >= 0);
        const DirectoryUser &user = rig.model.userAt(row);
        CHECK(user.displayName() == truth.displayName);
        CHECK(user.userPrincipalName() == truth.userPrincipalName);
        CHECK(user.isAccountEnabled() == truth.accountEnabled);
        CHECK(user.isLicensed() == !truth.assignedLicenseSkus.isEmpty());
        CHECK(user.isGuest() == (truth.userType == u"Guest"_s));
        CHECK(user.isSynced() == truth.onPremisesSyncEnabled.value_or(false));
        CHECK(user.passwordNeverExpires() == truth.passwordPolicies.contains(u"DisablePasswordExpiration"_s));
        CHECK(user.hasAlternateEmail() == !truth.otherMails.isEmpty());
        for (const QString &role : tenant.rolesOf(truth.id, true))
            CHECK(user.hasRole(role));
        admins += user.isAdmin() ? 1 : 0;
        if (truth.accountEnabled) {
            CHECK(user.selfServiceRegistered()
                == (truth.isSsprRegistered ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No));
        }
    }
    CHECK(admins > 0);
    CHECK(rig.model.isSelf(rig.model.rowOf(fixture.adminId())));

    // Sorted by name while pages arrived: the proxy's order is complete and sorted.
    CHECK(rig.proxySorted());
}

TEST_CASE("UserDirectoryLoader: a refresh transfers only a changed and a deleted user",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(400));
    LoaderRig rig(fixture, 100);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    const int loaded = rig.model.rowCount();

    // Pick two ordinary users, select both, then change one over HTTP and delete the other.
    QString changedId;
    QString deletedId;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (user.deleted || user.id == fixture.adminId() || user.userType != u"Member"_s)
            continue;
        (changedId.isEmpty() ? changedId : deletedId) = user.id;
        if (!deletedId.isEmpty())
            break;
    }
    REQUIRE_FALSE(deletedId.isEmpty());
    rig.selection.selectAll({changedId, deletedId});
    // One change over HTTP, one in-process (the sandbox's PATCH does not take displayName).
    const QByteArray patch
        = QJsonDocument(QJsonObject {{u"passwordPolicies"_s, u"DisablePasswordExpiration"_s}})
              .toJson(QJsonDocument::Compact);
    const HttpResult patched
        = fixture.request("PATCH", u"/v1.0/users/"_s + changedId, patch, fixture.adminToken());
    INFO(patched.body.toStdString());
    REQUIRE(patched.status == 204);
    SandboxUser *renamed = fixture.tenant().userById(changedId);
    REQUIRE(renamed);
    renamed->displayName = u"Zäta Renamed"_s;
    fixture.tenant().touch(*renamed);
    fixture.tenant().deleteUser(deletedId, false);

    QList<DirectoryUser> changed;
    QStringList removed;
    QObject::connect(&rig.loader, &UserDirectoryLoader::deltaReceived,
        [&](const QList<DirectoryUser> &c, const QStringList &r) {
            changed += c;
            removed += r;
        });
    QSignalSpy fullLoads(&rig.loader, &UserDirectoryLoader::usersReceived);
    const QUrl firstLink = rig.loader.deltaLink();
    rig.runToEnd([&] { rig.loader.refresh(); });
    REQUIRE_FALSE(rig.finishes.last().isError());

    CHECK(fullLoads.isEmpty());
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().id() == changedId);
    CHECK(removed == QStringList {deletedId});
    CHECK(rig.model.rowCount() == loaded - 1);
    CHECK(rig.model.rowOf(deletedId) == -1);
    const int row = rig.model.rowOf(changedId);
    REQUIRE(row >= 0);
    CHECK(rig.model.userAt(row).displayName() == u"Zäta Renamed"_s);
    CHECK(rig.model.userAt(row).passwordNeverExpires());
    CHECK(rig.selection.ids() == QSet<QString> {changedId});
    // The sorted proxy moved the renamed user to its place and dropped the deleted one.
    CHECK(rig.proxy.rowCount() == loaded - 1);
    CHECK(rig.proxy.mapFromSource(rig.model.index(row, UserListModel::DisplayName)).isValid());
    CHECK(rig.proxySorted());
    CHECK(rig.loader.deltaLink() != firstLink);

    // Nothing changed since: the next refresh brings nothing.
    changed.clear();
    removed.clear();
    rig.runToEnd([&] { rig.loader.refresh(); });
    CHECK(changed.isEmpty());
    CHECK(removed.isEmpty());
    CHECK(rig.model.rowCount() == loaded - 1);
}

TEST_CASE("UserDirectoryLoader: reads must change at next sign-in from passwordProfile, on load and refresh",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(300));
    // Changed elsewhere before the load (the admin center, PowerShell): a reset that forces a change.
    QList<SandboxUser *> members;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted && user.id != fixture.adminId() && user.userType == u"Member"_s)
            members.append(fixture.tenant().userById(user.id));
        if (members.size() == 3)
            break;
    }
    REQUIRE(members.size() == 3);
    SandboxUser &forcedBefore = *members.at(0);
    SandboxUser &forcedLater = *members.at(1);
    SandboxUser &mfaLater = *members.at(2);
    forcedBefore.forceChangePasswordNextSignIn = true;

    LoaderRig rig(fixture, 100);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    const auto mustChange = [&rig](const SandboxUser &user) {
        const int row = rig.model.rowOf(user.id);
        REQUIRE(row >= 0);
        return rig.model.userAt(row).mustChangeAtNextSignIn();
    };
    for (const SandboxUser &truth : fixture.tenant().users()) {
        if (truth.deleted)
            continue;
        INFO(truth.userPrincipalName.toStdString());
        CHECK(mustChange(truth)
            == (truth.forceChangePasswordNextSignIn ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No));
    }
    CHECK(mustChange(forcedBefore) == DirectoryUser::TriState::Yes);
    const int forcedRow = rig.model.rowOf(forcedBefore.id);
    CHECK(rig.model.data(rig.model.index(forcedRow, UserListModel::MustChange)).toString() == u"Yes"_s);

    // Later, elsewhere: one reset over HTTP forcing a change, one with MFA first, and the first
    // user chose a new password, so no change is pending any more.
    const QByteArray reset = QJsonDocument(QJsonObject {{u"passwordProfile"_s,
        QJsonObject {{u"password"_s, u"Fjord-Lantern-93!"_s}, {u"forceChangePasswordNextSignIn"_s, true}}}})
                                 .toJson(QJsonDocument::Compact);
    REQUIRE(fixture.request("PATCH", u"/v1.0/users/"_s + forcedLater.id, reset, fixture.adminToken()).status == 204);
    mfaLater.forceChangePasswordNextSignInWithMfa = true;
    UserDelta::markChanged(fixture.tenant(), mfaLater, {u"passwordProfile"_s});
    forcedBefore.forceChangePasswordNextSignIn = false;
    UserDelta::markChanged(fixture.tenant(), forcedBefore, {u"passwordProfile"_s, u"lastPasswordChangeDateTime"_s});

    rig.runToEnd([&] { rig.loader.refresh(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    CHECK(mustChange(forcedLater) == DirectoryUser::TriState::Yes);
    CHECK(mustChange(mfaLater) == DirectoryUser::TriState::Yes);
    CHECK(mustChange(forcedBefore) == DirectoryUser::TriState::No);
}

TEST_CASE("UserDirectoryLoader: cancel stops a load after its first page", "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(2000, 40));
    LoaderRig rig(fixture, 100);
    rig.cancelOnFirstPage();
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE(rig.finishes.size() == 1);
    CHECK(rig.finishes.last().kind == GraphError::Kind::Cancelled);
    const int rows = rig.model.rowCount();
    CHECK(rows == 100);
    CHECK(rig.loader.deltaLink().isEmpty()); // an incomplete list must not be refreshed by delta
    QTest::qWait(300);
    CHECK(rig.model.rowCount() == rows);
    CHECK(rig.finishes.size() == 1);

    // A later load starts over and completes; a selected user deleted meanwhile drops out.
    const QString kept = rig.model.userAt(1).id();
    const QString gone = rig.model.userAt(2).id();
    rig.selection.selectAll({kept, gone});
    fixture.tenant().deleteUser(gone, true);
    rig.runToEnd([&] { rig.loader.load(); });
    CHECK_FALSE(rig.finishes.last().isError());
    CHECK(rig.model.rowCount() == fixture.tenant().liveUserCount());
    CHECK(rig.selection.ids() == QSet<QString> {kept});
}

TEST_CASE("UserDirectoryLoader: reads a role in full when $expand may have cut its members",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(300));
    QStringList readers;
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (readers.size() == 150)
            break;
        if (user.deleted || user.roleTemplateIds.contains(SandboxRoles::DirectoryReaders))
            continue;
        SandboxUser *target = fixture.tenant().userById(user.id);
        target->roleTemplateIds.append(SandboxRoles::DirectoryReaders);
        fixture.tenant().touch(*target);
        readers.append(user.id);
    }
    REQUIRE(readers.size() == 150);
    LoaderRig rig(fixture, 999);
    QSignalSpy roles(&rig.loader, &UserDirectoryLoader::rolesReceived);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    REQUIRE(roles.size() == 1);
    CHECK(rig.requestsTo(u"/directoryRoles"_s) == 1);
    qsizetype roleMemberReads = 0;
    for (const RequestLogEntry &entry : fixture.context().log.entries())
        roleMemberReads += entry.path.contains(u"/directoryRoles/"_s) && entry.path.endsWith(u"/members"_s) ? 1 : 0;
    CHECK(roleMemberReads == 1); // only the big role
    for (const QString &id : std::as_const(readers))
        CHECK(rig.model.userAt(rig.model.rowOf(id)).hasRole(SandboxRoles::DirectoryReaders));
    rig.proxy.setQuickFilter(UserFilterProxyModel::QuickFilter::Admins);
    CHECK(rig.proxy.rowCount() >= 150);
}

TEST_CASE("UserDirectoryLoader: registration is unavailable without a premium licence",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(60));
    fixture.tenant().premiumLicensed = false;
    LoaderRig rig(fixture, 999);
    QSignalSpy unavailable(&rig.loader, &UserDirectoryLoader::registrationUnavailable);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError()); // the list itself loads
    REQUIRE(unavailable.size() == 1);
    CHECK(unavailable.at(0).at(0).value<GraphError>().kind == GraphError::Kind::LicenseRequired);
    CHECK(rig.model.registrationReport() == UserListModel::RegistrationReport::Unavailable);
    CHECK(rig.model.rowCount() == fixture.tenant().liveUserCount());
}

TEST_CASE("UserDirectoryLoader: reads only the registration report again once it may",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(120));
    // Signed in without AuditLog.Read.All, as ResetDesk's sign-in is: the report answers 403.
    QStringList scopes = SandboxFixture::allScopes();
    scopes.removeAll(u"AuditLog.Read.All"_s);
    scopes.removeAll(u"UserAuthenticationMethod.Read.All"_s);
    scopes.removeAll(u"UserAuthenticationMethod.ReadWrite.All"_s);
    LoaderRig rig(fixture, 999, [&] { return fixture.adminToken(scopes); });
    QSignalSpy started(&rig.loader, &UserDirectoryLoader::registrationStarted);
    QSignalSpy unavailable(&rig.loader, &UserDirectoryLoader::registrationUnavailable);
    QSignalSpy received(&rig.loader, &UserDirectoryLoader::registrationReceived);
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE_FALSE(rig.finishes.last().isError());
    REQUIRE(unavailable.size() == 1);
    CHECK(unavailable.at(0).at(0).value<GraphError>().kind == GraphError::Kind::InsufficientPrivileges);
    CHECK(rig.model.registrationReport() == UserListModel::RegistrationReport::Unavailable);
    CHECK(started.size() == 1);
    CHECK_FALSE(rig.loader.isReadingRegistration());

    // Consent granted: a new token carries the permission; only the report is read again.
    scopes.append(u"AuditLog.Read.All"_s);
    QSignalSpy refreshed(&rig.tokens, &AccessTokenSource::accessTokenRefreshed);
    rig.tokens.refreshAccessToken();
    REQUIRE(refreshed.wait(5000));
    const qsizetype usersRequests = rig.requestsTo(u"/users"_s) + rig.requestsTo(u"/users/delta"_s);
    const qsizetype finishes = rig.finishes.size();
    rig.loader.reloadRegistration();
    CHECK(rig.loader.isReadingRegistration());
    CHECK(started.size() == 2);
    CHECK_FALSE(rig.loader.isBusy()); // the users are left alone
    REQUIRE(waitUntil([&] { return !received.isEmpty(); }, 30000));
    CHECK_FALSE(rig.loader.isReadingRegistration());
    CHECK(rig.model.registrationReport() == UserListModel::RegistrationReport::Loaded);
    CHECK(rig.requestsTo(u"/users"_s) + rig.requestsTo(u"/users/delta"_s) == usersRequests);
    CHECK(rig.finishes.size() == finishes); // no round started or ended
    for (const SandboxUser &truth : fixture.tenant().users()) {
        if (truth.deleted || !truth.accountEnabled)
            continue;
        CHECK(rig.model.userAt(rig.model.rowOf(truth.id)).selfServiceRegistered()
            == (truth.isSsprRegistered ? DirectoryUser::TriState::Yes : DirectoryUser::TriState::No));
    }
}

TEST_CASE("UserDirectoryLoader: reading the report again during a load stays part of that load",
    "[core][directory][sandbox]")
{
    SandboxFixture fixture(options(300));
    // The load's first reading is still on the wire when the list's first page arrives.
    SandboxFaultRule slowReport;
    slowReport.action = SandboxFaultRule::Action::Delay;
    slowReport.path = QRegularExpression(u"^/reports/"_s);
    slowReport.delayMs = 3000;
    fixture.context().faults.addRule(slowReport);
    LoaderRig rig(fixture, 100);
    QSignalSpy received(&rig.loader, &UserDirectoryLoader::registrationReceived);
    bool reloaded = false;
    QObject::connect(&rig.loader, &UserDirectoryLoader::usersReceived, [&](const QList<DirectoryUser> &) {
        if (!std::exchange(reloaded, true)) {
            CHECK(rig.loader.isReadingRegistration());
            rig.loader.reloadRegistration();
        }
    });
    rig.runToEnd([&] { rig.loader.load(); });
    REQUIRE(reloaded);
    REQUIRE_FALSE(rig.finishes.last().isError());
    // The round waited for the new reading, and the first one's answer was dropped.
    CHECK(rig.finishes.size() == 1);
    CHECK(received.size() == 1);
    CHECK_FALSE(rig.loader.isReadingRegistration());
    CHECK(rig.model.registrationReport() == UserListModel::RegistrationReport::Loaded);
    CHECK(rig.requestsTo(u"/userRegistrationDetails"_s) >= 1);
}
