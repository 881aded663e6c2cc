// SPDX-License-Identifier: MIT
// The TAP window as the Reset menu opens it, and a new sign-in, for the TAP window's tests.
#pragma once

#include "BulkRunWindow.h"

#include "ui/tap/IssueTapDialog.h"

/** Reset › Issue Temporary Access Pass…, once its window is the active one. */
inline IssueTapDialog *openTapDialog(BulkRunWindow &app)
{
    app.action("actionIssueTemporaryAccessPass")->trigger();
    auto *dialog = app.window.findChild<IssueTapDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == dialog; }, 5000));
    return dialog;
}

/** Signs out and in again: what is saved is offered again, as at the next start. */
inline void signInAgain(BulkRunWindow &app)
{
    app.demo.session.signOut();
    REQUIRE(waitUntil([&] { return app.demo.session.state() == ConsoleSession::State::SignedOut; }, 5000));
    app.signIn();
}
