// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"
#include "auth/TokenStore.h"
#include "graph/GraphError.h"
#include "ui/signin/SignInDialog.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}
class ConsoleSession;
class LanguageManager;
class QAction;
class QActionGroup;
class QLabel;
class QTemporaryDir;
class PermissionRequestDialog;
class ScopeRequest;
class OrganisationsDialog;
class AuditLogDialog;
class BulkResetFlow;
class LanguageMenu;
class MainToolBar;
class IssueTapDialog;
class TapRunOffers;
class PolicyActions;
class ResetFlow;
class UsersPage;

/** The console's main window: menus, status bar and the page for the current session state. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /** Without a @p session (tests of the bare window) the sign-in commands are disabled. */
    explicit MainWindow(LanguageManager *languages, ConsoleSession *session = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Marks the window as showing the built-in demo organization. */
    void setDemoMode(bool demo);
    /** Opens the sign-in dialog (File › Sign in…); returns it, or the one already open. */
    SignInDialog *openSignInDialog();
    /** File › Switch organization…: the saved organisations; nullptr without saved ones (demo). */
    OrganisationsDialog *openOrganisationsDialog();
    /**
     * Makes the saved organisation @p id current and signs in to it: silently as its last account,
     * else through the sign-in dialog. Refused (false) while a bulk run window is open.
     */
    bool switchOrganisation(const QString &id);

    /** Reset › Issue Temporary Access Pass…: for the ticked users; nullptr when none is ticked. */
    IssueTapDialog *openIssueTapDialog();

    /** The text of the About box, also used by tests. */
    QString aboutText() const;
    /** Users › Active users, shown below the account banner once signed in. */
    UsersPage *usersPage() const { return m_usersPage; }
    /** Runs single resets and resends (nullptr without a session). */
    ResetFlow *resetFlow() const { return m_resetFlow; }
    /** View › Audit log…: opens the log viewer (or raises it, reread); nullptr without a session. */
    AuditLogDialog *openAuditLog();
    /** Runs bulk resets (the Reset menu) and offers interrupted ones at sign-in; nullptr without a session. */
    BulkResetFlow *bulkResetFlow() const { return m_bulkFlow; }
    /** Offers Temporary Access Pass runs left saved at sign-in; nullptr without a session. */
    TapRunOffers *tapRunOffers() const { return m_tapOffers; }
    /** How to approve the permissions a feature waits for; nullptr when none is asked for. */
    PermissionRequestDialog *permissionRequestDialog() const;

protected:
    void changeEvent(QEvent *event) override;
    /** A bulk run window that is running or holds passwords not handed over asks first. */
    void closeEvent(QCloseEvent *event) override;

private:
    void showAbout();
    void retranslate();
    void retranslateAccount();
    void showSessionState();
    void showAccount();
    void showNotice(const AuthError &error);
    /** True (and says so) while a bulk run window is open: its run must end in its own organisation. */
    bool bulkRunBlocksSwitch();
    void discardSignInDialog();
    SignInDialog *openSignInDialogFor(SignInDialog::Purpose purpose);
    void showPermissionRequest(ScopeRequest *request);
    /** The size and place the admin left the window at; the first time, one that fits the list. */
    void restoreWindowGeometry();
    /** Loads the user list on the first Ready of a sign-in; forgets it on sign-out. */
    void updateUsersPage(bool ready);
    /** "Users as of 08:12, updating…" while the list shown is the copy saved at the last sign-in. */
    void updateUserListStatus();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages;
    LanguageMenu *m_languageMenu = nullptr;
    QLabel *m_statusConnection;
    QLabel *m_statusUserList;
    ConsoleSession *m_session;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<OrganisationsDialog> m_organisationsDialog;
    /** A switch restores silently; when that cannot be done the sign-in dialog opens instead. */
    bool m_signInAfterRestore = false;
    QPointer<PermissionRequestDialog> m_permissionDialog;
    UsersPage *m_usersPage;
    ResetFlow *m_resetFlow = nullptr;
    BulkResetFlow *m_bulkFlow = nullptr;
    TapRunOffers *m_tapOffers = nullptr;
    MainToolBar *m_toolBar = nullptr;
    /** Stored bulk runs are offered once per sign-in. */
    bool m_storedRunsOffered = false;
    /** Demo mode: bulk-run journals live (and die) with this run of the app. */
    std::unique_ptr<QTemporaryDir> m_demoJournals;
    PolicyActions *m_policyActions = nullptr;
    QAction *m_actionAuditLog = nullptr;
    QAction *m_actionIssueTap = nullptr;
    QPointer<AuditLogDialog> m_auditLogDialog;
    bool m_usersRequested = false;
    /** The admin asked to quit while a bulk run window was open: quit once it has closed. */
    QMetaObject::Connection m_quitAfterBulkRun;
    bool m_demo = false;
    // Kept as typed errors, so a language switch can tell them again in the new language.
    AuthError m_signedOutNotice;
    GraphError m_profileError;
    TokenStoreError m_keychainError = TokenStoreError::None;
    QString m_keychainDetail;
};
