// SPDX-License-Identifier: MIT
// More permissions while signed in (incremental consent) against the sandbox over real HTTP:
// asked for the way the admin signed in, cancellable without signing out, and refused when
// another account approves.
#include "AuthTestRig.h"
#include "CatchQt.h"
#include "SandboxFixture.h"
#include "WaitUntil.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/ScopeConsent.h"
#include "auth/ScopeRequest.h"
#include "demo/InProcessBrowser.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace AuthTestRig;
using Kind = AuthError::Kind;

namespace {

/** Device codes that the sandbox approves at the first poll, with no wait between polls. */
void approveDeviceCodesAtOnce(SandboxFixture &fixture)
{
    fixture.context().signIn.deviceIntervalSeconds = 0;
    fixture.context().signIn.devicePendingPolls = 0;
}

bool signInWithDeviceCode(Rig &rig)
{
    QSignalSpy signedIn(&rig.session, &AuthSession::signedIn);
    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    return waitUntil([&] { return !signedIn.isEmpty(); }, 20000);
}

AuthError waitForEnd(ScopeRequest *request)
{
    QSignalSpy finished(request, &ScopeRequest::finished);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 20000));
    return finished.first().at(0).value<AuthError>();
}

/** An enabled account of the tenant that is not the demo admin. */
const SandboxUser &someoneElse(SandboxFixture &fixture)
{
    for (const SandboxUser &user : fixture.tenant().users()) {
        if (!user.deleted && user.accountEnabled && user.id != fixture.adminId() && user.userType == u"Member"_s)
            return user;
    }
    FAIL("the sandbox tenant has no second member");
    return fixture.tenant().users().front();
}

} // namespace

TEST_CASE("AuthSession: an admin signed in by device code approves more permissions by device code",
          "[auth][session][consent][device]")
{
    SandboxFixture fixture;
    approveDeviceCodesAtOnce(fixture);
    Rig rig(fixture);
    int browsersOpened = 0;
    rig.session.setUrlOpener([&](const QUrl &) {
        ++browsersOpened;
        return false;
    });
    REQUIRE(signInWithDeviceCode(rig));
    CHECK(rig.session.signInMethod() == SignInMethod::DeviceCode);

    QSignalSpy started(&rig.session, &AuthSession::scopeRequestStarted);
    ScopeRequest *request = rig.session.requestScopes(AuthScopes::passwordReset());
    REQUIRE(request);
    CHECK(started.size() == 1);
    CHECK(request->method() == SignInMethod::DeviceCode);
    CHECK(request->missingScopes().contains(u"User-PasswordProfile.ReadWrite.All"_s));
    QSignalSpy codes(request, &ScopeRequest::deviceCodeReady);
    CHECK(rig.session.state() == AuthSession::State::SignedIn);

    CHECK_FALSE(waitForEnd(request).isError());
    CHECK(codes.size() == 1);
    CHECK(browsersOpened == 0);
    CHECK(rig.session.hasScopes(AuthScopes::passwordReset()));
    CHECK(rig.session.hasScopes(AuthScopes::signIn()));
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
}

TEST_CASE("AuthSession: a restored device-code session still asks for more by device code",
          "[auth][session][consent][device]")
{
    SandboxFixture fixture;
    approveDeviceCodesAtOnce(fixture);
    MemoryTokenStore keychain;
    {
        Rig first(fixture, &keychain);
        REQUIRE(signInWithDeviceCode(first));
    }
    Rig second(fixture, &keychain);
    QSignalSpy signedIn(&second.session, &AuthSession::signedIn);
    second.session.restore(adminUpn(fixture));
    REQUIRE(waitUntil([&] { return !signedIn.isEmpty(); }, 20000));
    CHECK(second.session.signInMethod() == SignInMethod::DeviceCode);
    ScopeRequest *request = second.session.requestScopes(AuthScopes::passwordReset());
    REQUIRE(request);
    CHECK(request->method() == SignInMethod::DeviceCode);
    CHECK_FALSE(waitForEnd(request).isError());
}

TEST_CASE("AuthSession: cancelling a pending permission request keeps the session signed in",
          "[auth][session][consent]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    QSignalSpy signInFailures(&rig.session, &AuthSession::signInFailed);
    QSignalSpy states(&rig.session, &AuthSession::stateChanged);

    // No browser opens: the request waits for its address to be opened by hand.
    rig.session.setUrlOpener([](const QUrl &) { return false; });
    ScopeRequest *request = rig.session.requestScopes(AuthScopes::passwordReset());
    REQUIRE(request);
    REQUIRE(waitUntil([&] { return !request->manualAddress().isEmpty(); }, 5000));
    QSignalSpy finished(request, &ScopeRequest::finished);
    request->cancel(); // the admin presses Cancel on the prompt
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(0).value<AuthError>().kind == Kind::Cancelled);

    CHECK(rig.session.state() == AuthSession::State::SignedIn);
    CHECK(states.isEmpty());
    CHECK(signInFailures.isEmpty());
    CHECK(rig.session.scopeRequest() == nullptr);
    CHECK(fixture.get(u"/v1.0/me"_s, rig.session.accessToken()).status == 200);

    // The next request starts afresh and is granted.
    rig.session.setUrlOpener([&](const QUrl &url) { return rig.browser.open(url); });
    ScopeRequest *again = rig.session.requestScopes(AuthScopes::passwordReset());
    REQUIRE(again);
    CHECK_FALSE(waitForEnd(again).isError());
    CHECK(rig.session.hasScopes(AuthScopes::passwordReset()));
}

TEST_CASE("ScopeConsent: a feature that stops waiting abandons the request, but not another's",
          "[auth][session][consent]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    rig.session.setUrlOpener([](const QUrl &) { return false; });

    auto *resetDialog = new QObject;
    QObject mailDialog;
    bool mailGranted = false;
    ScopeConsent::ensure(&rig.session, AuthScopes::passwordReset(), resetDialog, [] {}, [](const AuthError &) {});
    ScopeRequest *request = rig.session.scopeRequest();
    REQUIRE(request);
    ScopeConsent::ensure(&rig.session, AuthScopes::mail(), &mailDialog, [&] { mailGranted = true; },
                         [](const AuthError &) {});
    // One prompt for both, widened to the union.
    CHECK(rig.session.scopeRequest() == request);
    CHECK(request->missingScopes().contains(u"Mail.Send"_s));
    CHECK(request->missingScopes().contains(u"User-PasswordProfile.ReadWrite.All"_s));

    delete resetDialog; // the reset dialog closes: the mail dialog still waits
    QCoreApplication::processEvents();
    REQUIRE(rig.session.scopeRequest() == request);
    REQUIRE(waitUntil([&] { return !request->manualAddress().isEmpty(); }, 5000));
    REQUIRE(rig.browser.open(request->manualAddress()));
    REQUIRE(waitUntil([&] { return mailGranted; }, 20000));
    CHECK(rig.session.hasScopes(AuthScopes::mail()));

    // When the last waiting feature goes, the request goes with it.
    auto *policyDialog = new QObject;
    ScopeConsent::ensure(&rig.session, AuthScopes::domains(), policyDialog, [] {}, [](const AuthError &) {});
    QPointer<ScopeRequest> lonely = rig.session.scopeRequest();
    REQUIRE(lonely);
    delete policyDialog;
    CHECK(rig.session.scopeRequest() == nullptr);
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
}

TEST_CASE("AuthSession: permissions approved by another account are refused, naming both accounts",
          "[auth][session][consent]")
{
    SandboxFixture fixture;
    Rig rig(fixture);
    REQUIRE(rig.signIn());
    const QString tokenBefore = rig.session.accessToken();
    const SandboxUser &other = someoneElse(fixture);
    fixture.context().signIn.approveAsUserId = other.id;

    ScopeRequest *request = rig.session.requestScopes(AuthScopes::passwordReset());
    REQUIRE(request);
    const AuthError error = waitForEnd(request);
    CHECK(error.kind == Kind::WrongAccount);
    CHECK(error.approvedAccount == other.userPrincipalName);
    CHECK(error.expectedAccount == adminUpn(fixture));
    CHECK_FALSE(rig.session.hasScopes(AuthScopes::passwordReset()));
    CHECK(rig.session.state() == AuthSession::State::SignedIn);
    CHECK(rig.session.accessToken() == tokenBefore);
    CHECK(rig.session.account().userPrincipalName == adminUpn(fixture));
}

TEST_CASE("AuthSession: a device-code sign-in refused by Conditional Access says so", "[auth][session][device]")
{
    SandboxFixture fixture;
    approveDeviceCodesAtOnce(fixture);
    fixture.context().signIn.blockDeviceCode = true;
    Rig rig(fixture);
    QSignalSpy failed(&rig.session, &AuthSession::signInFailed);
    rig.session.signInWithDeviceCode(AuthScopes::signIn());
    const AuthError error = rig.waitForFailure(failed);
    CHECK(error.kind == Kind::BlockedByPolicy);
    CHECK(error.aadstsCode == 53003);
    CHECK(rig.session.state() == AuthSession::State::SignedOut);
}
