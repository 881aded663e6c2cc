// SPDX-License-Identifier: MIT
// The app as `resetdesk --demo` builds it, for bulk-reset tests: signed in to the demo tenant over
// real HTTP, journals and the audit log in a temporary folder, and helpers that drive the Reset
// menu, the plan dialog and the run window the way an admin does. Given a ManualClock, the app and
// its tenant both wait on it.
#pragma once

#include "CatchQt.h"
#include "CsvRows.h"
#include "WaitUntil.h"
#include "WidgetLookup.h"

#include "ui/bulk/BulkPlanDialog.h"
#include "ui/bulk/BulkResetFlow.h"
#include "ui/bulk/BulkRunDialog.h"
#include "DemoSession.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/reset/ResetFlow.h"
#include "ui/users/UsersPage.h"
#include "ui/handover/HandoverDialogs.h"
#include "bulk/BulkResetRunner.h"
#include "bulk/BulkResultModel.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"
#include "audit/AuditLog.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

struct BulkRunWindow
{
    LanguageManager languages;
    DemoSession demo;
    MainWindow window {&languages, &demo.session};
    UsersPage *page = window.usersPage();
    ResetFlow *single = window.resetFlow();
    BulkResetFlow *flow = window.bulkResetFlow();
    QTemporaryDir folder;

    explicit BulkRunWindow(int userCount = 150, bool signIn = true, TokenStore *store = nullptr,
                           const QString &journalDirectory = {}, ManualClock *clock = nullptr)
        : demo(nullptr, store, userCount, clock)
    {
        languages.apply(QStringLiteral("en"));
        REQUIRE(page);
        REQUIRE(single);
        REQUIRE(flow);
        REQUIRE(folder.isValid());
        single->setAuditLogPath(folder.filePath(QStringLiteral("audit.jsonl")));
        flow->setJournalDirectory(journalDirectory.isEmpty() ? folder.filePath(QStringLiteral("journals"))
                                                             : journalDirectory);
        window.resize(1100, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        if (signIn)
            this->signIn();
    }

    void signIn()
    {
        QSignalSpy finished(page->loader(), &UserDirectoryLoader::finished);
        demo.signInAs();
        REQUIRE(demo.waitUntilReady());
        REQUIRE(waitUntil([&] { return !finished.isEmpty() && page->hasLoaded(); }, 30000));
    }

    QString journalDirectory() const { return flow->store()->directory(); }

    SandboxUser &server(const QString &id)
    {
        SandboxUser *user = demo.context().tenant.userByIdOrUpn(id);
        REQUIRE(user);
        return *user;
    }

    /** Users any admin may reset in one go: members, cloud-only, no roles, sign-in allowed, not federated. */
    static bool isPlain(const SandboxUser &user)
    {
        if (user.deleted || user.userType != QStringLiteral("Member") || !user.accountEnabled
            || user.onPremisesSyncEnabled.value_or(false) || !user.roleTemplateIds.isEmpty())
            return false;
        const QString federatedDomain
            = TenantGenerator::archetypeUpn(TenantGenerator::Archetype::FederatedUser).section(u'@', 1);
        if (user.userPrincipalName.endsWith(u'@' + federatedDomain, Qt::CaseInsensitive))
            return false;
        for (int i = 0; i < TenantGenerator::ArchetypeCount; ++i) {
            if (TenantGenerator::archetypeUpn(TenantGenerator::Archetype(i)).compare(user.userPrincipalName,
                                                                                     Qt::CaseInsensitive)
                == 0)
                return false;
        }
        return true;
    }

    /** The first @p count plain users of the tenant (server side). */
    QList<SandboxUser *> plainServerUsers(int count)
    {
        QList<SandboxUser *> users;
        for (const SandboxUser &user : demo.context().tenant.users()) {
            if (users.size() == count)
                break;
            if (isPlain(user))
                users.append(demo.context().tenant.userByIdOrUpn(user.id));
        }
        REQUIRE(users.size() == count);
        return users;
    }

    /** Ticks @p users in the list (by id, as the checkbox column does). */
    void tick(const QList<SandboxUser *> &users)
    {
        page->selection()->clear();
        for (const SandboxUser *user : users)
            page->selection()->select(user->id);
        REQUIRE(page->selectedUsers().size() == users.size());
    }

    QAction *action(const char *name) { return child<QAction>(window, name); }

    /** Reset › Reset passwords of selected users…, then Reset in the plan (confirming a large run). */
    BulkRunDialog *runTicked()
    {
        action("actionResetSelected")->trigger();
        BulkPlanDialog *plan = flow->planDialog();
        REQUIRE(plan);
        REQUIRE(QTest::qWaitForWindowExposed(plan));
        REQUIRE(plan->resetButton()->isEnabled());
        plan->resetButton()->click();
        if (auto *confirm = plan->findChild<QMessageBox *>(QStringLiteral("confirmReset"))) {
            REQUIRE(QTest::qWaitForWindowExposed(confirm));
            child<QPushButton>(confirm, QStringLiteral("buttonConfirm"))->click();
        }
        REQUIRE(waitUntil([this] { return flow->runDialog() != nullptr; }, 20000));
        REQUIRE(QTest::qWaitForWindowExposed(flow->runDialog()));
        return flow->runDialog();
    }

    /** Waits for the run to end, as its window shows it. */
    void waitUntilFinished(BulkRunDialog *dialog, int timeoutMs = 60000)
    {
        REQUIRE(waitUntil(
            [dialog] { return dialog->runner()->phase() == BulkResetRunner::Phase::Finished; }, timeoutMs));
        // The window's labels follow the runner a moment later.
        QTest::qWait(0);
    }

    /** Ticks @p users, resets them through the plan and waits until the run has ended. */
    BulkRunDialog *runToEnd(const QList<SandboxUser *> &users)
    {
        tick(users);
        BulkRunDialog *dialog = runTicked();
        waitUntilFinished(dialog);
        return dialog;
    }

    /** Waits until requests are out (the runner sends from the event loop, a moment after the window opens). */
    static void waitUntilSending(BulkRunDialog *dialog)
    {
        REQUIRE(waitUntil(
            [dialog] {
                for (const BulkItemResult &result : dialog->runner()->results()) {
                    if (result.state == BulkItemResult::State::Sending)
                        return true;
                }
                return false;
            },
            10000));
    }

    /** Holds every $batch request's answer back for @p delayMs, so the admin can act while requests are out. */
    void delayBatches(int delayMs)
    {
        SandboxFaultRule rule;
        rule.action = SandboxFaultRule::Action::Delay;
        rule.method = "POST";
        rule.path = QRegularExpression(QStringLiteral("^/\\$batch$"));
        rule.remaining = -1;
        rule.delayMs = delayMs;
        demo.context().faults.addRule(rule);
    }

    /** Runs @p users with every $batch answer held back @p delayMs; returns once requests are out. */
    BulkRunDialog *runSlowly(const QList<SandboxUser *> &users, int delayMs)
    {
        delayBatches(delayMs);
        tick(users);
        BulkRunDialog *dialog = runTicked();
        waitUntilSending(dialog);
        return dialog;
    }

    /** Password writes (PATCH of passwordProfile) the sandbox received for @p userId. */
    int patches(const QString &userId)
    {
        int count = 0;
        for (const RequestLogEntry &entry : demo.context().log.entries()) {
            if (entry.method == QStringLiteral("PATCH") && entry.path.endsWith(userId))
                ++count;
        }
        return count;
    }

    /** Clicks Email in the run window: the email dialog it opens, on screen. */
    EmailPasswordsDialog *openEmail(BulkRunDialog *dialog)
    {
        auto *emailButton = child<QPushButton>(dialog, QStringLiteral("buttonEmail"));
        REQUIRE(emailButton->isEnabled());
        emailButton->click();
        EmailPasswordsDialog *email = single->handoverDialogs()->emailDialog();
        REQUIRE(email);
        REQUIRE(QTest::qWaitForWindowExposed(email));
        return email;
    }

    /** Waits for the stored-runs offer (or another question of the flow) titled @p title, on screen. */
    QMessageBox *waitForOffer(const QString &title)
    {
        REQUIRE(waitUntil(
            [&] { return flow->messageBox() && flow->messageBox()->windowTitle() == title; }, 15000));
        QMessageBox *box = flow->messageBox();
        REQUIRE(QTest::qWaitForWindowExposed(box));
        return box;
    }

    /** Saves the results CSV through the Save button and returns its rows (heading first). */
    QList<QStringList> saveCsv(BulkRunDialog *dialog, const QString &name)
    {
        const QString path = folder.filePath(name);
        dialog->setFileChooser([path](const QString &) { return path; });
        auto *save = child<QPushButton>(dialog, QStringLiteral("buttonSaveCsv"));
        REQUIRE(save->isEnabled());
        save->click();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return CsvRows::parse(file.readAll());
    }

    /** The CSV's password cell of each user principal name (empty when the row has none). */
    static QHash<QString, QString> passwordsByUpn(const QList<QStringList> &rows)
    {
        QHash<QString, QString> passwords;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            REQUIRE(rows.at(i).size() == 5);
            passwords.insert(rows.at(i).at(1), rows.at(i).at(4));
        }
        return passwords;
    }

    QList<AuditEntry> audit() const { return AuditLog(single->auditLog().path()).entries(); }

    /** The first button of @p box whose text is @p text. */
    static QAbstractButton *button(QMessageBox *box, const QString &text)
    {
        REQUIRE(box);
        const auto buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (button->text() == text)
                return button;
        }
        INFO(text.toStdString());
        FAIL("no such button");
        return nullptr;
    }
};
