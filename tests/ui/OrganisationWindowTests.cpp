// SPDX-License-Identifier: MIT
// File › Switch organization… in the real window: two customers' demo tenants, the real keychain.
#include "AccessibleText.h"
#include "CatchQt.h"
#include "Mnemonics.h"
#include "ScopedLanguage.h"
#include "TwoOrganisations.h"
#include "WaitUntil.h"

#include "session/OrganisationStore.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/signin/OrganisationsDialog.h"
#include "ui/signin/SignInDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct OrganisationsWindow : TwoOrganisations
{
    LanguageManager languages;
    MainWindow window{&languages, &session};

    OrganisationsWindow()
    {
        languages.apply(u"en"_s);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    OrganisationsDialog *openSwitchDialog()
    {
        auto *action = window.findChild<QAction *>(u"actionSwitchOrganisation"_s);
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<OrganisationsDialog *>();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }

    static QListWidget *list(OrganisationsDialog *dialog)
    {
        auto *list = dialog->findChild<QListWidget *>(u"listOrganisations"_s);
        REQUIRE(list);
        return list;
    }

    static void select(OrganisationsDialog *dialog, const QString &name)
    {
        const auto found = list(dialog)->findItems(name, Qt::MatchExactly);
        REQUIRE(found.size() == 1);
        list(dialog)->setCurrentItem(found.first());
    }

    static QPushButton *button(QWidget *dialog, const QString &name)
    {
        auto *button = dialog->findChild<QPushButton *>(name);
        REQUIRE(button);
        return button;
    }
};

void enterConnection(SignInDialog *dialog, const ConnectionSettings &connection)
{
    auto *cloud = dialog->findChild<QComboBox *>(u"comboCloud"_s);
    cloud->setCurrentIndex(cloud->findData(int(connection.cloud)));
    dialog->findChild<QLineEdit *>(u"editTenant"_s)->setText(connection.tenant);
    dialog->findChild<QLineEdit *>(u"editClientId"_s)->setText(connection.clientId);
    dialog->findChild<QLineEdit *>(u"editAuthorityUrl"_s)->setText(connection.customAuthorityHost.toString());
    dialog->findChild<QLineEdit *>(u"editGraphUrl"_s)->setText(connection.customGraphRoot.toString());
}

} // namespace

TEST_CASE("MainWindow: File Switch organization adds, switches back silently and removes, the title naming it",
          "[ui][organisations][keychain]")
{
    OrganisationsWindow rig;
    const QString first = rig.session.currentOrganisation().id;
    REQUIRE(rig.session.renameOrganisation(first, u"Kvarnby Bygg AB"_s));
    CHECK(rig.window.windowTitle() == u"ResetDesk — Kvarnby Bygg AB"_s);
    REQUIRE(rig.session.signIn(rig.kvarnby.connection(), {}));
    REQUIRE(rig.waitUntilReady());
    const QString kvarnbyKey = rig.session.currentOrganisation().refreshTokenKey();

    // Add…: the sign-in dialog asks for a name and signs in to the new organisation.
    OrganisationsDialog *dialog = rig.openSwitchDialog();
    CHECK_FALSE(rig.button(dialog, u"buttonSwitch"_s)->isEnabled()); // the current one is selected
    CHECK_FALSE(rig.button(dialog, u"buttonRemove"_s)->isEnabled());
    QTest::mouseClick(rig.button(dialog, u"buttonAdd"_s), Qt::LeftButton);
    auto *signIn = rig.window.findChild<SignInDialog *>();
    REQUIRE(signIn);
    REQUIRE(QTest::qWaitForWindowExposed(signIn));
    auto *name = signIn->findChild<QLineEdit *>(u"editName"_s);
    REQUIRE(name->isVisible());
    enterConnection(signIn, rig.ekdal.connection());
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton); // no name yet: refused
    CHECK(rig.session.state() == ConsoleSession::State::Ready);
    name->setText(u"Ekdal Redovisning"_s);
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return rig.session.currentOrganisation().name == u"Ekdal Redovisning"_s; }, 5000));
    REQUIRE(rig.waitUntilReady());
    CHECK(rig.window.windowTitle() == u"ResetDesk — Ekdal Redovisning"_s);
    const QString ekdalKey = rig.session.currentOrganisation().refreshTokenKey();
    CHECK(ekdalKey != kvarnbyKey);

    // Back to Kvarnby: no browser, its own account, its name in the title.
    const int browsers = rig.browserOpened;
    dialog = rig.openSwitchDialog();
    rig.select(dialog, u"Kvarnby Bygg AB"_s);
    QTest::mouseClick(rig.button(dialog, u"buttonSwitch"_s), Qt::LeftButton);
    REQUIRE(rig.waitUntilReady());
    CHECK(rig.browserOpened == browsers);
    CHECK(rig.session.connection().customAuthorityHost == rig.kvarnby.connection().customAuthorityHost);
    CHECK(rig.window.windowTitle() == u"ResetDesk — Kvarnby Bygg AB"_s);
    CHECK(rig.window.findChild<SignInDialog *>() == nullptr);
    CHECK(TwoOrganisations::storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::None);

    // Remove Ekdal: confirmed, and only its sign-in leaves the keychain.
    dialog = rig.openSwitchDialog();
    rig.select(dialog, u"Ekdal Redovisning"_s);
    QTest::mouseClick(rig.button(dialog, u"buttonRemove"_s), Qt::LeftButton);
    QMessageBox *question = dialog->messageBox();
    REQUIRE(question);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *candidate : question->buttons())
        if (question->buttonRole(candidate) == QMessageBox::DestructiveRole)
            remove = candidate;
    REQUIRE(remove);
    remove->click();
    REQUIRE(waitUntil([&] { return rig.list(dialog)->count() == 1; }, 5000));
    REQUIRE(waitUntil([&] {
        return TwoOrganisations::storedTokenState(rig.keychain, ekdalKey) == TokenStoreError::NotFound;
    }, 5000));
    CHECK(TwoOrganisations::storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::None);
    dialog->close();
    rig.session.signOut();
    REQUIRE(waitUntil([&] {
        return TwoOrganisations::storedTokenState(rig.keychain, kvarnbyKey) == TokenStoreError::NotFound;
    }, 5000));
}

TEST_CASE("MainWindow: switching to an organisation never signed in to opens the sign-in for it",
          "[ui][organisations]")
{
    OrganisationsWindow rig;
    ConnectionSettings nordvik;
    nordvik.tenant = u"nordvik.se"_s;
    const auto added = OrganisationStore(&rig.settings).add(u"Nordvik Fastigheter"_s, nordvik, {});
    REQUIRE(added);
    REQUIRE(rig.window.switchOrganisation(added->id));
    CHECK(rig.window.windowTitle() == u"ResetDesk — Nordvik Fastigheter"_s);
    auto *signIn = rig.window.findChild<SignInDialog *>();
    REQUIRE(signIn);
    CHECK(signIn->enteredConnection().tenant == u"nordvik.se"_s);
    CHECK(signIn->purpose() == SignInDialog::Purpose::CurrentOrganisation);
}

TEST_CASE("OrganisationsDialog: every control is named and reachable by a unique Alt key, in English and Swedish",
          "[ui][organisations][a11y]")
{
    for (const QString &language : {u"en"_s, u"sv"_s}) {
        OrganisationsWindow rig;
        ScopedLanguage scoped(language);
        OrganisationsDialog *dialog = rig.openSwitchDialog();
        CAPTURE(language);
        CHECK(mnemonicClashes(dialog).isEmpty());
        CHECK(mnemonicClashes(&rig.window).isEmpty());
        CHECK(labelsHidingTheirText(dialog).isEmpty());
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || !widget->isVisible())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            REQUIRE(accessible);
            CAPTURE(widget->objectName());
            CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
        }
        // The list says which organisation is in use, not only in bold.
        QListWidgetItem *current = rig.list(dialog)->currentItem();
        REQUIRE(current);
        CHECK_FALSE(current->data(Qt::AccessibleDescriptionRole).toString().isEmpty());
        // The new organisation's name in the sign-in dialog has a letter of its own too.
        QTest::mouseClick(rig.button(dialog, u"buttonAdd"_s), Qt::LeftButton);
        auto *signIn = rig.window.findChild<SignInDialog *>();
        REQUIRE(signIn);
        REQUIRE(QTest::qWaitForWindowExposed(signIn));
        CHECK(mnemonicClashes(signIn).isEmpty());
    }
}
