// SPDX-License-Identifier: MIT
// The bulk plan dialog as a window: its export, its Reset button and confirmation, what a screen
// reader and the keyboard reach, its size with 100,000 users, and its Swedish.
#include "BulkPlanRig.h"

TEST_CASE("BulkPlanDialog: the exported plan reads back as CSV with every user", "[ui][bulkplan]")
{
    PlanRig rig;
    auto dialog = rig.open(Source::Everyone, rig.everyone());
    const QString path = rig.folder.filePath(u"plan.csv"_s);
    QString suggested;
    dialog->setSavePathPrompt([&](QWidget *, const QString &proposal) {
        suggested = proposal;
        return path;
    });
    child<QPushButton>(*dialog, "buttonExport")->click();
    CHECK(suggested.endsWith(u".csv"_s));
    CHECK(child<QLabel>(*dialog, "labelStatus")->text().startsWith(u"Saved the plan to"_s));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == tenantUsers + 1);
    CHECK(lines.first() == u"User name,Display name,Object ID,Classification,Action"_s);
    int resets = 0;
    bool foundSelf = false;
    for (const QString &line : lines.mid(1)) {
        // The demo tenant's names hold no commas or quotes, so a plain split reads the fields.
        const QStringList fields = line.split(u',');
        REQUIRE(fields.size() == 5);
        if (fields.at(4) == u"Reset"_s)
            ++resets;
        if (fields.at(2) == rig.admin().id) {
            foundSelf = true;
            CHECK(fields.at(3) == u"Skipped: this is you"_s);
            CHECK(fields.at(4) == u"Skip"_s);
        }
    }
    CHECK(foundSelf);
    CHECK(resets == dialog->plan().includedCount());

    // A folder that does not exist: explained in plain language, nothing accepted.
    dialog->setSavePathPrompt([&](QWidget *, const QString &) { return rig.folder.filePath(u"missing/plan.csv"_s); });
    child<QPushButton>(*dialog, "buttonExport")->click();
    QMessageBox *box = waitForBox(*dialog, u"exportFailed"_s);
    CHECK(box->text().startsWith(u"Could not create"_s));
    CHECK(box->text().contains(u"Choose a folder you can write to"_s));
    box->close();
}

TEST_CASE("BulkPlanDialog: the Reset button counts the users and confirms large runs", "[ui][bulkplan]")
{
    PlanRig rig;
    SECTION("one user")
    {
        auto dialog = rig.open(Source::Selection, rig.targets({Archetype::PlainUser, Archetype::Admin}));
        CHECK(dialog->resetButton()->text() == u"&Reset 1 user"_s);
        CHECK(dialog->resetButton()->isEnabled());
        dialog->resetButton()->click();
        CHECK(dialog->findChild<QMessageBox *>(u"confirmReset"_s) == nullptr);
        CHECK(dialog->result() == QDialog::Accepted);
    }
    SECTION("nobody left")
    {
        auto dialog = rig.open(Source::Selection, rig.targets({Archetype::Admin, Archetype::Guest}));
        CHECK(dialog->resetButton()->text() == u"&Reset 0 users"_s);
        CHECK_FALSE(dialog->resetButton()->isEnabled());
        CHECK(dialog->request().items().isEmpty());
    }
    SECTION("more than the threshold")
    {
        auto dialog = rig.open(Source::Everyone, rig.everyone());
        const int count = dialog->plan().includedCount();
        REQUIRE(count > BulkPlanDialog::ConfirmThreshold);
        CHECK(dialog->resetButton()->text() == u"&Reset %1 users"_s.arg(count));
        dialog->resetButton()->click();
        QMessageBox *box = waitForBox(*dialog, u"confirmReset"_s);
        // Enter in the box means Cancel: resetting everyone takes a deliberate click.
        CHECK(box->defaultButton() == box->button(QMessageBox::Cancel));
        child<QPushButton>(*box, "buttonConfirm")->click();
        CHECK(dialog->result() == QDialog::Accepted);
        CHECK(dialog->request().items().size() == count);
    }
}

TEST_CASE("BulkPlanDialog: every control is named for screen readers and reachable by keyboard", "[ui][bulkplan]")
{
    PlanRig rig;
    for (const Source source : {Source::CsvFile, Source::Incident}) {
        auto dialog = rig.open(source, source == Source::Incident ? rig.everyone() : QList<BulkTarget>());
        if (source == Source::CsvFile) {
            const QString path = rig.writeFile(u"a11y.csv"_s, "nobody@kvarnby.se\n");
            dialog->loadCsv(path, rig.users());
        }
        tick(child<QRadioButton>(*dialog, "radioTyped"));
        dialog->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));

        // Every visible control a user can focus, except the parts of compound widgets.
        QList<QWidget *> controls;
        for (QWidget *widget : dialog->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            bool part = false;
            for (QWidget *up = widget->parentWidget(); up && up != dialog.get(); up = up->parentWidget())
                part = part || qobject_cast<QAbstractScrollArea *>(up) || qobject_cast<QComboBox *>(up);
            if (!part)
                controls.append(widget);
        }
        REQUIRE(controls.size() >= 12);
        QSet<QWidget *> chain;
        QWidget *step = dialog.get();
        for (int i = 0; i < 400; ++i) {
            step = step->nextInFocusChain();
            chain.insert(step);
        }
        for (QWidget *control : controls) {
            INFO(control->objectName().toStdString());
            CHECK_FALSE(control->accessibleName().isEmpty());
            CHECK(chain.contains(control));
        }

        // Tab leaves the grid instead of walking through its cells.
        auto *table = child<QTableView>(*dialog, "tablePlan");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Tab);
        CHECK_FALSE(table->hasFocus());

        // Mnemonics reach the options.
        auto *blocked = child<QCheckBox>(*dialog, "checkIncludeBlocked");
        const bool wasBlocked = blocked->isChecked();
        QTest::keyClick(dialog.get(), Qt::Key_B, Qt::AltModifier);
        // A mnemonic animates the click: the box toggles a moment later.
        CHECK(waitUntil([&] { return blocked->isChecked() != wasBlocked; }, 2000));
        CHECK(blocked->hasFocus());
        QTest::keyClick(dialog.get(), Qt::Key_H, Qt::AltModifier);
        CHECK(child<QComboBox>(*dialog, "comboShow")->hasFocus());
        if (source == Source::Incident) {
            QTest::keyClick(dialog.get(), Qt::Key_X, Qt::AltModifier);
            CHECK(child<QLineEdit>(*dialog, "lineUserSearch")->hasFocus());
        } else {
            auto *reload = child<QPushButton>(*dialog, "buttonReload");
            QSignalSpy clicked(reload, &QPushButton::clicked);
            QTest::keyClick(dialog.get(), Qt::Key_L, Qt::AltModifier);
            CHECK(waitUntil([&] { return !clicked.isEmpty(); }, 2000));
        }
    }
    QSettings().remove(BulkPlanDialog::exclusionSettingsKey(rig.tenantName()));
}

TEST_CASE("BulkPlanDialog: 100000 users make no widget per row", "[ui][bulkplan]")
{
    LanguageManager languages;
    languages.apply(u"en"_s);
    SignedInAdmin admin;
    admin.id = u"user-0"_s;
    admin.userPrincipalName = u"user0@contoso.se"_s;
    QList<BulkTarget> large;
    large.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        DirectoryUser user;
        user.setId(u"user-%1"_s.arg(i));
        user.setDisplayName(u"User %1"_s.arg(i));
        user.setUserPrincipalName(u"user%1@contoso.se"_s.arg(i));
        user.setFlag(DirectoryUser::AccountEnabled, i % 50 != 0);
        large.append(BulkTarget {user, {}, 0});
    }
    const QList<BulkTarget> small = large.mid(0, 10);
    BulkPlanDialog few(Source::Everyone, small, admin, u"contoso.se"_s);
    BulkPlanDialog many(Source::Everyone, large, admin, u"contoso.se"_s);
    CHECK(many.plan().rows.size() == 100000);
    CHECK(many.findChildren<QWidget *>().size() == few.findChildren<QWidget *>().size());
    // The grid scrolls: the dialog asks for no more room than with ten users.
    CHECK(qAbs(many.sizeHint().height() - few.sizeHint().height()) < 40);
    many.resize(1000, 700);
    many.show();
    REQUIRE(QTest::qWaitForWindowExposed(&many));
    CHECK(many.height() == 700);
    CHECK(many.resetButton()->text() == u"&Reset %1 users"_s.arg(QLocale().toString(98000)));
    tick(child<QCheckBox>(many, "checkIncludeBlocked"));
    // Everyone but the admin (user 0, also blocked).
    CHECK(many.plan().includedCount() == 100000 - 1);
}

TEST_CASE("BulkPlanDialog: speaks Swedish with one mnemonic per letter", "[ui][bulkplan]")
{
    SignedInAdmin admin;
    admin.id = u"admin-id"_s;
    admin.userPrincipalName = u"admin@kvarnby.se"_s;
    QList<BulkTarget> targets;
    for (const QString &name : {u"Åsa Öberg"_s, u"Nils Holm"_s, u"Karin Admin"_s}) {
        DirectoryUser user;
        user.setId(name == u"Karin Admin"_s ? admin.id : name.toLower().replace(u' ', u'-'));
        user.setDisplayName(name);
        user.setUserPrincipalName(DirectoryUser::fold(name).replace(u' ', u'.') + u"@kvarnby.se"_s);
        user.setFlag(DirectoryUser::AccountEnabled);
        targets.append(BulkTarget {user, {}, 0});
    }
    LanguageManager languages;
    for (const QString &language : {u"sv"_s, u"en"_s}) {
        languages.apply(language);
        BulkPlanDialog dialog(Source::Incident, targets, admin, u"kvarnby.se"_s);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        if (language == u"sv"_s) {
            CHECK(dialog.windowTitle() == u"Kräv lösenordsbyte"_s);
            CHECK(child<QLabel>(dialog, "labelHeading")->text() == u"Kräv att alla byter lösenord vid nästa inloggning"_s);
            CHECK(dialog.resetButton()->text() == u"&Återställ 2 användare"_s);
            CHECK(child<QCheckBox>(dialog, "checkIncludeBlocked")->text() == u"Ta med användare vars inloggning är &blockerad"_s);
            CHECK(child<QLineEdit>(dialog, "lineUserSearch")->placeholderText() == u"Skriv ett namn eller användarnamn"_s);
        }
        // Two controls sharing a letter make Alt+letter cycle instead of act.
        QStringList letters;
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            const qsizetype at = button->text().indexOf(u'&');
            if (button->isVisible() && at >= 0 && at + 1 < button->text().size())
                letters.append(button->text().at(at + 1).toLower());
        }
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            const qsizetype at = label->text().indexOf(u'&');
            if (label->isVisible() && label->buddy() && at >= 0)
                letters.append(label->text().at(at + 1).toLower());
        }
        INFO(language.toStdString() << ": " << letters.join(u' ').toStdString());
        CHECK(letters.size() >= 10);
        CHECK(QSet<QString>(letters.cbegin(), letters.cend()).size() == letters.size());
    }
    QSettings().remove(BulkPlanDialog::exclusionSettingsKey(u"kvarnby.se"_s));
}
