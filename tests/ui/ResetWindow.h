// SPDX-License-Identifier: MIT
// The single reset tests' rig: the app as `resetdesk --demo` builds it, signed in, its list loaded.
#pragma once

#include "CatchQt.h"
#include "ManualClock.h"
#include "WaitUntil.h"
#include "PasswordWriteFaults.h"
#include "WidgetLookup.h"

#include "ui/audit/AuditLogDialog.h"
#include "DemoSession.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/policies/PasswordPolicyDialog.h"
#include "ui/handover/PrintSlipsDialog.h"
#include "ui/reset/ResetFlow.h"
#include "ui/reset/ResetPasswordDialog.h"
#include "ui/reset/ResetResultDialog.h"
#include "ui/users/UsersPage.h"
#include "delivery/MailDeliveryRun.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserSelection.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "reset/ResetRunner.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"
#include "ui/widgets/SecretClipboard.h"
#include "ui/handover/HandoverDialogs.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QKeyEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Archetype = TenantGenerator::Archetype;

/**
 * The app as `resetdesk --demo` builds it, in English, signed in, the list loaded; given a clock,
 * the app and its demo tenant both wait on it.
 */
struct ResetWindow
{
    LanguageManager languages;
    DemoSession demo;
    MainWindow window {&languages, &demo.session};
    UsersPage *page = window.usersPage();
    ResetFlow *flow = window.resetFlow();
    QTemporaryDir folder;

    explicit ResetWindow(Archetype signedInAs = Archetype::Admin, ManualClock *clock = nullptr,
                         SignInMethod method = SignInMethod::Browser)
        : demo(nullptr, nullptr, 120, clock)
    {
        languages.apply(u"en"_s);
        REQUIRE(page);
        REQUIRE(flow);
        REQUIRE(folder.isValid());
        flow->setAuditLogPath(folder.filePath(u"audit.jsonl"_s));
        // The sandbox's writeback operation needs three polls; no need to wait a second for each.
        flow->setPollPolicy({10, 40, 40});
        QSignalSpy finished(page->loader(), &UserDirectoryLoader::finished);
        window.resize(1100, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        if (method == SignInMethod::DeviceCode)
            demo.signInWithDeviceCode();
        else
            demo.signInAs(signedInAs == Archetype::Admin ? QString() : TenantGenerator::archetypeUpn(signedInAs));
        REQUIRE(demo.waitUntilReady());
        REQUIRE(waitUntil([&] { return !finished.isEmpty() && page->hasLoaded(); }, 30000));
    }

    SandboxUser &server(Archetype archetype)
    {
        SandboxUser *user = demo.context().tenant.userByIdOrUpn(TenantGenerator::archetypeUpn(archetype));
        REQUIRE(user);
        return *user;
    }

    /** Picks @p archetype in the list and clicks the details pane's button. */
    ResetPasswordDialog *open(Archetype archetype, bool resend = false)
    {
        REQUIRE(page->showUser(server(archetype).id));
        auto *button = page->findChild<QPushButton *>(resend ? u"buttonResendPassword"_s : u"buttonResetPassword"_s);
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        button->click();
        ResetPasswordDialog *dialog = flow->dialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        return dialog;
    }

    /** Clicks a check box or radio button on its indicator, where a user clicks. */
    static void tick(QAbstractButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
    }

    ResetResultDialog *waitForResult()
    {
        REQUIRE(waitUntil([this] { return flow->resultDialog() != nullptr; }, 20000));
        return flow->resultDialog();
    }

    /** Password-changing requests the sandbox received for @p userId. */
    int resetRequests(const QString &userId)
    {
        int count = 0;
        for (const RequestLogEntry &entry : demo.context().log.entries()) {
            if (entry.path.contains(userId) && (entry.method == u"PATCH"_s || entry.path.endsWith(u"resetPassword"_s)))
                ++count;
        }
        return count;
    }

    QList<AuditEntry> audit() const { return AuditLog(flow->auditLog().path()).entries(); }
};
