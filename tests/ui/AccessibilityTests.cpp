// SPDX-License-Identifier: MIT
// What a screen reader hears through Qt's accessibility interfaces (what the AT-SPI bridge that
// Orca reads exposes), against what the windows show.
#include "AccessibleText.h"
#include "CatchQt.h"
#include "LayoutChecks.h"
#include "Mnemonics.h"
#include "OpenDialogs.h"
#include "BulkRunWindow.h"
#include "ui/incident/ContainmentPanel.h"
#include "UsersPageWindow.h"
#include "WaitUntil.h"
#include "WidgetLookup.h"

#include "common/Clock.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "reset/ResetOutcome.h"
#include "reset/ResetRequest.h"
#include "sandbox/TenantGenerator.h"
#include "audit/AuditLog.h"
#include "ui/signin/PermissionRequestDialog.h"
#include "auth/AuthScopes.h"
#include "auth/ScopeConsent.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/handover/HandoverDialogs.h"
#include "ui/reset/ResetPasswordDialog.h"
#include "ui/reset/ResetResultDialog.h"
#include "ui/widgets/SecretClipboard.h"

#include <QAccessibleTableInterface>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QHash>
#include <QSpinBox>
#include <QSet>
#include <QXmlStreamReader>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/** The demo app in English, signed in as the admin, its 60 users listed. */
struct SignedInWindow : UsersPageWindow
{
    SignedInWindow()
        : UsersPageWindow(60)
    {
        demo.signInAs();
        REQUIRE(demo.waitUntilReady());
        waitUntilLoaded();
    }
};

/** What a screen reader calls the buttons inside @p lineEdit (its clear button). */
QStringList buttonNames(QLineEdit *lineEdit)
{
    QStringList names;
    const auto buttons = lineEdit->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->isVisibleTo(lineEdit))
            names.append(QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name));
    }
    return names;
}

/**
 * Every English text of the Swedish catalogue that has a Swedish translation of its own, from
 * translations/resetdesk_sv.ts: a label still showing one of them after the switch to Swedish
 * was not retranslated.
 */
QSet<QString> translatedEnglishTexts()
{
    QFile file(QStringLiteral(RESETDESK_SOURCE_DIR "/translations/resetdesk_sv.ts"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QSet<QString> texts;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                texts.insert(QString(source).remove(u'&'));
        }
    }
    return texts;
}

/** The visible labels of @p dialog and their texts. */
QHash<QLabel *, QString> labelTexts(QDialog *dialog)
{
    QHash<QLabel *, QString> texts;
    const auto labels = dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisibleTo(dialog) && label->window() == dialog)
            texts.insert(label, label->text());
    }
    return texts;
}

/** Every text of every open dialog shows whole, at the normal font size and at 150%. */
void checkOpenDialogsShowWholeTexts(const QString &language)
{
    atNormalAndLargerFont([&language](qreal scale) {
        for (QDialog *dialog : openDialogs()) {
            INFO(language.toStdString() << " at " << scale * 100 << "% " << dialog->metaObject()->className() << " " << dialog->width() << "x" << dialog->height() << " hfw " << dialog->layout()->totalHeightForWidth(dialog->width()));
            const QStringList cut = textsCut(dialog);
            INFO(cut.join(u'\n').toStdString());
            CHECK(cut.isEmpty());
        }
    });
}

/**
 * In English and then Swedish, every open dialog's labels are heard as what they show, show
 * their whole text (at a 150% font too) and no Alt key opens two things in it; after the switch
 * no label still shows an English text the catalogue translates. The dialogs stay open.
 */
void checkOpenDialogsInBothLanguagesLeavingThemOpen(LanguageManager &languages)
{
    static const QSet<QString> english = translatedEnglishTexts();
    REQUIRE(english.size() > 500); // the catalogue was read
    QHash<QDialog *, QHash<QLabel *, QString>> before;
    for (const QString &language : {u"en"_s, u"sv"_s}) {
        languages.apply(language);
        QCoreApplication::processEvents();
        checkOpenDialogsShowWholeTexts(language);
        for (QDialog *dialog : openDialogs()) {
            INFO(language.toStdString() << " " << dialog->metaObject()->className());
            const QStringList hiding = labelsHidingTheirText(dialog);
            INFO(hiding.join(u'\n').toStdString());
            CHECK(hiding.isEmpty());
            const QStringList clashes = mnemonicClashes(dialog);
            INFO(clashes.join(u'\n').toStdString());
            CHECK(clashes.isEmpty());
            if (language == u"en"_s) {
                before.insert(dialog, labelTexts(dialog));
                continue;
            }
            QStringList stale;
            const QHash<QLabel *, QString> now = labelTexts(dialog);
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (before.value(dialog).value(it.key()) == it.value() && english.contains(QString(it.value()).remove(u'&')))
                    stale.append(it.key()->objectName() + u": " + it.value());
            }
            INFO(stale.join(u'\n').toStdString());
            CHECK(stale.isEmpty());
        }
    }
    languages.apply(u"en"_s);
}

/** The same, then the dialogs are closed. */
void checkOpenDialogsInBothLanguages(LanguageManager &languages)
{
    checkOpenDialogsInBothLanguagesLeavingThemOpen(languages);
    for (QDialog *dialog : openDialogs())
        dialog->close();
}

} // namespace

TEST_CASE("Accessibility: the main window and the details pane speak the values they show", "[ui][a11y]")
{
    SignedInWindow app;
    const QString userId
        = app.tenant().userByIdOrUpn(TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser))->id;
    REQUIRE(app.page->showUser(userId));
    REQUIRE(waitUntil([&] { return app.child<QLabel>(u"labelDetailsStatus"_s)->text().isEmpty(); }, 10000));

    const QStringList hiding = labelsHidingTheirText(&app.window);
    INFO(hiding.join(u'\n').toStdString());
    CHECK(hiding.isEmpty());
}

TEST_CASE("Accessibility: the reset dialog's problem and the result pane's values are heard", "[ui][a11y]")
{
    SignedInWindow app;
    const DirectoryUser user = app.page->model()->userAt(1);

    ResetPasswordDialog dialog(user, app.demo.session.admin(), ResetRequest::Action::Reset);
    showAndWait(dialog);
    dialog.showProblem(u"Microsoft 365 refused the password: it is too easy to guess."_s);
    QStringList hiding = labelsHidingTheirText(&dialog);
    INFO(hiding.join(u'\n').toStdString());
    CHECK(hiding.isEmpty());

    ResetRequest request;
    request.userId = user.id();
    request.userPrincipalName = user.userPrincipalName();
    request.forceChangePasswordNextSignIn = true;
    ResetOutcome outcome;
    outcome.succeeded = true;
    outcome.userId = user.id();
    outcome.userPrincipalName = user.userPrincipalName();
    outcome.password = SecretString(u"Tolv-Lampor-Bada-42"_s);
    SecretClipboard clipboard(Clock::system());
    ResetResultDialog result(request, outcome, &clipboard, Clock::system());
    showAndWait(result);
    hiding = labelsHidingTheirText(&result);
    INFO(hiding.join(u'\n').toStdString());
    CHECK(hiding.isEmpty());
}

TEST_CASE("Accessibility: the signed-in main window has one thing per Alt key and whole texts, in both languages",
    "[ui][a11y][i18n]")
{
    SignedInWindow app;
    REQUIRE(app.page->showUser(app.page->model()->userAt(1).id()));
    // The registration banner's button shows too, as on a first start.
    for (const QString &language : {u"en"_s, u"sv"_s}) {
        app.languages.apply(language);
        QCoreApplication::processEvents();
        INFO(language.toStdString());
        const QStringList clashes = mnemonicClashes(&app.window);
        INFO(clashes.join(u'\n').toStdString());
        CHECK(clashes.isEmpty());
        atNormalAndLargerFont([&app](qreal scale) {
            INFO("at " << scale * 100 << "% " << app.window.minimumSizeHint().width() << " " << app.window.width()<< " " << app.window.minimumWidth());
            const QStringList cut = textsCut(&app.window);
            INFO(cut.join(u'\n').toStdString());
            CHECK(cut.isEmpty());
        });
    }
    app.languages.apply(u"en"_s);
}

TEST_CASE("Accessibility: tick boxes say whom they select and clear buttons are named", "[ui][a11y]")
{
    SignedInWindow app;
    QTableView *table = app.page->table();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(table);
    REQUIRE(accessible);
    QAccessibleTableInterface *cells = accessible->tableInterface();
    REQUIRE(cells);
    const int tickColumn = table->horizontalHeader()->logicalIndex(0);
    REQUIRE(tickColumn == UserListModel::Selected);
    for (int row = 0; row < 3; ++row) {
        const QString name = table->model()->index(row, UserListModel::DisplayName).data().toString();
        QAccessibleInterface *tick = cells->cellAt(row, tickColumn);
        REQUIRE(tick);
        CHECK(tick->text(QAccessible::Name) == u"Select "_s + name);
    }
    QStringList headerNames;
    for (int i = 0; i < accessible->childCount(); ++i) {
        QAccessibleInterface *child = accessible->child(i);
        if (child && child->role() == QAccessible::ColumnHeader)
            headerNames.append(child->text(QAccessible::Name));
    }
    CHECK(headerNames.contains(u"Selected"_s));
    CHECK_FALSE(headerNames.contains(QString()));

    auto *search = app.child<QLineEdit>(u"lineSearch"_s);
    search->setText(u"anna"_s);
    CHECK(buttonNames(search) == QStringList {u"Clear search"_s});

    QTemporaryDir folder;
    AuditLogDialog log(AuditLog(folder.filePath(u"audit.jsonl"_s)));
    showAndWait(log);
    auto *logSearch = ::child<QLineEdit>(&log, u"lineSearch"_s);
    logSearch->setText(u"reset"_s);
    CHECK(buttonNames(logSearch) == QStringList {u"Clear search"_s});
}

TEST_CASE("Accessibility: a password typed through assistive technology is checked like a typed one",
    "[ui][a11y]")
{
    SignedInWindow app;
    const DirectoryUser user = app.page->model()->userAt(1);
    ResetPasswordDialog dialog(user, app.demo.session.admin(), ResetRequest::Action::Reset);
    showAndWait(dialog);
    ::child<QRadioButton>(&dialog, u"radioTyped"_s)->click();
    auto *line = ::child<QLineEdit>(&dialog, u"linePassword"_s);
    auto *rules = ::child<QLabel>(&dialog, u"labelRules"_s);
    QPushButton *reset = dialog.resetButton();
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(line);
    REQUIRE(accessible);

    // Voice input and on-screen keyboards set the field's value through the accessibility bridge.
    accessible->setText(QAccessible::Value, u"short"_s);
    CHECK(line->text() == u"short"_s);
    CHECK_FALSE(reset->isEnabled());
    CHECK_FALSE(rules->text().contains(u"meets the Microsoft 365 rules"_s));

    accessible->setText(QAccessible::Value, u"Tolv-Lampor-Bada-42"_s);
    CHECK(reset->isEnabled());
    CHECK(rules->text() == u"This password meets the Microsoft 365 rules."_s);
}

TEST_CASE("Accessibility: the policy, account and bulk windows speak what they show, in both languages",
    "[ui][a11y][i18n]")
{
    SignedInWindow app;
    // Opened the way an admin opens them: from the menus of the signed-in window.
    for (const QString &name : {u"actionDomainExpiry"_s, u"actionSelfServiceReset"_s, u"actionMyAccount"_s,
             u"actionResetEveryone"_s}) {
        auto *action = app.window.findChild<QAction *>(name);
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
    }
    REQUIRE(waitUntil([&] { return openDialogs().size() >= 4; }, 10000));
    // Whether a dialog still reads from Microsoft 365 or shows what it read, both must be heard.

    checkOpenDialogsInBothLanguages(app.languages);
}

TEST_CASE("Accessibility: the policies, audit log and change-password windows speak what they show",
    "[ui][a11y][i18n]")
{
    SignedInWindow app;
    REQUIRE(app.page->showUser(app.page->model()->userAt(1).id()));
    ::child<QPushButton>(app.page, u"buttonPasswordPolicies"_s)->click();
    auto *auditLog = app.window.findChild<QAction *>(u"actionAuditLog"_s);
    REQUIRE(auditLog);
    auditLog->trigger();
    app.window.findChild<QAction *>(u"actionMyAccount"_s)->trigger();
    REQUIRE(waitUntil([] { return openDialogs().size() >= 3; }, 10000));
    QPushButton *changePassword = nullptr;
    for (QDialog *dialog : openDialogs()) {
        if (auto *button = dialog->findChild<QPushButton *>(u"buttonChangePassword"_s))
            changePassword = button;
    }
    REQUIRE(changePassword);
    REQUIRE(waitUntil([&] { return changePassword->isEnabled(); }, 10000));
    changePassword->click();
    REQUIRE(waitUntil([] { return openDialogs().size() >= 4; }, 10000));

    checkOpenDialogsInBothLanguages(app.languages);
}

TEST_CASE("Accessibility: sign-in, reset and hand-over windows speak what they show", "[ui][a11y][i18n]")
{
    SECTION("the sign-in dialog")
    {
        UsersPageWindow app(20);
        app.window.findChild<QAction *>(u"actionSignIn"_s)->trigger();
        REQUIRE(waitUntil([] { return !openDialogs().isEmpty(); }, 10000));
        checkOpenDialogsInBothLanguages(app.languages);
    }
    SECTION("the reset dialog and the slip and email windows")
    {
        SignedInWindow app;
        const DirectoryUser user = app.page->model()->userAt(1);
        REQUIRE(app.page->showUser(user.id()));
        ::child<QPushButton>(app.page, u"buttonResetPassword"_s)->click();
        REQUIRE(waitUntil([] { return !openDialogs().isEmpty(); }, 10000));

        HandoverItem item;
        item.userId = user.id();
        item.displayName = user.displayName();
        item.userPrincipalName = user.userPrincipalName();
        item.alternateEmails = {u"private@example.org"_s};
        item.password = SecretString(u"Tolv-Lampor-Bada-42"_s);
        item.outcome = HandoverItem::Outcome::Reset;
        HandoverDialogs handover(&app.demo.session, &app.window);
        handover.printSlips({item});
        handover.emailPasswords({item});
        REQUIRE(waitUntil([] { return openDialogs().size() >= 3; }, 10000));
        checkOpenDialogsInBothLanguages(app.languages);
    }
}

TEST_CASE("Accessibility: the permission prompt speaks what it shows, in both languages", "[ui][a11y][i18n][consent]")
{
    SignedInWindow app;
    // No browser opens: the prompt shows the permission, the address to copy and Cancel.
    app.demo.auth.setUrlOpener([](const QUrl &) { return false; });
    QObject feature;
    bool ended = false;
    ScopeConsent::ensure(&app.demo.auth, AuthScopes::mail(), &feature, [&] { ended = true; },
                         [&](const AuthError &) { ended = true; });
    REQUIRE(waitUntil([&] { return app.window.permissionRequestDialog() != nullptr; }, 10000));
    PermissionRequestDialog *prompt = app.window.permissionRequestDialog();
    REQUIRE(waitUntil([&] { return child<QLineEdit>(prompt, u"editAddress"_s)->isVisible(); }, 10000));
    CHECK(child<QLabel>(prompt, u"labelPermissions"_s)->text().contains(u"Mail.Send"_s));

    checkOpenDialogsInBothLanguages(app.languages);
    // Closing the prompt is Cancel: the feature hears that it ended, the admin stays signed in.
    REQUIRE(waitUntil([&] { return ended; }, 5000));
    CHECK(app.demo.session.state() == ConsoleSession::State::Ready);
}

TEST_CASE("Accessibility: every mode of the reset and bulk windows speaks what it shows, in both languages",
    "[ui][a11y][i18n][bulk]")
{
    BulkRunWindow app(60);
    const QList<SandboxUser *> users = app.plainServerUsers(3);

    SECTION("the reset dialog resending a password")
    {
        REQUIRE(app.page->showUser(users.first()->id));
        app.window.findChild<QAction *>(u"actionResendPassword"_s)->trigger();
        REQUIRE(waitUntil([] { return !openDialogs().isEmpty(); }, 10000));
        REQUIRE(app.single->dialog());
        checkOpenDialogsInBothLanguages(app.languages);
    }
    SECTION("the plan for the ticked users")
    {
        app.tick(users);
        app.action("actionResetSelected")->trigger();
        REQUIRE(waitUntil([] { return !openDialogs().isEmpty(); }, 10000));
        checkOpenDialogsInBothLanguages(app.languages);
    }
    SECTION("the plan that makes everyone change their password")
    {
        app.action("actionRequireChange")->trigger();
        REQUIRE(waitUntil([] { return !openDialogs().isEmpty(); }, 10000));
        checkOpenDialogsInBothLanguages(app.languages);
    }
    SECTION("the incident containment plan, asking for the domain")
    {
        app.action("actionContainIncident")->trigger();
        REQUIRE(waitUntil([] { return !openDialogs().isEmpty(); }, 10000));
        ContainmentPanel *panel = app.flow->planDialog()->containmentPanel();
        REQUIRE(panel);
        REQUIRE(waitUntil([&] { return !panel->expectedDomain().isEmpty(); }, 10000));
        REQUIRE(panel->isConfirmationRequired());
        checkOpenDialogsInBothLanguages(app.languages);
    }
    SECTION("the plan from a CSV file, with a line it cannot use")
    {
        const QString csvPath = app.folder.filePath(u"users.csv"_s);
        QFile csv(csvPath);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write(QString(u"userPrincipalName\n"_s + users.first()->userPrincipalName + u"\nnobody@example.org\n"_s).toUtf8());
        csv.close();
        app.flow->setCsvChooser([&] { return csvPath; });
        app.action("actionResetFromCsv")->trigger();
        REQUIRE(waitUntil([] { return !openDialogs().isEmpty(); }, 10000));
        checkOpenDialogsInBothLanguages(app.languages);
    }
    SECTION("the run window, running and finished")
    {
        BulkRunDialog *run = app.runSlowly(users, 1500);
        checkOpenDialogsInBothLanguagesLeavingThemOpen(app.languages);
        app.waitUntilFinished(run);
        checkOpenDialogsInBothLanguages(app.languages);
    }
}

TEST_CASE("Accessibility: the Temporary Access Pass window speaks what it shows, in both languages",
    "[ui][a11y][i18n][tap]")
{
    BulkRunWindow app(60);
    app.tick(app.plainServerUsers(2));
    app.action("actionIssueTemporaryAccessPass")->trigger();
    QDialog *dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = qobject_cast<QDialog *>(QApplication::activeWindow())) != nullptr; }, 5000));
    // The policy and the existing passes are read before anything can be chosen.
    REQUIRE(waitUntil([&] { return ::child<QSpinBox>(dialog, u"spinLifetime"_s)->isEnabled(); }, 15000));

    checkOpenDialogsInBothLanguages(app.languages);
}
