// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "LayoutChecks.h"
#include "WaitUntil.h"
#include "WidgetLookup.h"

#include "DemoSession.h"
#include "ScopedLanguage.h"
#include "ui/signin/SignInDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Clicks Sign in and returns the inline problem label, which must then be showing. */
const QLabel *signInExpectingProblem(SignInDialog &dialog)
{
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    const auto *error = child<QLabel>(dialog, u"labelError"_s);
    CHECK(error->isVisible());
    return error;
}

void chooseCloud(SignInDialog &dialog, Cloud cloud)
{
    auto *combo = child<QComboBox>(dialog, u"comboCloud"_s);
    combo->setCurrentIndex(combo->findData(int(cloud)));
}

} // namespace

TEST_CASE("SignInDialog: refuses a client ID that is not a GUID and says where to find it", "[ui][signin]")
{
    DemoSession demo;
    SignInDialog dialog(&demo.session, ConnectionSettings{});
    showAndWait(dialog);

    auto *clientId = child<QLineEdit>(dialog, u"editClientId"_s);
    CHECK(clientId->text() == ConnectionSettings::defaultClientId());
    clientId->clear();
    QTest::keyClicks(clientId, u"resetdesk-app"_s);
    const QLabel *error = signInExpectingProblem(dialog);
    CHECK(error->text().contains(u"Microsoft Entra admin center"_s));
    CHECK(demo.session.state() == ConsoleSession::State::SignedOut);
    CHECK(dialog.isVisible());
}

TEST_CASE("SignInDialog: custom addresses are asked for only with the Custom cloud", "[ui][signin]")
{
    DemoSession demo;
    SignInDialog dialog(&demo.session, ConnectionSettings{});
    showAndWait(dialog);

    auto *authority = child<QLineEdit>(dialog, u"editAuthorityUrl"_s);
    CHECK_FALSE(authority->isVisible());
    chooseCloud(dialog, Cloud::Custom);
    CHECK(authority->isVisible());
    CHECK(child<QLineEdit>(dialog, u"editGraphUrl"_s)->isVisible());
    chooseCloud(dialog, Cloud::China);
    CHECK_FALSE(authority->isVisible());
    CHECK(dialog.enteredConnection().cloud == Cloud::China);
}

TEST_CASE("SignInDialog: refuses plain http addresses that are not on this computer", "[ui][signin]")
{
    DemoSession demo;
    SignInDialog dialog(&demo.session, ConnectionSettings{});
    showAndWait(dialog);

    chooseCloud(dialog, Cloud::Custom);
    QTest::keyClicks(child<QLineEdit>(dialog, u"editAuthorityUrl"_s), u"http://login.example.com"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"editGraphUrl"_s), u"https://graph.example.com/v1.0"_s);
    const QLabel *error = signInExpectingProblem(dialog);
    CHECK(error->text().contains(u"https://"_s));
    CHECK(demo.session.state() == ConsoleSession::State::SignedOut);
}

TEST_CASE("SignInDialog: a sign-in address with a tenant path asks for the host only", "[ui][signin]")
{
    DemoSession demo;
    SignInDialog dialog(&demo.session, ConnectionSettings{});
    showAndWait(dialog);

    chooseCloud(dialog, Cloud::Custom);
    QTest::keyClicks(child<QLineEdit>(dialog, u"editAuthorityUrl"_s), u"https://login.example.com/organizations"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"editGraphUrl"_s), u"https://graph.example.com/v1.0"_s);
    const QLabel *error = signInExpectingProblem(dialog);
    CHECK(error->text().contains(u"only the host"_s));
    CHECK(error->text().contains(u"such as https://login.example.com."_s));
    CHECK(error->text().contains(u"(organizations)"_s));
    CHECK(demo.session.state() == ConsoleSession::State::SignedOut);
}

TEST_CASE("SignInDialog: every control can be reached by keyboard and has a name", "[ui][signin][a11y]")
{
    DemoSession demo;
    SignInDialog dialog(&demo.session, demo.demo.connection());
    showAndWait(dialog);

    const auto widgets = dialog.findChildren<QWidget *>();
    int focusable = 0;
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&dialog) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        ++focusable;
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
        INFO(widget->objectName().toStdString());
        CHECK(named);
    }
    CHECK(focusable >= 6);
}

TEST_CASE("SignInDialog: the device code is shown with its address and can be copied", "[ui][signin]")
{
    DemoSession demo;
    demo.context().signIn.deviceIntervalSeconds = 1;
    demo.context().signIn.devicePendingPolls = 1;
    SignInDialog dialog(&demo.session, demo.demo.connection());
    showAndWait(dialog);

    child<QRadioButton>(dialog, u"radioDeviceCode"_s)->setChecked(true);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    auto *code = child<QLabel>(dialog, u"labelUserCode"_s);
    REQUIRE(waitUntil([&] { return !code->text().isEmpty(); }, 10000));
    CHECK(child<QLabel>(dialog, u"labelDeviceInstructions"_s)->text().contains(u"href="_s));
    CHECK_FALSE(child<QLabel>(dialog, u"labelDeviceExpiry"_s)->text().isEmpty());

    QTest::mouseClick(child<QPushButton>(dialog, u"buttonCopyCode"_s), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == code->text());

    // The sandbox approves after one pending poll: the dialog closes itself once signed in.
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }, 15000));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(demo.waitUntilReady());
}

TEST_CASE("SignInDialog: a declined sign-in is explained and the form can be used again", "[ui][signin]")
{
    DemoSession demo;
    demo.context().signIn.declineNext = true;
    SignInDialog dialog(&demo.session, demo.demo.connection());
    showAndWait(dialog);

    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    const auto *error = child<QLabel>(dialog, u"labelError"_s);
    REQUIRE(waitUntil([&] { return error->isVisible(); }, 10000));
    CHECK(error->text().contains(u"declined"_s));
    CHECK(dialog.signInButton()->isEnabled());
    CHECK(demo.session.state() == ConsoleSession::State::SignedOut);
}

TEST_CASE("SignInDialog: when no browser opens the sign-in address can be copied and used", "[ui][signin]")
{
    DemoSession demo;
    demo.auth.setUrlOpener([](const QUrl &) { return false; });
    SignInDialog dialog(&demo.session, demo.demo.connection());
    showAndWait(dialog);

    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    auto *copyAddress = child<QPushButton>(dialog, u"buttonCopyAddress"_s);
    REQUIRE(waitUntil([&] { return copyAddress->isVisible(); }, 5000));
    QTest::mouseClick(copyAddress, Qt::LeftButton);
    const QUrl address(QGuiApplication::clipboard()->text());
    CHECK(address.path().endsWith(u"/oauth2/v2.0/authorize"_s));

    // Pasting it into a browser finishes the sign-in; the dialog closes itself.
    REQUIRE(demo.demo.openInBrowser(address));
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }, 10000));
    CHECK(demo.waitUntilReady());
}

TEST_CASE("SignInDialog: wrapped texts show every line, in both languages", "[ui][signin][layout]")
{
    for (const QString &language : {u"en"_s, u"sv"_s}) {
        ScopedLanguage scoped(language);
        DemoSession demo;
        SignInDialog dialog(&demo.session, ConnectionSettings{});
        showAndWait(dialog);
        const auto checkWholeTexts = [&dialog, &language](const char *when) {
            INFO(language.toStdString() << " " << when);
            const QStringList cut = wrappedLabelsCut(&dialog);
            INFO(cut.join(u'\n').toStdString());
            CHECK(cut.isEmpty());
        };
        checkWholeTexts("at first");
        // A problem shown above the buttons must not squeeze the form's texts.
        child<QLineEdit>(dialog, u"editClientId"_s)->setText(u"not-a-guid"_s);
        signInExpectingProblem(dialog);
        QCoreApplication::processEvents();
        checkWholeTexts("with a problem shown");
    }
}
