// SPDX-License-Identifier: MIT
// Restoring and forgetting sessions. The real keychain: the test command starts the suite inside
// a private D-Bus session with an unlocked gnome-keyring (dev.sh).
#include "AuthTestRig.h"
#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/KeychainTokenStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace AuthTestRig;
using Kind = AuthError::Kind;

TEST_CASE("AuthSession: restarting signs in silently from the real keychain and sign-out removes it", "[auth][session][keychain]")
{
    SandboxFixture fixture;
    const QString upn = adminUpn(fixture);
    QString key;
    {
        KeychainTokenStore keychain(keychainService, nullptr);
        Rig rig(fixture, &keychain);
        QSignalSpy written(&keychain, &TokenStore::writeFinished);
        REQUIRE(rig.signIn());
        REQUIRE(waitUntil([&] { return !written.isEmpty(); }, 10000));
        CHECK(written.first().at(1).value<TokenStoreError>() == TokenStoreError::None);
        CHECK(rig.session.isRemembered());
        key = rig.session.connection().refreshTokenKey(upn);
    } // the application quits: nothing but the keychain entry remains

    KeychainTokenStore keychain(keychainService, nullptr);
    Rig rig(fixture, &keychain);
    QSignalSpy signedIn(&rig.session, &AuthSession::signedIn);
    QSignalSpy states(&rig.session, &AuthSession::stateChanged);
    rig.session.restore(upn);
    CHECK(rig.session.state() == AuthSession::State::Restoring);
    REQUIRE(signedIn.wait(15000));
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
    CHECK(rig.session.account().userPrincipalName == upn);
    CHECK(rig.session.account().objectId == fixture.adminId());
    CHECK(fixture.get(u"/v1.0/me"_s, rig.session.accessToken()).status == 200);

    QSignalSpy removed(&keychain, &TokenStore::removeFinished);
    QSignalSpy signedOut(&rig.session, &AuthSession::signedOut);
    rig.session.signOut();
    CHECK(signedOut.size() == 1);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
    CHECK(rig.session.accessToken().isEmpty());
    REQUIRE(waitUntil([&] { return !removed.isEmpty(); }, 10000));
    CHECK(readSecret(keychain, key).error == TokenStoreError::NotFound);

    // Nothing stored any more: restore says an interactive sign-in is needed.
    QSignalSpy restoreFailed(&rig.session, &AuthSession::restoreFailed);
    rig.session.restore(upn);
    REQUIRE(restoreFailed.wait(10000));
    CHECK(restoreFailed.first().at(0).value<AuthError>().kind == Kind::InteractionRequired);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}

TEST_CASE("AuthSession: restoring with a revoked stored token fails with SessionExpired and forgets it", "[auth][session][keychain]")
{
    SandboxFixture fixture;
    const QString upn = adminUpn(fixture);
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    const QString key = rig.session.connection().refreshTokenKey(upn);
    fixture.context().tokens.revokeRefreshTokensOf(fixture.adminId());

    Rig restarted(fixture, &rig.memory);
    QSignalSpy restoreFailed(&restarted.session, &AuthSession::restoreFailed);
    restarted.session.restore(upn);
    REQUIRE(restoreFailed.wait(10000));
    CHECK(restoreFailed.first().at(0).value<AuthError>().kind == Kind::SessionExpired);
    CHECK(restarted.session.state() == AuthSession::State::SignedOut);
    REQUIRE(waitUntil([&] { return readSecret(rig.memory, key).error == TokenStoreError::NotFound; }, 5000));
}

TEST_CASE("AuthSession: an unavailable keychain is reported and the session lives in memory", "[auth][session][keychain]")
{
    SandboxFixture fixture;
    UnavailableTokenStore unavailable;
    Rig rig(fixture, &unavailable);
    QSignalSpy problems(&rig.session, &AuthSession::keychainProblem);

    REQUIRE(rig.signIn());
    REQUIRE(problems.wait(5000));
    CHECK(problems.first().at(0).value<TokenStoreError>() == TokenStoreError::Unavailable);
    CHECK_FALSE(rig.session.isRemembered());
    CHECK(rig.session.state() == AuthSession::State::SignedIn);

    // Refreshing still works from memory, without pestering the keychain again.
    QSignalSpy refreshed(&rig.session, &AccessTokenSource::accessTokenRefreshed);
    rig.session.refreshAccessToken();
    REQUIRE(refreshed.wait(10000));
    CHECK(refreshed.first().at(0).toBool());
    CHECK(unavailable.writes == 1);
    CHECK(problems.size() == 1);
    CHECK(fixture.get(u"/v1.0/me"_s, rig.session.accessToken()).status == 200);
}

TEST_CASE("AuthSession: restoring from an unavailable keychain reports it and asks for a sign-in", "[auth][session][keychain]")
{
    SandboxFixture fixture;
    UnavailableTokenStore unavailable;
    Rig rig(fixture, &unavailable);
    QSignalSpy problems(&rig.session, &AuthSession::keychainProblem);
    QSignalSpy restoreFailed(&rig.session, &AuthSession::restoreFailed);
    QSignalSpy signInFailed(&rig.session, &AuthSession::signInFailed);

    rig.session.restore(adminUpn(fixture));
    REQUIRE(restoreFailed.wait(5000));
    const auto error = restoreFailed.first().at(0).value<AuthError>();
    CHECK(error.kind == Kind::InteractionRequired);
    CHECK(error.error == u"keychain_unavailable"_s);
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().at(0).value<TokenStoreError>() == TokenStoreError::Unavailable);
    CHECK_FALSE(rig.session.isRemembered());
    CHECK(signInFailed.isEmpty());
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}

TEST_CASE("AuthSession: a restore can be cancelled before the keychain answers", "[auth][session][keychain]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    Rig restarted(fixture, &rig.memory);
    QSignalSpy restoreFailed(&restarted.session, &AuthSession::restoreFailed);
    QSignalSpy signedIn(&restarted.session, &AuthSession::signedIn);

    restarted.session.restore(adminUpn(fixture));
    restarted.session.cancelSignIn();
    REQUIRE(restoreFailed.size() == 1);
    CHECK(restoreFailed.first().at(0).value<AuthError>().kind == Kind::Cancelled);
    QTest::qWait(500);
    CHECK(signedIn.isEmpty());
    CHECK(restarted.session.state() == AuthSession::State::SignedOut);
    CHECK(restarted.session.accessToken().isEmpty());
}
