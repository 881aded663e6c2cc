// SPDX-License-Identifier: MIT
#include "ui/shell/MainWindow.h"
#include "ui_MainWindow.h"

#include "auth/AuthSession.h"
#include "auth/LoopbackReceiver.h"
#include "common/AppInfo.h"
#include "directory/RoleNames.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "session/ConsoleSession.h"
#include "ui/audit/AuditLogDialog.h"
#include "ui/bulk/BulkResetFlow.h"
#include "ui/bulk/BulkRunDialog.h"
#include "ui/policies/PasswordPolicyDialog.h"
#include "ui/policies/PolicyActions.h"
#include "ui/reset/ResetFlow.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/LanguageMenu.h"
#include "ui/shell/MainToolBar.h"
#include "ui/signin/PermissionRequestDialog.h"
#include "ui/signin/OrganisationsDialog.h"
#include "ui/signin/SignInDialog.h"
#include "session/OrganisationStore.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/users/UsersPage.h"

#include <QAbstractButton>
#include "ui/tap/IssueTapDialog.h"
#include "ui/tap/TapRunOffers.h"

#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QSettings>
#include <QHeaderView>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
// Where and how large the admin last left the main window (QWidget::saveGeometry), no secret.
const auto windowGeometryKey = u"mainWindow/geometry"_s;
} // namespace

MainWindow::MainWindow(LanguageManager *languages, ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages)
    , m_statusConnection(new QLabel(this))
    , m_statusUserList(new QLabel(this))
    , m_session(session)
    , m_usersPage(new UsersPage(this))
{
    m_ui->setupUi(this);
    m_usersPage->setObjectName(u"usersPage"_s);
    m_ui->layoutAccount->addWidget(m_usersPage, 1);
    setWindowIcon(QIcon(u":/icons/resetdesk.svg"_s));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
    m_ui->labelSignedOutTitle->setStyleSheet(u"font-size: 16pt; font-weight: 600;"_s);
    statusBar()->addPermanentWidget(m_statusConnection);
    m_statusUserList->setObjectName(u"labelUserListStatus"_s);
    m_statusUserList->hide();
    statusBar()->insertPermanentWidget(0, m_statusUserList); // left of the connection

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_ui->actionSignIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_ui->labelAccountName->setStyleSheet(u"font-size: 13pt; font-weight: 600;"_s);
    m_ui->labelRoleWarning->setStyleSheet(u"background: #fff4ce; color: #3b2f00;"_s);

    if (m_session) {
        m_usersPage->setDirectory(m_session->directory());
        // Lets the page ask for the report permission when the admin clicks its consent bar.
        m_usersPage->setAuthSession(m_session->auth());
        UserDirectory *directory = m_session->directory();
        connect(directory, &UserDirectory::savedCopyChanged, this, &MainWindow::updateUserListStatus);
        connect(directory->loader(), &UserDirectoryLoader::started, this, &MainWindow::updateUserListStatus);
        connect(directory->loader(), &UserDirectoryLoader::finished, this, &MainWindow::updateUserListStatus);
        m_resetFlow = new ResetFlow(m_session, this, this);
        connect(m_usersPage, &UsersPage::resetRequested, this,
                [this](const DirectoryUser &user, ResetRequest::Action action) {
                    m_resetFlow->start(user, action, m_usersPage->contactDetails(user.id()));
                });
        // The list shows what a confirmed reset changed at once, in place: no reload, and the
        // selection and scroll position stay where they were.
        connect(m_resetFlow, &ResetFlow::passwordReset, this, [this](const ResetOutcome &outcome) {
            m_usersPage->model()->recordPasswordsSet(
                {outcome.userId}, outcome.mustChangeAtNextSignIn, outcome.passwordSetAt);
        });
        // Reset ›: bulk resets of the ticked users, everyone, a CSV file, the incident preset.
        m_bulkFlow = new BulkResetFlow(m_session, m_resetFlow, m_usersPage, this, this);
        m_toolBar = new MainToolBar(m_usersPage, m_ui->actionResetSelected, m_resetFlow, m_bulkFlow, this);
        addToolBar(Qt::TopToolBarArea, m_toolBar);
        connect(m_ui->actionResetSelected, &QAction::triggered, m_bulkFlow, [this] { m_bulkFlow->resetSelected(); });
        connect(m_ui->actionResetEveryone, &QAction::triggered, m_bulkFlow, [this] { m_bulkFlow->resetEveryone(); });
        connect(m_ui->actionResetFromCsv, &QAction::triggered, m_bulkFlow, [this] { m_bulkFlow->resetFromCsv(); });
        connect(m_ui->actionRequireChange, &QAction::triggered, m_bulkFlow,
                [this] { m_bulkFlow->requireEveryoneToChange(); });
        connect(m_ui->actionDeleteResetRecords, &QAction::triggered, m_bulkFlow, &BulkResetFlow::deleteSavedRecords);
        m_bulkFlow->addContainmentActions(m_ui->menuReset, m_ui->actionRequireChange, m_usersPage->table());
        connect(m_bulkFlow, &BulkResetFlow::runStarted, m_session, &ConsoleSession::followBulkRun);
        m_actionIssueTap = new QAction(this);
        m_actionIssueTap->setObjectName(u"actionIssueTemporaryAccessPass"_s);
        m_ui->menuReset->insertAction(m_ui->actionRequireChange, m_actionIssueTap);
        connect(m_actionIssueTap, &QAction::triggered, this, &MainWindow::openIssueTapDialog);
        m_tapOffers = new TapRunOffers(m_session, this, [this] { return m_bulkFlow->messageBox(); }, this);
        m_actionAuditLog = m_ui->menuView->addAction(QString(), this, &MainWindow::openAuditLog);
        m_actionAuditLog->setObjectName(u"actionAuditLog"_s);
        m_actionAuditLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::openSignInDialog);
        connect(m_ui->buttonSignIn, &QPushButton::clicked, this, &MainWindow::openSignInDialog);
        connect(m_ui->actionSignOut, &QAction::triggered, m_session, &ConsoleSession::signOut);
        connect(m_ui->actionSwitchOrganisation, &QAction::triggered, this, &MainWindow::openOrganisationsDialog);
        connect(m_session, &ConsoleSession::organisationChanged, this, &MainWindow::retranslate);
        connect(m_ui->buttonCancelSignIn, &QPushButton::clicked, m_session, &ConsoleSession::cancelSignIn);
        connect(m_ui->buttonRetryProfile, &QPushButton::clicked, m_session, &ConsoleSession::reloadProfile);
        connect(m_ui->buttonProblemDetails, &QPushButton::clicked, this,
                [this] { ErrorMessages::show(this, ErrorMessages::forGraphError(m_profileError)); });
        connect(m_session, &ConsoleSession::stateChanged, this, &MainWindow::showSessionState);
        connect(m_session, &ConsoleSession::ready, this, &MainWindow::showAccount);
        connect(m_session, &ConsoleSession::profileFailed, this, [this](const GraphError &error) {
            m_profileError = error;
            retranslate();
        });
        connect(m_session, &ConsoleSession::restoreFailed, this, [this](const AuthError &error) {
            showNotice(error);
            // Switched to an organisation whose saved sign-in cannot be used: ask for a new one.
            if (std::exchange(m_signInAfterRestore, false) && error.kind != AuthError::Kind::Cancelled)
                openSignInDialog();
        });
        connect(m_session, &ConsoleSession::ready, this, [this] { m_signInAfterRestore = false; });
        connect(m_session, &ConsoleSession::scopeRequestStarted, this, &MainWindow::showPermissionRequest);
        connect(m_session, &ConsoleSession::signInFailed, this, [this](const AuthError &error) {
            // The sign-in dialog tells its own failures; the window tells those of a running session.
            if (!m_signInDialog && error.kind != AuthError::Kind::Cancelled)
                showNotice(error);
        });
        connect(m_session, &ConsoleSession::keychainProblem, this, [this](TokenStoreError error, const QString &detail) {
            m_keychainError = error;
            m_keychainDetail = detail;
            retranslate();
        });
    }

    // Policies › and File › My account…: enabled while signed in, see PolicyActions.
    m_policyActions = new PolicyActions(m_session, this,
                      {m_ui->actionDomainExpiry, m_ui->actionSelfServiceReset, m_ui->actionMyAccount});
    connect(m_policyActions, &PolicyActions::signInRequested, this, &MainWindow::openSignInDialog);
    connect(m_usersPage, &UsersPage::policiesRequested, this, [this](const QList<DirectoryUser> &users) {
        PasswordPolicyDialog *dialog = m_policyActions->openPasswordPolicies(users);
        // The list's policy column follows what Graph confirmed, in place.
        if (dialog) {
            connect(dialog, &PasswordPolicyDialog::policiesChanged, this,
                    [this](const QList<PasswordPolicyUpdater::Result> &results) {
                        QHash<QString, PasswordPolicies> confirmed;
                        for (const PasswordPolicyUpdater::Result &result : results) {
                            // A failed write carries the value that was asked for, not the user's.
                            if (!result.error.isError())
                                confirmed.insert(result.userId, result.policies);
                        }
                        m_usersPage->model()->recordPasswordPolicies(confirmed);
                    });
        }
    });
    if (m_resetFlow) {
        // "Reset" on your own account leads to My account, where "Change my password" is.
        connect(m_resetFlow, &ResetFlow::changeOwnPasswordRequested, m_policyActions, &PolicyActions::openMyAccount);
    }
    m_languageMenu = new LanguageMenu(m_ui->menuLanguage, m_languages, this);
    m_languageMenu->retranslate();
    showSessionState();
    restoreWindowGeometry();
}

MainWindow::~MainWindow()
{
    // The session outlives the window: its directory's signals must not reach a window half gone.
    if (m_session) {
        disconnect(m_session->directory(), nullptr, this, nullptr);
        disconnect(m_session->directory()->loader(), nullptr, this, nullptr);
    }
    // Before the members go: a bulk run still open writes its last answers to its journal, which
    // in demo mode lives in m_demoJournals.
    delete m_bulkFlow;
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    if (demo && m_bulkFlow && !m_demoJournals) {
        // The demo keeps journal keys in memory only, so its journals must not outlive it either,
        // nor turn up as unreadable runs in the admin's real journal folder.
        m_demoJournals = std::make_unique<QTemporaryDir>();
        if (m_demoJournals->isValid())
            m_bulkFlow->setJournalDirectory(m_demoJournals->path());
    }
    retranslate();
}

SignInDialog *MainWindow::openSignInDialog()
{
    return openSignInDialogFor(SignInDialog::Purpose::CurrentOrganisation);
}

SignInDialog *MainWindow::openSignInDialogFor(SignInDialog::Purpose purpose)
{
    if (!m_session)
        return nullptr;
    if (m_signInDialog && m_signInDialog->purpose() != purpose)
        discardSignInDialog(); // the other kind takes its place
    if (!m_signInDialog) {
        m_signedOutNotice = {};
        const ConnectionSettings initial = purpose == SignInDialog::Purpose::NewOrganisation
            ? ConnectionSettings() : m_session->connection();
        m_signInDialog = new SignInDialog(m_session, initial, this, purpose);
        m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_signInDialog->setWindowModality(Qt::WindowModal);
        retranslate();
    }
    m_signInDialog->show();
    m_signInDialog->raise();
    m_signInDialog->activateWindow();
    return m_signInDialog;
}

OrganisationsDialog *MainWindow::openOrganisationsDialog()
{
    if (!m_session || !m_session->organisations())
        return nullptr;
    if (!m_organisationsDialog) {
        m_organisationsDialog = new OrganisationsDialog(m_session, this);
        m_organisationsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_organisationsDialog->setWindowModality(Qt::WindowModal);
        connect(m_organisationsDialog, &OrganisationsDialog::switchRequested, this, &MainWindow::switchOrganisation);
        connect(m_organisationsDialog, &OrganisationsDialog::addRequested, this, [this] {
            if (!bulkRunBlocksSwitch())
                openSignInDialogFor(SignInDialog::Purpose::NewOrganisation);
        });
    }
    m_organisationsDialog->show();
    m_organisationsDialog->raise();
    m_organisationsDialog->activateWindow();
    return m_organisationsDialog;
}

void MainWindow::discardSignInDialog()
{
    // Not close(): while a sign-in runs, the dialog's reject() cancels it and stays open. The
    // session's switch ends that sign-in anyway.
    if (!m_signInDialog)
        return;
    m_signInDialog->hide();
    m_signInDialog->deleteLater();
    m_signInDialog = nullptr;
}

bool MainWindow::bulkRunBlocksSwitch()
{
    BulkRunDialog *run = m_bulkFlow ? m_bulkFlow->runDialog() : nullptr;
    if (!run || !run->isVisible())
        return false;
    // The run belongs to this organisation's session and journal: it ends here first.
    QMessageBox::information(this, tr("Switch organization"),
                             tr("Close the bulk reset window first. Its run belongs to the organization you are "
                                "working in."));
    run->raise();
    run->activateWindow();
    return true;
}

bool MainWindow::switchOrganisation(const QString &id)
{
    if (!m_session || bulkRunBlocksSwitch())
        return false;
    discardSignInDialog();
    if (!m_session->switchOrganisation(id))
        return false;
    m_signedOutNotice = {};
    m_signInAfterRestore = true;
    if (!m_session->restoreLastSession()) {
        m_signInAfterRestore = false;
        openSignInDialog();
    }
    return true;
}

void MainWindow::showSessionState()
{
    const auto state = m_session ? m_session->state() : ConsoleSession::State::SignedOut;
    m_ui->actionSignIn->setEnabled(m_session && state == ConsoleSession::State::SignedOut);
    m_ui->buttonSignIn->setEnabled(m_ui->actionSignIn->isEnabled());
    m_ui->actionSignOut->setEnabled(m_session && state != ConsoleSession::State::SignedOut
                                    && state != ConsoleSession::State::SigningIn);
    m_ui->actionSwitchOrganisation->setEnabled(m_session && m_session->organisations());
    switch (state) {
    case ConsoleSession::State::SignedOut:
        m_keychainError = TokenStoreError::None;
        m_ui->stackPages->setCurrentWidget(m_ui->pageSignedOut);
        break;
    case ConsoleSession::State::SigningIn:
    case ConsoleSession::State::LoadingProfile:
        m_ui->stackPages->setCurrentWidget(m_ui->pageWorking);
        m_ui->buttonCancelSignIn->setVisible(state == ConsoleSession::State::SigningIn && !m_signInDialog);
        break;
    case ConsoleSession::State::ProfileFailed:
        m_ui->stackPages->setCurrentWidget(m_ui->pageProblem);
        break;
    case ConsoleSession::State::Ready:
        m_ui->stackPages->setCurrentWidget(m_ui->pageAccount);
        break;
    }
    const bool ready = state == ConsoleSession::State::Ready;
    for (QAction *action : {m_ui->actionResetSelected, m_ui->actionResetEveryone, m_ui->actionResetFromCsv,
                            m_ui->actionRequireChange})
        action->setEnabled(m_bulkFlow && ready);
    m_ui->actionDeleteResetRecords->setEnabled(m_bulkFlow != nullptr);
    // Its actions work on the user list, which shows once signed in.
    if (m_toolBar)
        m_toolBar->setVisible(ready);
    if (m_actionIssueTap)
        m_actionIssueTap->setEnabled(ready);
    if (state == ConsoleSession::State::SignedOut)
        m_storedRunsOffered = false;
    updateUsersPage(ready);
    retranslate();
}

void MainWindow::updateUsersPage(bool ready)
{
    if (ready && !m_usersRequested) {
        m_usersRequested = true;
        m_usersPage->setSelfId(m_session->admin().id);
        // The list saved at the last sign-in at once, when there is one, then what changed since.
        m_session->directory()->start(m_session->admin().id);
        // The keyboard starts in the list the admin works in, not nowhere (the sign-in dialog
        // that had it is gone); an open dialog keeps it until it closes.
        m_usersPage->table()->setFocus(Qt::OtherFocusReason);
    } else if (!ready && m_session && m_session->state() == ConsoleSession::State::SignedOut && m_usersRequested) {
        // Another admin may sign in next: nothing of this tenant's list may stay behind.
        m_usersRequested = false;
        m_usersPage->clear();
    }
}

void MainWindow::updateUserListStatus()
{
    const QDateTime savedAt = m_session ? m_session->directory()->savedCopyTime() : QDateTime();
    m_statusUserList->setVisible(savedAt.isValid());
    if (!savedAt.isValid()) {
        m_statusUserList->clear();
        return;
    }
    const QString time = QLocale().toString(savedAt.toLocalTime().time(), QLocale::ShortFormat);
    m_statusUserList->setText(m_session->directory()->loader()->isBusy()
            //: The user list shown is the copy saved at %1 (a time of day) while ResetDesk fetches what changed
            ? tr("Users as of %1, updating…").arg(time)
            //: The user list shown is the copy saved at %1 (a time of day); fetching what changed failed
            : tr("Users as of %1, not up to date").arg(time));
}

void MainWindow::showAccount()
{
    m_signedOutNotice = {};
    showSessionState();
    // A bulk run that was interrupted, or whose passwords were never handed over, is offered again.
    if (m_bulkFlow && !m_storedRunsOffered) {
        m_storedRunsOffered = true;
        m_bulkFlow->offerStoredRuns();
        m_tapOffers->offerStoredRuns();
    }
}

PermissionRequestDialog *MainWindow::permissionRequestDialog() const
{
    return m_permissionDialog;
}

void MainWindow::showPermissionRequest(ScopeRequest *request)
{
    // An approval that completes at once (the permission was granted before, in the browser's
    // session) would only flash a window: show the prompt once the request has lasted a moment.
    constexpr int promptDelayMs = 300;
    QTimer::singleShot(promptDelayMs, request, [this, request] {
        if (request->isFinished())
            return;
        delete m_permissionDialog;
        // Beside the dialog that waits (often modal), not behind it; closing that dialog stops
        // its wait, and the request with it when nothing else waits.
        QWidget *parent = QApplication::activeModalWidget();
        m_permissionDialog = new PermissionRequestDialog(request, parent ? parent : this);
        m_permissionDialog->show();
        m_permissionDialog->activateWindow();
    });
}

void MainWindow::showNotice(const AuthError &error)
{
    // "Nothing stored" is the normal first start, not a problem to report.
    if (error.kind == AuthError::Kind::InteractionRequired || error.kind == AuthError::Kind::Cancelled)
        return;
    m_signedOutNotice = error;
    retranslate();
}

QString MainWindow::aboutText() const
{
    return tr("<h3>ResetDesk %1</h3>"
              "<p>Resets Microsoft 365 passwords through Microsoft Graph: for one user, a selection "
              "or everyone, with temporary passwords you can show, print or email.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(AppInfo::version(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::restoreWindowGeometry()
{
    if (restoreGeometry(QSettings().value(windowGeometryKey).toByteArray()))
        return;
    // Every column of the list and the details pane beside it, as far as the screen allows, and
    // never less than a laptop screen's width (before the list has columns, when signed out).
    constexpr int detailsPaneWidth = 420;
    constexpr int framesAndMargins = 80;
    constexpr int laptopWidth = 1280;
    const int listWidth = m_usersPage->table()->horizontalHeader()->length();
    const QSize wanted(std::max(listWidth + detailsPaneWidth + framesAndMargins, laptopWidth), 860);
    const QSize available = screen()->availableGeometry().size() * 0.9;
    resize(wanted.boundedTo(available));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    BulkRunDialog *run = m_bulkFlow ? m_bulkFlow->runDialog() : nullptr;
    if (!run || !run->isVisible()) {
        QSettings().setValue(windowGeometryKey, saveGeometry());
        QMainWindow::closeEvent(event);
        return;
    }
    // Quitting must not skip the run window's own questions (stop the run? hand over first?):
    // it asks, and the main window follows once it has closed.
    event->ignore();
    disconnect(m_quitAfterBulkRun);
    m_quitAfterBulkRun = connect(run, &QDialog::finished, this, &QWidget::close, Qt::SingleShotConnection);
    run->raise();
    run->activateWindow();
    run->reject();
    if (QMessageBox *box = run->question()) {
        connect(box, &QMessageBox::finished, this, [this, box] {
            if (box->clickedButton() != box->button(QMessageBox::Yes))
                disconnect(m_quitAfterBulkRun); // "Keep open": the admin stays
        });
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ResetDesk"), aboutText());
}

AuditLogDialog *MainWindow::openAuditLog()
{
    if (!m_resetFlow)
        return nullptr;
    if (!m_auditLogDialog) {
        m_auditLogDialog = new AuditLogDialog(m_resetFlow->auditLog(), this);
        m_auditLogDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_auditLogDialog->reload();
    }
    m_auditLogDialog->show();
    m_auditLogDialog->raise();
    m_auditLogDialog->activateWindow();
    return m_auditLogDialog;
}

void MainWindow::retranslate()
{
    if (m_actionAuditLog)
        m_actionAuditLog->setText(tr("Audit &log…"));
    if (m_actionIssueTap)
        m_actionIssueTap->setText(tr("Issue &Temporary Access Pass…"));
    if (m_languageMenu)
        m_languageMenu->retranslate();
    m_statusConnection->setAccessibleDescription(tr("Connection status"));
    m_statusUserList->setAccessibleDescription(tr("User list status"));
    updateUserListStatus();
    const QString organisation = m_session ? m_session->currentOrganisation().name : QString();
    if (m_demo)
        setWindowTitle(tr("ResetDesk (demo organization)"));
    else if (!organisation.isEmpty())
        setWindowTitle(tr("ResetDesk — %1", "%1 is the name of the organization the admin works in").arg(organisation));
    else
        setWindowTitle(tr("ResetDesk"));
    if (m_session) {
        // The browser tab the sign-in ends in speaks the app's language too.
        const QString language = QLocale().bcp47Name();
        m_session->auth()->setLoopbackPages(
            LoopbackReceiver::htmlPage(language, tr("Signed in to ResetDesk"),
                                       tr("You can close this tab and return to ResetDesk.")),
            LoopbackReceiver::htmlPage(language, tr("Sign-in did not complete"),
                                       tr("You can close this tab. ResetDesk tells you what happened and what to "
                                          "do next.")));
    }

    const auto state = m_session ? m_session->state() : ConsoleSession::State::SignedOut;
    switch (state) {
    case ConsoleSession::State::SignedOut:
        m_statusConnection->setText(tr("Not signed in"));
        m_ui->labelSignedOutHint->setText(
            m_signedOutNotice.isError()
                ? ErrorMessages::forAuthError(m_signedOutNotice).text
                : tr("Sign in to your Microsoft 365 organization to list users and reset their passwords. To try "
                     "ResetDesk without an organization, start it with --demo."));
        break;
    case ConsoleSession::State::SigningIn:
        m_statusConnection->setText(tr("Signing in…"));
        m_ui->labelWorking->setText(tr("Signing in to Microsoft 365…"));
        break;
    case ConsoleSession::State::LoadingProfile:
        m_statusConnection->setText(tr("Signing in…"));
        m_ui->labelWorking->setText(tr("Reading your account and admin roles…"));
        break;
    case ConsoleSession::State::ProfileFailed: {
        m_statusConnection->setText(tr("Signed in, account not read"));
        const UserMessage message = ErrorMessages::forGraphError(m_profileError);
        m_ui->labelProblem->setText(tr("ResetDesk could not read your account and admin roles.") + u"\n\n"_s
                                    + message.text);
        break;
    }
    case ConsoleSession::State::Ready:
        retranslateAccount();
        break;
    }
}

void MainWindow::retranslateAccount()
{
    const SignedInAdmin &admin = m_session->admin();
    m_statusConnection->setText(tr("Signed in as %1").arg(admin.userPrincipalName));
    m_ui->labelAccountName->setText(admin.displayName);
    m_ui->labelAccountUpn->setText(admin.userPrincipalName);
    const QString tenantId = m_session->auth()->account().tenantId;
    m_ui->labelAccountTenant->setText(tenantId.isEmpty() ? admin.domain()
                                                         : tr("%1 (tenant ID %2)").arg(admin.domain(), tenantId));
    m_ui->labelAccountRoles->setText(admin.rolesKnown ? RoleNames::list(admin.roleTemplateIds)
                                                      : tr("Unknown: ResetDesk may not read roles"));
    if (m_keychainError != TokenStoreError::None)
        m_ui->labelAccountRemembered->setText(ErrorMessages::forKeychainError(m_keychainError, m_keychainDetail).text);
    else if (m_demo)
        m_ui->labelAccountRemembered->setText(tr("No: the demo organization is gone when you quit ResetDesk."));
    else
        m_ui->labelAccountRemembered->setText(
            tr("Yes, in the system keychain. ResetDesk signs you in again when it starts, until you sign out."));

    QString warning;
    if (!admin.rolesKnown)
        warning = tr("ResetDesk could not read your admin roles, because the permission to read them "
                     "(RoleManagement.Read.Directory) was not granted. Password resets may be refused. Ask a Global "
                     "Administrator to grant admin consent for the app.");
    else if (!admin.canResetPasswords())
        warning = tr("This account has no admin role that can reset passwords. Sign out and sign in with an account "
                     "that is a Global Administrator, Privileged Authentication Administrator, User Administrator, "
                     "Authentication Administrator, Helpdesk Administrator or Password Administrator.");
    m_ui->labelRoleWarning->setText(warning);
    m_ui->labelRoleWarning->setVisible(!warning.isEmpty());
}

IssueTapDialog *MainWindow::openIssueTapDialog()
{
    // With nothing ticked the window offers the user shown, or a CSV file or a group.
    auto *dialog = new IssueTapDialog(m_session, TapListedUsers::from(*m_usersPage), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
