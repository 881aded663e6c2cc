// SPDX-License-Identifier: MIT
// Planning a bulk reset as an admin does it: the demo tenant's users loaded over real HTTP, the
// real dialog clicked and typed into, and what it hands to the runner (items, settings) checked.
// Nothing here sends a reset: the dialog never touches the network.
#include "BulkPlanRig.h"

TEST_CASE("BulkPlanDialog: counts every category and skips the signed-in admin", "[ui][bulkplan]")
{
    PlanRig rig;
    auto dialog = rig.open(Source::Everyone, rig.everyone());
    QAbstractItemModelTester tester(child<QTableView>(*dialog, "tablePlan")->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const BulkPreflight::Plan &plan = dialog->plan();
    REQUIRE(plan.rows.size() == tenantUsers);
    CHECK(child<QLabel>(*dialog, "labelHeading")->text()
          == u"Reset the passwords of everyone in the organization (%1 users)"_s.arg(tenantUsers));

    const BulkPreflight::Row &self = rowOf(*dialog, rig.admin().id);
    CHECK(self.category == Category::Self);
    CHECK_FALSE(self.included);
    CHECK(rowOf(*dialog, rig.user(Archetype::Guest).id()).category == Category::Guest);
    CHECK(rowOf(*dialog, rig.user(Archetype::SyncedUser).id()).category == Category::Synced);
    CHECK(rowOf(*dialog, rig.user(Archetype::DisabledUser).id()).category == Category::SignInBlocked);
    CHECK_FALSE(rowOf(*dialog, rig.user(Archetype::DisabledUser).id()).included);
    CHECK(rowOf(*dialog, rig.user(Archetype::PlainUser).id()).category == Category::WillReset);
    CHECK(plan.count(Category::Self) == 1);

    // Each category with users is listed with its count; the counts add up to everyone.
    const QStringList lines = categoryLines(*dialog);
    CHECK(lines.contains(u"Skipped: this is you: 1 user"_s));
    CHECK(lines.contains(u"Will be reset: %1 users"_s.arg(plan.count(Category::WillReset))));
    CHECK(lines.contains(u"Skipped: guest: %1 user%2"_s.arg(plan.count(Category::Guest))
                             .arg(plan.count(Category::Guest) == 1 ? QString() : u"s"_s)));
    int sum = 0;
    for (int c = 0; c < BulkPreflight::categoryCount; ++c)
        sum += plan.count(Category(c));
    CHECK(sum == tenantUsers);
    CHECK(dialog->resetButton()->text() == u"&Reset %1 users"_s.arg(plan.includedCount()));

    // The filter: "Skipped" shows exactly the users left alone; a line of the list filters by it.
    auto *show = child<QComboBox>(*dialog, "comboShow");
    auto *table = child<QTableView>(*dialog, "tablePlan");
    show->setCurrentIndex(show->findData(-3));
    CHECK(table->model()->rowCount() == tenantUsers - plan.includedCount());
    auto *list = child<QListWidget>(*dialog, "listCategories");
    const QList<QListWidgetItem *> selfLine = list->findItems(u"Skipped: this is you"_s, Qt::MatchStartsWith);
    REQUIRE(selfLine.size() == 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(selfLine.first()).center());
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, BulkPlanModel::UserPrincipalName).data().toString() == rig.admin().userPrincipalName);
    CHECK(show->currentText().startsWith(u"Skipped: this is you"_s));
    show->setCurrentIndex(show->findData(-1));
    CHECK(table->model()->rowCount() == tenantUsers);
}

TEST_CASE("BulkPlanDialog: skips users whose roles a helpdesk administrator cannot reset", "[ui][bulkplan]")
{
    PlanRig rig(Archetype::HelpdeskAdministrator);
    auto dialog = rig.open(Source::Selection,
                           rig.targets({Archetype::PlainUser, Archetype::Admin, Archetype::HelpdeskAdministrator,
                                        Archetype::SecondHelpdeskAdministrator}));
    CHECK(child<QLabel>(*dialog, "labelHeading")->text() == u"Reset the passwords of 4 selected users"_s);
    CHECK(rowOf(*dialog, rig.user(Archetype::HelpdeskAdministrator).id()).category == Category::Self);
    CHECK(rowOf(*dialog, rig.user(Archetype::Admin).id()).category == Category::RoleCannotReset);
    CHECK(rowOf(*dialog, rig.user(Archetype::PlainUser).id()).category == Category::WillReset);
    CHECK(categoryLines(*dialog).contains(u"Skipped: your role cannot reset this user: 1 user"_s));
}

TEST_CASE("BulkPlanDialog: including blocked users reclassifies them at once", "[ui][bulkplan]")
{
    PlanRig rig;
    auto dialog = rig.open(Source::Everyone, rig.everyone());
    const QString blockedId = rig.user(Archetype::DisabledUser).id();
    const int blocked = dialog->plan().count(Category::SignInBlocked);
    REQUIRE(blocked >= 1);
    const int before = dialog->plan().includedCount();
    auto *show = child<QComboBox>(*dialog, "comboShow");
    auto *table = child<QTableView>(*dialog, "tablePlan");
    show->setCurrentIndex(show->findData(-2));
    CHECK(table->model()->rowCount() == before);
    CHECK(categoryLines(*dialog).filter(u"Sign-in blocked: skipped"_s).size() == 1);

    tick(child<QCheckBox>(*dialog, "checkIncludeBlocked"));
    CHECK(rowOf(*dialog, blockedId).included);
    CHECK(dialog->plan().includedCount() == before + blocked);
    CHECK(dialog->resetButton()->text() == u"&Reset %1 users"_s.arg(before + blocked));
    CHECK(table->model()->rowCount() == before + blocked);
    CHECK(categoryLines(*dialog).filter(u"Sign-in blocked: included"_s).size() == 1);
    QStringList ids;
    for (const BulkResetItem &item : dialog->request().items())
        ids.append(item.userId);
    CHECK(ids.contains(blockedId));

    tick(child<QCheckBox>(*dialog, "checkIncludeBlocked"));
    CHECK_FALSE(rowOf(*dialog, blockedId).included);
    CHECK(dialog->plan().includedCount() == before);
    CHECK(table->model()->rowCount() == before);
}

TEST_CASE("BulkPlanDialog: one typed password for everyone is checked live against every name", "[ui][bulkplan]")
{
    PlanRig rig;
    auto dialog = rig.open(Source::Selection,
                           rig.targets({Archetype::PlainUser, Archetype::NeverExpiresUser, Archetype::UnlicensedUser}));
    auto *typed = child<QRadioButton>(*dialog, "radioTyped");
    auto *line = child<QLineEdit>(*dialog, "linePassword");
    auto *rules = child<QLabel>(*dialog, "labelRules");
    CHECK_FALSE(line->isEnabled());
    tick(typed);
    REQUIRE(typed->isChecked());
    CHECK(line->isEnabled());
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    CHECK(rules->text().contains(u"Type a password"_s));

    typeInto(line, u"Ab1!"_s);
    CHECK(rules->text().contains(u"at least 8 characters"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    // Elsa Nilsson is one of the three: her first name may not be in the password all of them get.
    typeInto(line, u"Elsa-Harbour-93"_s);
    CHECK(rules->text().contains(u"Remove “elsa”"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    // Maja Forsberg's surname, written with Entra's look-alike digits.
    typeInto(line, u"F0rsberg-Lamp-93"_s);
    CHECK(rules->text().contains(u"Remove “forsberg”"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());

    typeInto(line, u"Blue-Kettle-93"_s);
    CHECK(rules->text() == u"This password meets the Microsoft 365 rules for all 3 users."_s);
    REQUIRE(dialog->resetButton()->isEnabled());
    CHECK(line->echoMode() == QLineEdit::Password);
    tick(child<QCheckBox>(*dialog, "checkShowPassword"));
    CHECK(line->echoMode() == QLineEdit::Normal);

    // Three users: no confirmation box, the dialog accepts at once.
    dialog->resetButton()->click();
    CHECK(dialog->result() == QDialog::Accepted);
    const QList<BulkResetItem> items = dialog->request().items();
    REQUIRE(items.size() == 3);
    for (const BulkResetItem &item : items)
        CHECK(item.password.equals(u"Blue-Kettle-93"_s));
    const BulkResetSettings settings = dialog->settings();
    CHECK(settings.forceChangePasswordNextSignIn);
    CHECK_FALSE(settings.forceChangePasswordNextSignInWithMfa);
    CHECK_FALSE(settings.signOutEverywhere);
}

TEST_CASE("BulkPlanDialog: generated passwords differ for every user and are decided once", "[ui][bulkplan]")
{
    PlanRig rig;
    auto dialog = rig.open(Source::Everyone, rig.everyone());
    CHECK(child<QRadioButton>(*dialog, "radioGenerate")->isChecked());
    auto *style = child<QComboBox>(*dialog, "comboStyle");
    auto *language = child<QComboBox>(*dialog, "comboPassphraseLanguage");
    style->setCurrentIndex(style->findData(int(PasswordStyle::Readable)));
    CHECK_FALSE(language->isVisible());
    style->setCurrentIndex(style->findData(int(PasswordStyle::Passphrase)));
    CHECK(language->isVisible());
    tick(child<QCheckBox>(*dialog, "checkVerifyMfa"));
    tick(child<QCheckBox>(*dialog, "checkSignOut"));

    const QList<BulkResetItem> items = dialog->request().items();
    REQUIRE(items.size() == dialog->plan().includedCount());
    QSet<QString> passwords;
    for (const BulkResetItem &item : items) {
        const QString password = item.password.reveal();
        int separators = 0;
        for (const QChar c : password)
            separators += PasswordGenerator::passphraseSeparators().contains(c) ? 1 : 0;
        // Three words, each followed by the separator, then two digits.
        CHECK(separators >= 3);
        CHECK(password.back().isDigit());
        passwords.insert(password);
    }
    CHECK(passwords.size() == items.size());
    const BulkResetSettings settings = dialog->settings();
    CHECK(settings.forceChangePasswordNextSignIn);
    CHECK(settings.forceChangePasswordNextSignInWithMfa);
    CHECK(settings.signOutEverywhere);

    // The MFA variant needs the force change.
    tick(child<QCheckBox>(*dialog, "checkForceChange"));
    CHECK_FALSE(child<QCheckBox>(*dialog, "checkVerifyMfa")->isEnabled());
    CHECK_FALSE(dialog->settings().forceChangePasswordNextSignIn);
    CHECK_FALSE(dialog->settings().forceChangePasswordNextSignInWithMfa);
}

TEST_CASE("BulkPlanDialog: a CSV file with problems is reported by line and blocks the reset", "[ui][bulkplan]")
{
    PlanRig rig;
    const QString elsa = rig.user(Archetype::PlainUser).userPrincipalName();
    const QString maja = rig.user(Archetype::NeverExpiresUser).userPrincipalName();
    const QString path = rig.writeFile(u"staff.csv"_s,
        (u"user;password\n"_s + elsa + u"\nnobody@kvarnby.se\n"_s + maja + u"\n"_s + elsa.toUpper()
         + u"\n"_s).toUtf8());
    auto dialog = rig.open(Source::CsvFile, {});
    CHECK(child<QGroupBox>(*dialog, "groupCsv")->isVisible());
    CHECK_FALSE(dialog->loadCsv(path, rig.users()));
    CHECK(child<QLabel>(*dialog, "labelHeading")->text() == u"Reset the passwords of the users in staff.csv"_s);
    const QStringList problems = problemLines(*dialog);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).startsWith(u"Line 3: "_s));
    CHECK(problems.at(0).contains(u"nobody@kvarnby.se"_s));
    CHECK(problems.at(1).startsWith(u"Line 5: "_s));
    CHECK(problems.at(1).contains(u"line 2"_s));
    CHECK(child<QLabel>(*dialog, "labelCsvSummary")->text().startsWith(u"2 problems in staff.csv."_s));
    CHECK(child<QListView>(*dialog, "listCsvProblems")->isVisible());
    CHECK_FALSE(dialog->resetButton()->isEnabled());
    // Pressing Enter (the default button) does nothing while the file is wrong.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    CHECK(dialog->isVisible());
    CHECK(dialog->result() != QDialog::Accepted);

    // The admin fixes the file and reloads it.
    rig.writeFile(u"staff.csv"_s, (elsa + u"\n"_s + maja + u"\n"_s).toUtf8());
    child<QPushButton>(*dialog, "buttonReload")->click();
    CHECK(problemLines(*dialog).isEmpty());
    CHECK_FALSE(child<QListView>(*dialog, "listCsvProblems")->isVisible());
    CHECK(child<QLabel>(*dialog, "labelCsvSummary")->text() == u"staff.csv is fine: 2 users found."_s);
    CHECK(dialog->plan().rows.size() == 2);
    CHECK(dialog->resetButton()->isEnabled());
    CHECK(dialog->resetButton()->text() == u"&Reset 2 users"_s);

    // A file that cannot be read says so and blocks again.
    QFile::remove(path);
    child<QPushButton>(*dialog, "buttonReload")->click();
    CHECK(child<QLabel>(*dialog, "labelCsvSummary")->text().contains(u"could not be read"_s));
    CHECK_FALSE(dialog->resetButton()->isEnabled());
}

TEST_CASE("BulkPlanDialog: a password given in the CSV file is kept for its user", "[ui][bulkplan]")
{
    PlanRig rig;
    const DirectoryUser elsa = rig.user(Archetype::PlainUser);
    const DirectoryUser maja = rig.user(Archetype::NeverExpiresUser);
    const QString path = rig.writeFile(u"with-passwords.csv"_s,
        (elsa.userPrincipalName() + u";Gr8-Harbour-Lamp\n"_s + maja.id() + u"\n"_s).toUtf8());
    auto dialog = rig.open(Source::CsvFile, {});
    auto *style = child<QComboBox>(*dialog, "comboStyle");
    style->setCurrentIndex(style->findData(int(PasswordStyle::Readable)));
    REQUIRE(dialog->loadCsv(path, rig.users()));
    auto *note = child<QLabel>(*dialog, "labelCsvPasswords");
    CHECK(note->isVisible());
    CHECK(note->text().startsWith(u"1 user keeps the password given for them in the file"_s));

    const QList<BulkResetItem> items = dialog->request().items();
    REQUIRE(items.size() == 2);
    for (const BulkResetItem &item : items) {
        if (item.userId == elsa.id()) {
            CHECK(item.password.equals(u"Gr8-Harbour-Lamp"_s));
        } else {
            CHECK(item.userId == maja.id());
            CHECK_FALSE(item.password.equals(u"Gr8-Harbour-Lamp"_s));
            CHECK(item.password.size() == 14);
        }
    }

    // With one shared password, the row's own still wins; the typed one goes to the others only.
    tick(child<QRadioButton>(*dialog, "radioTyped"));
    typeInto(child<QLineEdit>(*dialog, "linePassword"), u"Blue-Kettle-93"_s);
    CHECK(child<QLabel>(*dialog, "labelRules")->text()
          == u"This password meets the Microsoft 365 rules for the 1 user who gets it."_s);
    for (const BulkResetItem &item : dialog->request().items())
        CHECK(item.password.equals(item.userId == elsa.id() ? u"Gr8-Harbour-Lamp"_s : u"Blue-Kettle-93"_s));
}

TEST_CASE("BulkPlanDialog: the incident preset leaves excluded accounts alone and remembers them", "[ui][bulkplan]")
{
    PlanRig rig;
    const QString key = BulkPlanDialog::exclusionSettingsKey(rig.tenantName());
    QSettings().remove(key);
    const DirectoryUser oliver = rig.user(Archetype::SecondGlobalAdministrator);
    const DirectoryUser petra = rig.user(Archetype::PasswordAdministrator);
    {
        auto dialog = rig.open(Source::Incident, rig.everyone());
        CHECK(dialog->windowTitle() == u"Require a password change"_s);
        CHECK(child<QLabel>(*dialog, "labelHeading")->text()
              == u"Require everyone to change password at next sign-in"_s);
        auto *force = child<QCheckBox>(*dialog, "checkForceChange");
        CHECK(force->isChecked());
        CHECK_FALSE(force->isEnabled());
        CHECK(child<QCheckBox>(*dialog, "checkSignOut")->isChecked());
        CHECK(child<QGroupBox>(*dialog, "groupExclusions")->isVisible());
        const int everyoneElse = dialog->plan().includedCount();
        CHECK(rowOf(*dialog, oliver.id()).included);

        // Pick Oliver from the suggestions as typed.
        auto *line = child<QLineEdit>(*dialog, "lineUserSearch");
        auto *add = child<QPushButton>(*dialog, "buttonAddUser");
        CHECK_FALSE(add->isEnabled());
        typeInto(line, u"oliver.benn"_s);
        QCompleter *completer = line->completer();
        REQUIRE(completer);
        REQUIRE(completer->completionCount() >= 1);
        completer->setCurrentRow(0);
        const QString suggestion = completer->currentCompletion();
        CHECK(suggestion.contains(oliver.userPrincipalName()));
        line->setText(suggestion);
        add->click();
        // Petra by her user name, added with Enter: Enter adds, it does not press Reset.
        typeInto(line, petra.userPrincipalName().toUpper());
        QTest::keyClick(line, Qt::Key_Return);
        CHECK(dialog->isVisible());
        CHECK(line->text().isEmpty());
        // Someone who is not in the directory.
        typeInto(line, u"ghost@kvarnby.se"_s);
        add->click();
        CHECK(child<QLabel>(*dialog, "labelUserProblem")->isVisible());

        auto *list = child<QListWidget>(*dialog, "listUsers");
        REQUIRE(list->count() == 2);
        CHECK(dialog->excludedUserIds() == QStringList {oliver.id(), petra.id()});
        CHECK(rowOf(*dialog, oliver.id()).category == Category::Excluded);
        CHECK_FALSE(rowOf(*dialog, oliver.id()).included);
        CHECK(rowOf(*dialog, petra.id()).category == Category::Excluded);
        CHECK(dialog->plan().includedCount() == everyoneElse - 2);
        CHECK(categoryLines(*dialog).contains(u"Skipped: excluded: 2 users"_s));
        CHECK(QSettings().value(key).toStringList() == QStringList {oliver.id(), petra.id()});

        // The incident preset always asks once more; Cancel keeps the dialog open.
        dialog->resetButton()->click();
        QMessageBox *box = waitForBox(*dialog, u"confirmReset"_s);
        CHECK(box->text() == u"Reset the passwords of %1 users?"_s.arg(everyoneElse - 2));
        CHECK(box->informativeText().contains(u"cannot be undone"_s));
        box->button(QMessageBox::Cancel)->click();
        CHECK(dialog->isVisible());
        CHECK(dialog->result() != QDialog::Accepted);
        dialog->resetButton()->click();
        box = waitForBox(*dialog, u"confirmReset"_s);
        child<QPushButton>(*box, "buttonConfirm")->click();
        CHECK(dialog->result() == QDialog::Accepted);
        QStringList ids;
        for (const BulkResetItem &item : dialog->request().items())
            ids.append(item.userId);
        CHECK_FALSE(ids.contains(oliver.id()));
        CHECK_FALSE(ids.contains(petra.id()));
        CHECK_FALSE(ids.contains(rig.admin().id));
        CHECK(dialog->settings().forceChangePasswordNextSignIn);
        CHECK(dialog->settings().signOutEverywhere);
    }
    {
        // Next time the list is filled in; removing one forgets it.
        auto dialog = rig.open(Source::Incident, rig.everyone());
        auto *list = child<QListWidget>(*dialog, "listUsers");
        REQUIRE(list->count() == 2);
        CHECK(list->item(0)->text() == u"%1 (%2)"_s.arg(oliver.displayName(), oliver.userPrincipalName()));
        CHECK(rowOf(*dialog, oliver.id()).category == Category::Excluded);
        auto *remove = child<QPushButton>(*dialog, "buttonRemoveUser");
        CHECK_FALSE(remove->isEnabled());
        list->setCurrentRow(0);
        REQUIRE(remove->isEnabled());
        remove->click();
        CHECK(list->count() == 1);
        CHECK(rowOf(*dialog, oliver.id()).included);
        CHECK(QSettings().value(key).toStringList() == QStringList {petra.id()});
    }
    QSettings().remove(key);
}
