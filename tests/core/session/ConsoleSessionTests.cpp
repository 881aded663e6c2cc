// SPDX-License-Identifier: MIT
// The whole console session against the demo tenant over real HTTP, with the refresh token in the
// real Secret Service (the test command runs inside a private gnome-keyring).
#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"

#include "DemoSession.h"
#include "auth/AuthScopes.h"
#include "auth/KeychainTokenStore.h"
#include "auth/ScopeConsent.h"
#include "bulk/BulkResetRunner.h"
#include "bulk/BulkRunListUpdater.h"
#include "sandbox/TenantGenerator.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString keychainService = u"io.github.resetdesk.ResetDesk.tests"_s;

TokenStoreError storedTokenState(TokenStore &store, const QString &key)
{
    QSignalSpy spy(&store, &TokenStore::readFinished);
    store.read(key);
    REQUIRE(spy.wait(10000));
    return spy.takeFirst().at(2).value<TokenStoreError>();
}

} // namespace

TEST_CASE("ConsoleSession: signing in loads the admin with the roles held", "[core][session]")
{
    DemoSession demo;
    QSignalSpy ready(&demo.session, &ConsoleSession::ready);
    demo.signInAs();
    REQUIRE(demo.waitUntilReady());
    REQUIRE(ready.size() == 1);
    const SignedInAdmin admin = demo.session.admin();
    CHECK(admin.userPrincipalName == TenantGenerator::adminUserPrincipalName());
    CHECK(admin.rolesKnown);
    CHECK(admin.canResetPasswords());
    CHECK(demo.auth.account().tenantId == demo.demo.sandbox().tenantId());
}

TEST_CASE("ConsoleSession: a restart signs in silently with the refresh token from the keychain", "[core][session][keychain]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"resetdesk.ini"_s), QSettings::IniFormat);
    KeychainTokenStore keychain(keychainService, nullptr);
    DemoSession first(&settings, &keychain);
    first.signInAs();
    REQUIRE(first.waitUntilReady());
    const QString key = first.session.connection().refreshTokenKey(TenantGenerator::adminUserPrincipalName());
    REQUIRE(waitUntil([&] { return storedTokenState(keychain, key) == TokenStoreError::None; }, 5000));

    // A second run: new objects, the same settings and keychain, and no browser at all.
    QNetworkAccessManager network;
    AuthSession auth(&keychain, &network);
    auth.setUrlOpener([](const QUrl &) {
        FAIL("a restore must not open a browser");
        return false;
    });
    GraphClient graph(&network, &auth);
    ConsoleSession restarted(&auth, &graph, &settings);
    REQUIRE(restarted.connection() == first.demo.connection());
    REQUIRE(restarted.restoreLastSession());
    REQUIRE(waitUntil([&] { return restarted.state() == ConsoleSession::State::Ready; }, 15000));
    CHECK(restarted.admin().userPrincipalName == TenantGenerator::adminUserPrincipalName());

    // Sign-out forgets the account and removes the refresh token from the keychain.
    restarted.signOut();
    REQUIRE(waitUntil([&] { return storedTokenState(keychain, key) == TokenStoreError::NotFound; }, 5000));
    CHECK(restarted.state() == ConsoleSession::State::SignedOut);
    CHECK_FALSE(restarted.restoreLastSession());
    first.session.signOut();
}

TEST_CASE("ConsoleSession: without a stored account there is nothing to restore", "[core][session]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"resetdesk.ini"_s), QSettings::IniFormat);
    DemoSession demo(&settings);
    CHECK_FALSE(demo.session.restoreLastSession());
    CHECK(demo.session.state() == ConsoleSession::State::SignedOut);
}

TEST_CASE("ConsoleSession: a profile that cannot be read can be read again", "[core][session]")
{
    // The retries' backoff passes on this clock: the outage lasts the whole retry policy, not the test.
    ManualClock clock;
    DemoSession demo(nullptr, nullptr, DemoTenant::defaultUserCount, &clock);
    // The admin's first /me fails the way an outage does; the session stays signed in.
    demo.context().faults.addRule([] {
        SandboxFaultRule rule;
        rule.method = "GET";
        rule.path = QRegularExpression(u"^/me$"_s);
        rule.status = 503;
        rule.remaining = 10;
        return rule;
    }());
    QSignalSpy failed(&demo.session, &ConsoleSession::profileFailed);
    demo.signInAs();
    const auto profileFailed = [&] { return demo.session.state() == ConsoleSession::State::ProfileFailed; };
    REQUIRE(waitUntil(profileFailed, clock, 30000));
    REQUIRE(failed.size() == 1);
    demo.context().faults.clearRules();
    demo.session.reloadProfile();
    REQUIRE(demo.waitUntilReady());
}

TEST_CASE("ConsoleSession: a bulk run it is told about keeps the list current for as long as the run lives",
    "[core][session]")
{
    DemoSession demo;
    auto runner = std::make_unique<BulkResetRunner>(demo.session.graph());
    demo.session.followBulkRun(runner.get());
    QPointer<BulkRunListUpdater> updater = runner->findChild<BulkRunListUpdater *>();
    CHECK(updater);
    demo.session.followBulkRun(nullptr); // nothing to follow
    runner.reset();
    CHECK_FALSE(updater);
}

namespace {

/**
 * The approvals a first session meets, as the issue counted them in a real tenant: the first
 * reset, the first writeback reset, the first policy change, the password expiry, the first
 * sign-out everywhere and the first email, each with the scopes its operation asks for.
 */
const QList<QStringList> firstUses{
    AuthScopes::passwordReset(),
    AuthScopes::passwordReset() + AuthScopes::authenticationMethods(),
    AuthScopes::userPolicies(),
    AuthScopes::domains(),
    AuthScopes::passwordReset() + AuthScopes::revokeSessions(),
    AuthScopes::mail(),
};

/** Browser approvals (sign-in included) the sandbox saw in a first session under @p choice. */
qint64 approvalsInFirstSession(ConsentChoice choice)
{
    DemoSession demo;
    demo.consent = choice;
    demo.signInAs();
    REQUIRE(demo.waitUntilReady());
    QObject feature;
    for (const QStringList &scopes : firstUses) {
        bool granted = false;
        ScopeConsent::ensure(&demo.auth, scopes, &feature, [&] { granted = true; }, [](const AuthError &) {});
        REQUIRE(waitUntil([&] { return granted; }, 20000));
    }
    return demo.context().log.counter(u"identity.authorizations"_s);
}

} // namespace

TEST_CASE("ConsoleSession: a first session takes seven approvals step by step and one all at once",
          "[core][session][consent]")
{
    CHECK(approvalsInFirstSession(ConsentChoice::StepByStep) == 7);
    CHECK(approvalsInFirstSession(ConsentChoice::AllAtOnce) == 1);
}

TEST_CASE("ConsoleSession: the sign-in method and consent choice are remembered for next time",
          "[core][session][consent]")
{
    QTemporaryDir folder;
    QSettings settings(folder.filePath(u"settings.ini"_s), QSettings::IniFormat);
    {
        DemoSession demo(&settings);
        CHECK(demo.session.signInPreferences() == SignInPreferences{});
        demo.consent = ConsentChoice::AllAtOnce;
        demo.signInWithDeviceCode();
        REQUIRE(demo.waitUntilReady());
    }
    DemoSession next(&settings);
    CHECK(next.session.signInPreferences().method == SignInMethod::DeviceCode);
    CHECK(next.session.signInPreferences().consent == ConsentChoice::AllAtOnce);
}
