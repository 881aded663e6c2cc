// SPDX-License-Identifier: MIT
// The first reset asks for the permission to reset passwords: the prompt follows the way the
// admin signed in, and cancelling it leaves the admin signed in and able to try again.
#include "ResetWindow.h"

#include "auth/ScopeRequest.h"
#include "ui/signin/PermissionRequestDialog.h"

namespace {

PermissionRequestDialog *waitForPrompt(ResetWindow &app)
{
    REQUIRE(waitUntil([&] { return app.window.permissionRequestDialog() != nullptr; }, 10000));
    PermissionRequestDialog *prompt = app.window.permissionRequestDialog();
    REQUIRE(QTest::qWaitForWindowExposed(prompt));
    return prompt;
}

} // namespace

TEST_CASE("Permissions: an admin signed in by device code approves the reset permission with a code",
          "[ui][reset][consent]")
{
    ResetWindow app(Archetype::Admin, nullptr, SignInMethod::DeviceCode);
    int browsersOpened = 0;
    app.demo.auth.setUrlOpener([&](const QUrl &) {
        ++browsersOpened;
        return false;
    });
    // The "admin" waits a few polls before typing the code, so the prompt is seen.
    app.demo.context().signIn.devicePendingPolls = 3;
    app.demo.context().signIn.deviceIntervalSeconds = 1;
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    dialog->resetButton()->click();

    PermissionRequestDialog *prompt = waitForPrompt(app);
    auto *code = child<QLabel>(prompt, u"labelUserCode"_s);
    REQUIRE(waitUntil([&] { return !code->text().isEmpty(); }, 10000));
    CHECK(code->text().size() == 9);
    CHECK(child<QLabel>(prompt, u"labelPermissions"_s)->text().contains(u"Reset users' passwords"_s));
    CHECK(child<QLabel>(prompt, u"labelDeviceInstructions"_s)->text().contains(u"/devicelogin"_s));
    CHECK(child<QLabel>(dialog, u"labelStatus"_s)->text().contains(u"approve"_s));

    ResetResultDialog *result = app.waitForResult();
    CHECK(result);
    CHECK(browsersOpened == 0);
    CHECK(app.window.permissionRequestDialog() == nullptr);
    CHECK(app.demo.session.state() == ConsoleSession::State::Ready);
}

TEST_CASE("Permissions: cancelling the prompt keeps the admin signed in and the next reset works",
          "[ui][reset][consent]")
{
    ResetWindow app;
    app.demo.auth.setUrlOpener([](const QUrl &) { return false; }); // no browser opens
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    dialog->resetButton()->click();

    PermissionRequestDialog *prompt = waitForPrompt(app);
    auto *address = child<QLineEdit>(prompt, u"editAddress"_s);
    REQUIRE(waitUntil([&] { return address->isVisible(); }, 5000));
    CHECK(address->text().contains(u"/oauth2/v2.0/authorize"_s));
    child<QDialogButtonBox>(prompt, u"buttonBox"_s)->button(QDialogButtonBox::Cancel)->click();

    REQUIRE(waitUntil([&] { return child<QLabel>(dialog, u"labelProblem"_s)->isVisible(); }, 5000));
    CHECK(child<QLabel>(dialog, u"labelProblem"_s)->text().contains(u"cancelled"_s));
    CHECK(app.demo.session.state() == ConsoleSession::State::Ready);
    CHECK(app.demo.auth.state() == AuthSession::State::SignedIn);
    CHECK(app.resetRequests(app.server(Archetype::PlainUser).id) == 0);

    // The admin closes the dialog, opens it again and this time a browser opens.
    dialog->reject();
    app.demo.auth.setUrlOpener([&](const QUrl &url) { return app.demo.demo.openInBrowser(url); });
    ResetPasswordDialog *again = app.open(Archetype::PlainUser);
    again->resetButton()->click();
    CHECK(app.waitForResult());
    CHECK(app.resetRequests(app.server(Archetype::PlainUser).id) == 1);
    CHECK(app.demo.session.state() == ConsoleSession::State::Ready);
}

TEST_CASE("Permissions: closing the reset dialog while it waits abandons the request, not the sign-in",
          "[ui][reset][consent]")
{
    ResetWindow app;
    app.demo.auth.setUrlOpener([](const QUrl &) { return false; });
    ResetPasswordDialog *dialog = app.open(Archetype::PlainUser);
    dialog->resetButton()->click();
    PermissionRequestDialog *prompt = waitForPrompt(app);
    QPointer<PermissionRequestDialog> watched = prompt;

    // Cancel on the reset dialog itself, which stays usable while it waits.
    QPushButton *cancel = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Cancel);
    REQUIRE(cancel->isEnabled());
    cancel->click();
    REQUIRE(waitUntil([&] { return watched.isNull() || !watched->isVisible(); }, 5000));
    CHECK(app.demo.auth.scopeRequest() == nullptr);
    CHECK(app.demo.session.state() == ConsoleSession::State::Ready);

    app.demo.auth.setUrlOpener([&](const QUrl &url) { return app.demo.demo.openInBrowser(url); });
    app.open(Archetype::PlainUser)->resetButton()->click();
    CHECK(app.waitForResult());
}
