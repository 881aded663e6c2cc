// SPDX-License-Identifier: MIT
// Reset › Issue Temporary Access Pass… for users the list does not tick: a CSV file (its problems
// said in words that say what to fix) and the members of a group found by name, clicked and typed
// through against the demo tenant.
#include "Mnemonics.h"
#include "TapWindow.h"

#include "directory/UserSelection.h"
#include "tap/TapIssueRunner.h"
#include "tap/TapRun.h"
#include "ui/tap/IssueTapDialog.h"
#include "ui/tap/TapTargetPicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Waits for the pre-flight of the users chosen now and returns what it says. */
QString waitForPlan(IssueTapDialog *dialog, const QString &expected)
{
    auto *summary = child<QLabel>(dialog, u"labelSummary"_s);
    waitUntil([&] { return summary->text().contains(expected); }, 15000);
    return summary->text();
}

void issueAndWait(IssueTapDialog *dialog)
{
    auto *issue = child<QPushButton>(dialog, u"buttonIssue"_s);
    REQUIRE(issue->isEnabled());
    issue->click();
    REQUIRE(waitUntil([&] { return child<QPushButton>(dialog, u"buttonHandOver"_s)->isEnabled(); }, 30000));
}

QString addGroup(BulkRunWindow &app, const QString &name, const QList<SandboxUser *> &members)
{
    SandboxGroup group;
    group.id = u"5e7a0000-0000-4000-8000-%1"_s.arg(int(app.demo.context().tenant.groups.size()), 12, 10,
                                                    QLatin1Char('0'));
    group.displayName = name;
    for (const SandboxUser *user : members)
        group.memberIds.append(user->id);
    app.demo.context().tenant.groups.push_back(group);
    return group.id;
}

} // namespace

TEST_CASE("IssueTapDialog: with nobody ticked, the user shown in the list gets the pass", "[ui][tap]")
{
    BulkRunWindow app(60);
    SandboxUser *shown = app.plainServerUsers(1).constFirst();
    REQUIRE(app.page->showUser(shown->id));

    IssueTapDialog *dialog = openTapDialog(app);
    auto *thisUser = child<QRadioButton>(dialog, u"radioSourceTicked"_s);
    CHECK(thisUser->isChecked());
    CHECK(thisUser->text() == u"&This user: "_s + shown->displayName);
    CHECK(thisUser->accessibleName() == u"Issue a pass for "_s + shown->displayName + u", the user shown in the list"_s);
    CHECK(child<QLabel>(dialog, u"labelSourceStatus"_s)->text()
        == u"To issue passes for several users, tick them in the list first."_s);
    CHECK(waitForPlan(dialog, u"will get"_s).startsWith(u"1 user will get a Temporary Access Pass."_s));

    issueAndWait(dialog);
    AuthMethodStore &server = app.demo.context().authMethods;
    CHECK(server.tapOf(shown->id));
    CHECK(app.page->selection()->count() == 0);
    dialog->run()->recordHandover(HandoverLedger::Channel::Slips, {shown->id});
    dialog->reject();
}

TEST_CASE("IssueTapDialog: issues passes for the users of a CSV file and says what to fix in it", "[ui][tap]")
{
    BulkRunWindow app(60);
    const QList<SandboxUser *> users = app.plainServerUsers(3);
    const QString path = app.folder.filePath(u"starters.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write((u"userPrincipalName\r\n%1\r\n%2\r\nnobody@example.invalid\r\n%3,Kx7#mPq4tRw\r\n"_s)
                   .arg(users.at(0)->userPrincipalName, users.at(1)->id, users.at(2)->userPrincipalName)
                   .toUtf8());
    file.close();

    // Nothing ticked and nobody shown: the window opens on the file source.
    child<QTableView>(app.page, u"tableUsers"_s)->setCurrentIndex(QModelIndex());
    REQUIRE_FALSE(app.page->currentUser().isValid());
    IssueTapDialog *dialog = openTapDialog(app);
    TapTargetPicker *picker = dialog->targetPicker();
    CHECK(picker->source() == TapTargetPicker::Source::CsvFile);
    CHECK_FALSE(child<QRadioButton>(dialog, u"radioSourceTicked"_s)->isEnabled());
    picker->setCsvChooser([&] { return path; });
    child<QPushButton>(dialog, u"buttonChooseCsv"_s)->click();

    CHECK(waitForPlan(dialog, u"will get"_s).startsWith(u"2 users will get a Temporary Access Pass."_s));
    const QString status = child<QLabel>(dialog, u"labelSourceStatus"_s)->text();
    CHECK(status.startsWith(u"2 users found in starters.csv."_s));
    const QString problems = child<QPlainTextEdit>(dialog, u"textCsvProblems"_s)->toPlainText();
    CHECK(problems.contains(u"Line 4: no user named nobody@example.invalid was found. Check the spelling or remove "
                            "the line."_s));
    CHECK(problems.contains(u"Line 5: "_s + users.at(2)->userPrincipalName
                            + u" has a password after the user name. Microsoft 365 chooses each Temporary Access "
                              "Pass, so remove the second column."_s));
    CHECK(child<QPlainTextEdit>(dialog, u"textCsvProblems"_s)->isVisible());

    issueAndWait(dialog);
    AuthMethodStore &server = app.demo.context().authMethods;
    CHECK(server.tapOf(users.at(0)->id));
    CHECK(server.tapOf(users.at(1)->id));
    CHECK(server.tapOf(users.at(2)->id) == nullptr);
    // The run is bound to its users: the source cannot change under it.
    CHECK_FALSE(picker->isEnabled());
    dialog->run()->recordHandover(HandoverLedger::Channel::Slips, {users.at(0)->id, users.at(1)->id});
    dialog->reject();
}

TEST_CASE("IssueTapDialog: finds a group of new starters by typing its name and issues passes for its members",
          "[ui][tap]")
{
    BulkRunWindow app(60);
    const QList<SandboxUser *> starters = app.plainServerUsers(3);
    addGroup(app, u"New starters December"_s, starters);
    addGroup(app, u"Newsletter editors"_s, {});
    // One user ticked: the group replaces that choice, it does not add to it.
    const QList<SandboxUser *> ticked = {app.plainServerUsers(4).at(3)};
    app.tick(ticked);

    IssueTapDialog *dialog = openTapDialog(app);
    CHECK(waitForPlan(dialog, u"will get"_s).startsWith(u"1 user will get"_s));
    auto *fromGroup = child<QRadioButton>(dialog, u"radioSourceGroup"_s);
    // From the keyboard: the radio button by its mnemonic, the name typed, the group chosen with Enter.
    QTest::keyClick(dialog, Qt::Key_G, Qt::AltModifier);
    REQUIRE(waitUntil([&] { return fromGroup->isChecked(); }, 2000));
    auto *find = child<QLineEdit>(dialog, u"editFindGroup"_s);
    REQUIRE(waitUntil([&] { return find->hasFocus(); }, 2000));
    QTest::keyClicks(find, u"xyz"_s);
    auto *status = child<QLabel>(dialog, u"labelSourceStatus"_s);
    REQUIRE(waitUntil([&] { return status->text().startsWith(u"No group's name starts with xyz."_s); }, 10000));
    find->clear();
    QTest::keyClicks(find, u"new st"_s);
    auto *groups = child<QListWidget>(dialog, u"listGroups"_s);
    REQUIRE(waitUntil([&] { return groups->count() == 1; }, 10000));
    CHECK(groups->item(0)->text() == u"New starters December"_s);
    groups->setFocus();
    QTest::keyClick(groups, Qt::Key_Down);
    QTest::keyClick(groups, Qt::Key_Return);

    CHECK(waitForPlan(dialog, u"3 users"_s).startsWith(u"3 users will get a Temporary Access Pass."_s));
    CHECK(status->text() == u"3 members of New starters December found in the user list."_s);
    issueAndWait(dialog);
    AuthMethodStore &server = app.demo.context().authMethods;
    for (const SandboxUser *user : starters)
        CHECK(server.tapOf(user->id));
    CHECK(server.tapOf(ticked.at(0)->id) == nullptr);
    QStringList ids;
    for (const SandboxUser *user : starters)
        ids.append(user->id);
    dialog->run()->recordHandover(HandoverLedger::Channel::Slips, ids);
    dialog->reject();
}

TEST_CASE("IssueTapDialog: the sources have names, keys and Swedish words", "[ui][tap]")
{
    BulkRunWindow app(60);
    app.languages.apply(u"sv"_s);
    app.tick(app.plainServerUsers(2));
    IssueTapDialog *dialog = openTapDialog(app);
    waitForPlan(dialog, u"får"_s);
    CHECK(mnemonicClashes(dialog).isEmpty());
    CHECK(child<QRadioButton>(dialog, u"radioSourceTicked"_s)->text() == u"&Markerade användare (2)"_s);
    CHECK(child<QRadioButton>(dialog, u"radioSourceGroup"_s)->text() == u"Me&dlemmar i en grupp"_s);
    CHECK(child<QLabel>(dialog, u"labelSourceStatus"_s)->text() == u"2 användare är markerade i listan."_s);
    for (const char16_t *name : {u"radioSourceTicked", u"radioSourceCsv", u"radioSourceGroup", u"buttonChooseCsv",
                                 u"editFindGroup", u"listGroups", u"textCsvProblems"}) {
        auto *widget = child<QWidget>(dialog, QString::fromUtf16(name));
        INFO(QString::fromUtf16(name).toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        CHECK(widget->focusPolicy() != Qt::NoFocus);
    }
    app.languages.apply(u"en"_s);
    CHECK(mnemonicClashes(dialog).isEmpty());
    dialog->reject();
}

TEST_CASE("IssueTapDialog: a group that cannot be searched or read is explained in words about groups",
          "[ui][tap]")
{
    BulkRunWindow app(60);
    addGroup(app, u"Starters spring"_s, app.plainServerUsers(2));
    IssueTapDialog *dialog = openTapDialog(app);
    child<QRadioButton>(dialog, u"radioSourceGroup"_s)->click();
    auto *find = child<QLineEdit>(dialog, u"editFindGroup"_s);
    auto *groups = child<QListWidget>(dialog, u"listGroups"_s);
    auto *status = child<QLabel>(dialog, u"labelSourceStatus"_s);

    // The account may not read groups: Graph's documented 403.
    SandboxFaultRule denied;
    denied.method = "GET";
    denied.path = QRegularExpression(u"^/groups$"_s);
    denied.status = 403;
    denied.code = u"Authorization_RequestDenied"_s;
    denied.message = u"Insufficient privileges to complete the operation."_s;
    app.demo.context().faults.addRule(denied);
    QTest::keyClicks(find, u"Star"_s);
    QTest::keyClick(find, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return status->text().contains(u"groups"_s); }, 10000));
    CHECK(status->text().startsWith(u"Your account may not read groups."_s));

    // Found, then deleted before it is chosen.
    QTest::keyClick(find, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return groups->count() == 1; }, 10000));
    auto &tenantGroups = app.demo.context().tenant.groups;
    tenantGroups.erase(std::remove_if(tenantGroups.begin(), tenantGroups.end(),
                                      [](const SandboxGroup &group) { return group.displayName == u"Starters spring"_s; }),
                       tenantGroups.end());
    groups->setCurrentRow(0);
    QTest::keyClick(groups, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return status->text().contains(u"no longer exists"_s); }, 10000));
    CHECK(status->text() == u"The group Starters spring no longer exists. Search for the group again."_s);
    CHECK(dialog->targetPicker()->users().isEmpty());
    dialog->reject();
}
