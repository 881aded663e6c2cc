// SPDX-License-Identifier: MIT
// Self-service password reset guidance against the demo tenant's registration report, with and
// without the Microsoft Entra ID P1/P2 licence the report needs.
#include "PolicyUiSupport.h"

#include "ui/shell/MainWindow.h"
#include "ui/policies/SelfServiceResetDialog.h"
#include "auth/AuthScopes.h"
#include "WaitUntil.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

void waitLoaded(SelfServiceResetDialog &dialog)
{
    REQUIRE(waitUntil([&] { return !dialog.isLoading(); }, 20000));
}

} // namespace

TEST_CASE("SelfServiceResetDialog: counts registered users and lists those who are not", "[policyui][sspr]")
{
    SignedInDemo app;
    int covered = 0;
    int registered = 0;
    QStringList unregistered;
    for (const SandboxUser &user : app.tenant().users()) {
        if (user.deleted || !user.accountEnabled)
            continue; // the report does not cover them
        ++covered;
        if (user.isSsprRegistered)
            ++registered;
        else
            unregistered.append(user.userPrincipalName);
    }
    REQUIRE(registered > 0);
    REQUIRE_FALSE(unregistered.isEmpty());

    MainWindow window(&app.languages, &app.demo.session);
    showAndWait(window);
    auto *action = child<QAction>(window, u"actionSelfServiceReset"_s);
    REQUIRE(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<SelfServiceResetDialog *>();
    REQUIRE(dialog);
    // The policy actions made the report the dialog shows and handed it over.
    CHECK(dialog->findChild<SelfServiceRegistrationReport *>());
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    waitLoaded(*dialog);
    CHECK(app.demo.auth.hasScopes(AuthScopes::reports())); // asked for on first use

    CHECK(child<QLabel>(*dialog, u"labelSummary"_s)->text()
          == u"%1 of %2 users are registered for self-service password reset."_s.arg(registered).arg(covered));
    auto *tree = child<QTreeWidget>(*dialog, u"treeUsers"_s);
    CHECK(tree->isVisible());
    REQUIRE(tree->topLevelItemCount() == unregistered.size());
    QStringList listed;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        listed.append(tree->topLevelItem(row)->text(1));
    listed.sort();
    unregistered.sort();
    CHECK(listed == unregistered);
    CHECK(child<QLabel>(*dialog, u"labelLicence"_s)->isHidden());
    const QString links = child<QLabel>(*dialog, u"labelLinks"_s)->text();
    CHECK(links.contains(SelfServiceResetDialog::setupGuideUrl().toString()));
    CHECK(links.contains(u"https://aka.ms/ssprsetup"_s));

    // A user registers; Refresh shows it.
    SandboxUser *first = app.tenant().userByIdOrUpn(unregistered.first());
    REQUIRE(first);
    first->isSsprRegistered = true;
    QTest::mouseClick(dialog->refreshButton(), Qt::LeftButton);
    waitLoaded(*dialog);
    CHECK(tree->topLevelItemCount() == unregistered.size() - 1);
    CHECK(child<QLabel>(*dialog, u"labelSummary"_s)->text().startsWith(u"%1 of"_s.arg(registered + 1)));
}

TEST_CASE("SelfServiceResetDialog: says plainly when the licence does not include the report", "[policyui][sspr]")
{
    SignedInDemo app;
    app.tenant().premiumLicensed = false;
    SelfServiceResetDialog dialog(
        &app.demo.session, new SelfServiceRegistrationReport(app.demo.session.graph()));
    showAndWait(dialog);
    waitLoaded(dialog);

    auto *licence = child<QLabel>(dialog, u"labelLicence"_s);
    CHECK(licence->isVisible());
    CHECK(licence->text().startsWith(u"Your organization's licence does not include the registration report"_s));
    CHECK(licence->text().contains(u"Microsoft Entra ID P1 or P2"_s));
    CHECK(child<QTreeWidget>(dialog, u"treeUsers"_s)->isHidden()); // no empty list pretending nobody is missing
    CHECK(child<QLabel>(dialog, u"labelSummary"_s)->isHidden());
    CHECK(child<QLabel>(dialog, u"labelLinks"_s)->isVisible()); // the setup guide is still offered
}
