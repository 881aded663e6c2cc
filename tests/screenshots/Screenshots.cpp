// SPDX-License-Identifier: MIT
// resetdesk-screenshots OUTPUT_DIR: the main window and every dialog of `resetdesk --demo`, in
// English and Swedish (OUTPUT_DIR/en, OUTPUT_DIR/sv), as the X server drew them: to look at every
// window after a change, and the pictures the README and the software centre show. Run it under
// Xvfb through take-screenshots.sh, which gives it a screen of the right size.
#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"
#include "common/AppInfo.h"
#include "common/Clock.h"
#include "demo/DemoTenant.h"
#include "graph/GraphClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/TenantGenerator.h"
#include "session/ConsoleSession.h"
#include "bulk/BulkResetRunner.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"
#include "ui/bulk/BulkPlanDialog.h"
#include "ui/bulk/BulkResetFlow.h"
#include "ui/bulk/BulkRunDialog.h"
#include "ui/reset/ResetFlow.h"
#include "ui/reset/ResetPasswordDialog.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/signin/SignInDialog.h"
#include "ui/users/UsersPage.h"

#include "../ui/OpenDialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QDeadlineTimer>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Runs the event loop until @p done or @p timeoutMs pass; whether it came true. */
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return true;
}

/**
 * Lets the X server draw what Qt sent it, then saves the whole screen: the window (and any
 * dialog over it) exactly as a user would see it, not a re-rendering of the widgets.
 */
bool saveScreen(const QString &file)
{
    waitFor([] { return false; }, 700);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    if (shot.isNull() || !shot.save(file, "PNG")) {
        std::fprintf(stderr, "could not save %s\n", qPrintable(file));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(file), shot.width(), shot.height());
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "resetdesk-screenshots: %s\n", what);
    return 1;
}

/**
 * Runs @p open, waits for the dialog it shows (one not on screen before) and saves the screen
 * as @p file; the dialog, or null when none showed. The dialog stays open for the next step.
 */
QDialog *shootDialog(const QString &file, const std::function<void()> &open)
{
    const QList<QDialog *> before = openDialogs();
    open();
    QDialog *shown = nullptr;
    waitFor([&] {
        for (QDialog *dialog : openDialogs()) {
            if (!before.contains(dialog))
                shown = dialog;
        }
        return shown != nullptr;
    }, 20000);
    if (!shown) {
        std::fprintf(stderr, "no dialog showed for %s\n", qPrintable(file));
        return nullptr;
    }
    // Dialogs that read from Microsoft 365 as they open show what they read.
    waitFor([] { return false; }, 1500);
    saveScreen(file);
    return shown;
}

void trigger(MainWindow &window, const char *actionName)
{
    if (auto *action = window.findChild<QAction *>(QLatin1StringView(actionName)); action && action->isEnabled())
        action->trigger();
    else
        std::fprintf(stderr, "%s is not available\n", actionName);
}

void click(QWidget *parent, const char *buttonName)
{
    auto *button = parent ? parent->findChild<QAbstractButton *>(QLatin1StringView(buttonName)) : nullptr;
    if (button && waitFor([button] { return button->isEnabled(); }, 20000))
        button->click();
    else
        std::fprintf(stderr, "%s is not available\n", buttonName);
}

void pressReset(MainWindow &window)
{
    if (ResetPasswordDialog *dialog = window.resetFlow()->dialog();
        dialog && waitFor([dialog] { return dialog->resetButton()->isEnabled(); }, 20000))
        dialog->resetButton()->click();
    else
        std::fprintf(stderr, "the reset dialog's Reset is not available\n");
}

void closeDialogs()
{
    // Newest first: a dialog over another closes before the one under it.
    QList<QDialog *> dialogs = openDialogs();
    std::reverse(dialogs.begin(), dialogs.end());
    for (QDialog *dialog : dialogs)
        dialog->reject();
    waitFor([] { return openDialogs().isEmpty(); }, 5000);
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(u"resetdesk.*.debug=false"_s);
    QApplication app(argc, argv);
    if (argc != 2)
        return fail("usage: resetdesk-screenshots OUTPUT_DIR");
    const QDir output(QString::fromLocal8Bit(argv[1]));
    AppInfo::applyToApplication();
    QApplication::setWindowIcon(QIcon(u":/icons/resetdesk.svg"_s));

    // The objects `resetdesk --demo` wires together, whatever the machine's language.
    LanguageManager languages;
    languages.apply(u"en"_s);
    QNetworkAccessManager network;
    DemoTenant demo(&network);
    QString error;
    if (!demo.start(DemoTenant::defaultUserCount, &error))
        return fail(qPrintable(error));
    MemoryTokenStore tokens;
    AuthSession auth(&tokens, &network);
    auth.setUrlOpener([&demo](const QUrl &url) { return demo.openInBrowser(url); });
    GraphClient graph(&network, &auth);
    ConsoleSession session(&auth, &graph, nullptr, Clock::system());

    MainWindow window(&languages, &session);
    window.setDemoMode(true);
    // The whole screen: with no window manager under Xvfb the window sits at its top left.
    window.setGeometry(QGuiApplication::primaryScreen()->geometry());
    window.show();
    session.signIn(demo.connection(), {SignInMethod::Browser, ConsentChoice::AllAtOnce});
    UsersPage *page = window.usersPage();
    if (!waitFor([&] { return session.state() == ConsoleSession::State::Ready && page->hasLoaded(); }))
        return fail("the demo organisation did not load");

    // An ordinary employee, the account a help desk resets most.
    SandboxUser *user = demo.sandbox().context().tenant.userByIdOrUpn(
        TenantGenerator::archetypeUpn(TenantGenerator::Archetype::PlainUser));
    if (!user || !page->showUser(user->id))
        return fail("the demo user is not in the list");
    // A few ticked users, as before a bulk reset.
    QStringList ticked;
    for (int row = 0; ticked.size() < 4 && row < page->model()->rowCount(); ++row) {
        const DirectoryUser candidate = page->model()->userAt(row);
        if (candidate.id() != user->id && !candidate.isAdmin() && candidate.isAccountEnabled() && !candidate.isGuest()
            && !candidate.isSynced())
            ticked.append(candidate.id());
    }

    for (const QString &language : {u"en"_s, u"sv"_s}) {
        languages.apply(language);
        QDir(output.filePath(language)).mkpath(u"."_s);
        const auto file = [&](const QString &name) { return output.filePath(language + u'/' + name + u".png"_s); };
        page->selection()->clear();
        if (!page->showUser(user->id))
            return fail("the demo user is not in the list");
        waitFor([] { return false; }, 1000);
        if (!saveScreen(file(u"main-window"_s)))
            return 1;

        // A single reset: the dialog, its result, and the slip and email windows of the result.
        shootDialog(file(u"reset-dialog"_s), [&] { click(page, "buttonResetPassword"); });
        QDialog *result = shootDialog(file(u"reset-result"_s), [&] { pressReset(window); });
        shootDialog(file(u"print-slips"_s), [&] { click(result, "buttonPrint"); });
        closeDialogs();
        page->showUser(user->id);
        click(page, "buttonResetPassword");
        result = shootDialog(file(u"reset-result-again"_s), [&] { pressReset(window); });
        shootDialog(file(u"email-passwords"_s), [&] { click(result, "buttonEmail"); });
        closeDialogs();

        shootDialog(file(u"password-policies"_s), [&] { click(page, "buttonPasswordPolicies"); });
        closeDialogs();
        shootDialog(file(u"password-expiry"_s), [&] { trigger(window, "actionDomainExpiry"); });
        closeDialogs();
        shootDialog(file(u"self-service-reset"_s), [&] { trigger(window, "actionSelfServiceReset"); });
        closeDialogs();
        QDialog *account = shootDialog(file(u"my-account"_s), [&] { trigger(window, "actionMyAccount"); });
        shootDialog(file(u"change-own-password"_s), [&] { click(account, "buttonChangePassword"); });
        closeDialogs();
        shootDialog(file(u"audit-log"_s), [&] { trigger(window, "actionAuditLog"); });
        closeDialogs();
        // The demo has one organisation, so File › Switch organization is off; the sign-in
        // dialog is the one a real tenant's admin meets first.
        shootDialog(file(u"sign-in"_s), [&] {
            auto *signIn = new SignInDialog(&session, demo.connection(), &window);
            signIn->setAttribute(Qt::WA_DeleteOnClose);
            signIn->show();
        });
        closeDialogs();
        shootDialog(file(u"require-change-everyone"_s), [&] { trigger(window, "actionRequireChange"); });
        closeDialogs();

        // A bulk reset of the ticked users: the plan, then the run window once it has finished.
        for (const QString &id : std::as_const(ticked))
            page->selection()->select(id);
        waitFor([] { return false; }, 500);
        saveScreen(file(u"main-window-ticked"_s));
        QDialog *plan = shootDialog(file(u"bulk-plan"_s), [&] { trigger(window, "actionResetSelected"); });
        if (auto *bulkPlan = qobject_cast<BulkPlanDialog *>(plan)) {
            QDialog *run = nullptr;
            bulkPlan->resetButton()->click();
            waitFor([&] {
                run = window.bulkResetFlow()->runDialog();
                return run && run->isVisible();
            });
            auto *bulkRun = qobject_cast<BulkRunDialog *>(run);
            if (bulkRun && waitFor([&] { return bulkRun->runner()->phase() == BulkResetRunner::Phase::Finished; }, 60000)) {
                waitFor([] { return false; }, 500);
                saveScreen(file(u"bulk-run"_s));
                // Handed over (and the file gone again), so the window closes without asking.
                const QString results = output.filePath(language + u"/results.csv"_s);
                bulkRun->saveResults(results);
                QFile::remove(results);
            }
        }
        closeDialogs();

        // Temporary Access Passes for the ticked users, and a containment of everyone (more than
        // 20 users, so the domain must be typed).
        for (const QString &id : std::as_const(ticked))
            page->selection()->select(id);
        shootDialog(file(u"issue-tap"_s), [&] { trigger(window, "actionIssueTemporaryAccessPass"); });
        closeDialogs();
        shootDialog(file(u"containment-plan"_s), [&] { trigger(window, "actionContainIncident"); });
        closeDialogs();
    }
    languages.apply(u"en"_s);
    return 0;
}
