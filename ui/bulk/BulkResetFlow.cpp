// SPDX-License-Identifier: MIT
#include "ui/bulk/BulkResetFlow.h"

#include "audit/AuditLog.h"
#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/ScopeConsent.h"
#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"
#include "bulk/BulkRun.h"
#include "bulk/ResetJournal.h"
#include "delivery/MailLogging.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "incident/OrganisationInfo.h"
#include "session/ConsoleSession.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/handover/HandoverDialogs.h"
#include "ui/handover/PrintSlipsDialog.h"
#include "ui/incident/ContainmentActions.h"
#include "ui/incident/ContainmentPanel.h"
#include "ui/incident/IncidentSummaryAction.h"
#include "ui/reset/ResetFlow.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/FocusReturn.h"
#include "ui/widgets/StoredRunOfferBox.h"

#include <QDir>
#include <QTableView>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

BulkResetFlow::BulkResetFlow(ConsoleSession *session, ResetFlow *single, UsersPage *users, QWidget *window,
                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_single(single)
    , m_users(users)
    , m_window(window)
{
    m_store = m_session->runStore();
    connectStore();
    // Each organisation has its own journals: only its runs are offered, resumed or deleted.
    connect(m_session, &ConsoleSession::organisationChanged, this, &BulkResetFlow::followSessionStore);
}

BulkResetFlow::~BulkResetFlow()
{
    // The window first (it watches the runner), then the run (its runner flushes into its journal).
    delete m_runDialog.data();
    delete m_run.data();
}

void BulkResetFlow::setJournalDirectory(const QString &directory)
{
    if (m_run)
        return;
    m_session->setJournalDirectory(directory);
    followSessionStore();
}

void BulkResetFlow::followSessionStore()
{
    if (m_store == m_session->runStore())
        return;
    m_store->disconnect(this);
    m_store = m_session->runStore();
    connectStore();
}

BulkRunStore *BulkResetFlow::recordingStore()
{
    // The admin signed in now deletes (or lets expire) the journals; the audit log says so.
    m_store->setAuditLog(m_single->auditLog(), m_session->admin());
    return m_store;
}

void BulkResetFlow::connectStore()
{
    connect(m_store, &BulkRunStore::storedRunsFound, this, &BulkResetFlow::onStoredRunsFound);
    connect(m_store, &BulkRunStore::purged, this, &BulkResetFlow::onPurged);
}

QMessageBox *BulkResetFlow::inform(const QString &title, const QString &text, bool warning)
{
    if (m_box)
        m_box->close();
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title, text,
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_box = box;
    box->open();
    return box;
}

bool BulkResetFlow::busy()
{
    QWidget *open = m_planDialog ? static_cast<QWidget *>(m_planDialog) : static_cast<QWidget *>(m_runDialog);
    if (!open && !m_run)
        return false;
    if (open) {
        open->raise();
        open->activateWindow();
    }
    inform(tr("A bulk reset is open"),
           tr("Finish the bulk reset that is open and close its window, then start the next one."));
    return true;
}

BulkPlanDialog *BulkResetFlow::resetSelected()
{
    return planForSelection(false);
}

BulkPlanDialog *BulkResetFlow::containSelected()
{
    return planForSelection(true);
}

BulkPlanDialog *BulkResetFlow::containEveryone()
{
    return planForEveryone(BulkPlanDialog::Source::Incident, true);
}

BulkPlanDialog *BulkResetFlow::planForSelection(bool containment)
{
    if (busy())
        return nullptr;
    const QList<DirectoryUser> users = m_users->selectedUsers();
    if (users.isEmpty()) {
        inform(tr("No users ticked"),
               tr("Tick the users whose passwords you want to reset in the list (the check box at the start of each "
                  "row), then choose Reset passwords of selected users again."));
        return nullptr;
    }
    BulkPlanDialog *dialog = openPlan(BulkPlanDialog::Source::Selection, users);
    if (containment)
        makeContainment(dialog);
    dialog->open();
    return dialog;
}

bool BulkResetFlow::listComplete()
{
    if (m_users->hasLoaded() && !m_users->loader()->isBusy())
        return true;
    inform(tr("User list still loading"),
           tr("The user list is still loading. Wait until every user is listed, then try again."));
    return false;
}

BulkPlanDialog *BulkResetFlow::resetEveryone()
{
    return planForEveryone(BulkPlanDialog::Source::Everyone);
}

BulkPlanDialog *BulkResetFlow::requireEveryoneToChange()
{
    return planForEveryone(BulkPlanDialog::Source::Incident);
}

BulkPlanDialog *BulkResetFlow::planForEveryone(BulkPlanDialog::Source source, bool containment)
{
    if (busy() || !listComplete())
        return nullptr;
    BulkPlanDialog *dialog = openPlan(source, m_users->model()->users());
    if (containment)
        makeContainment(dialog);
    dialog->open();
    return dialog;
}

void BulkResetFlow::addContainmentActions(QMenu *menu, QAction *sibling, QWidget *userTable)
{
    new ContainmentActions(this, menu, sibling, userTable);
}

void BulkResetFlow::makeContainment(BulkPlanDialog *dialog)
{
    ContainmentPanel *panel = dialog->enableContainment();
    auto *reader = new OrganisationInfoReader(m_session->graph(), dialog);
    connect(reader, &OrganisationInfoReader::loaded, panel, [this, panel](const OrganisationInfo &info) {
        m_organisationName = info.displayName;
        panel->setExpectedDomain(info.confirmationDomain());
    });
    // Without /organization the admin's own user name still names a verified domain of it.
    connect(reader, &OrganisationInfoReader::failed, panel,
        [this, panel] { panel->setExpectedDomain(m_session->admin().domain()); });
    reader->load();
}

BulkPlanDialog *BulkResetFlow::resetFromCsv()
{
    if (busy())
        return nullptr;
    // The file's rows are matched against the list: a half-loaded list would call users unknown.
    if (!listComplete())
        return nullptr;
    const QString path = m_csvChooser
                             ? m_csvChooser()
                             : QFileDialog::getOpenFileName(
                                   m_window, tr("Reset passwords from a CSV file"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return nullptr;
    BulkPlanDialog *dialog = openPlan(BulkPlanDialog::Source::CsvFile, {});
    // A file with problems still opens the dialog: its report says what to fix, line by line.
    dialog->loadCsv(path, m_users->model()->users());
    dialog->open();
    return dialog;
}

BulkPlanDialog *BulkResetFlow::openPlan(BulkPlanDialog::Source source, const QList<DirectoryUser> &users)
{
    QList<BulkTarget> targets;
    targets.reserve(users.size());
    for (const DirectoryUser &user : users)
        targets.append(BulkTarget {user, {}, 0});
    const SignedInAdmin &admin = m_session->admin();
    auto *dialog = new BulkPlanDialog(source, targets, admin, admin.domain(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_planDialog = dialog;
    // Back to the list once the plan (or the run window after it) closes: where bulk runs start.
    FocusReturn::afterClosing(dialog, m_users->table());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runPlan(dialog); });
    // Offers of stored runs wait while a plan is open.
    connect(dialog, &QDialog::finished, this, &BulkResetFlow::showNextOffer, Qt::QueuedConnection);
    return dialog;
}

void BulkResetFlow::runPlan(BulkPlanDialog *dialog)
{
    const BulkRunRequest request = dialog->request();
    if (request.targets.isEmpty())
        return;
    newRun()->start(request);
}


BulkRun *BulkResetFlow::newRun()
{
    auto *run = new BulkRun(m_session->graph(), m_session->auth(), recordingStore(), m_single->auditLog(),
                            m_session->admin(), this);
    if (m_pacing)
        run->setPacing(*m_pacing);
    m_run = run;
    connect(run, &BulkRun::started, this, [this, run] { openRunDialog(run); });
    connect(run, &BulkRun::startFailed, this, [this, run](BulkRun::StartFailure failure, const QString &detail) {
        onStartFailed(failure, detail);
        if (m_run == run)
            m_run = nullptr;
        run->deleteLater();
    });
    connect(run, &BulkRun::consentFailed, this, [this](const AuthError &error) {
        const UserMessage message = ErrorMessages::forAuthError(error);
        QMessageBox *box = inform(message.title, message.text, true);
        // A stored run stays saved; offer the others once this is read.
        connect(box, &QDialog::finished, this, &BulkResetFlow::showNextOffer, Qt::QueuedConnection);
    });
    connect(run, &BulkRun::auditFailed, this, [this](const QString &path, const QString &error) {
        inform(tr("Audit log not written"),
               tr("The resets of this bulk run could not be recorded in the audit log (%1). The resets themselves "
                  "stand. Check that the folder %2 is writable.")
                   .arg(error, QDir::toNativeSeparators(path)),
               true);
    });
    connect(run, &BulkRun::journalPurged, this, [this](bool ok) {
        if (m_runDialog)
            m_runDialog->showJournalPurged(ok);
    });
    return run;
}

void BulkResetFlow::onStartFailed(BulkRun::StartFailure failure, const QString &detail)
{
    const QString folder = QDir::toNativeSeparators(m_store->directory());
    QMessageBox *box = nullptr;
    switch (failure) {
    case BulkRun::StartFailure::Consent:
        return; // said by consentFailed
    case BulkRun::StartFailure::JournalNotCreated:
        box = inform(tr("Bulk reset not started"),
                     tr("ResetDesk could not create the encrypted record it keeps of the new passwords, so nothing was "
                        "reset. Check that the system keychain is unlocked and that the folder %1 is writable, then "
                        "try again.")
                         .arg(folder),
                     true);
        break;
    case BulkRun::StartFailure::JournalNotWritten:
        box = inform(tr("Bulk reset not started"),
                     tr("ResetDesk could not write the encrypted record of the new passwords, so nothing was reset. "
                        "Free some disk space, or make sure the folder %1 is writable, then try again.")
                         .arg(folder),
                     true);
        break;
    case BulkRun::StartFailure::NotResumed:
        box = inform(tr("Bulk reset not resumed"),
                     tr("ResetDesk could not resume the saved bulk reset. It stays saved and is offered again at the "
                        "next start."),
                     true);
        break;
    }
    box->setDetailedText(detail);
}


BulkRunDialog *BulkResetFlow::openRunDialog(BulkRun *run)
{
    auto *dialog = new BulkRunDialog(run->runner(), run->handover(), m_single->clipboard(), m_session->clock(),
                                     m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_runDialog = dialog;
    FocusReturn::afterClosing(dialog, m_users->table());
    const UserListModel *model = m_users->model();
    const BulkResultText::UserLookup lookup = [model](const QString &userId) {
        const int row = model->rowOf(userId);
        return row < 0 ? std::nullopt : std::optional<DirectoryUser>(model->userAt(row));
    };
    dialog->setResultText(BulkResultText(run->runner(), m_session->admin(), lookup));
    wireHandover(dialog, run);
    if (run->runner()->settings().containment)
        new IncidentSummaryAction(dialog, run, m_session->admin(),
            m_organisationName.isEmpty() ? m_session->currentOrganisation().name : m_organisationName, lookup);
    connect(dialog, &QDialog::finished, this, &BulkResetFlow::onRunDialogFinished);
    dialog->show();
    Q_EMIT runStarted(run->runner());
    return dialog;
}

void BulkResetFlow::wireHandover(BulkRunDialog *dialog, BulkRun *run)
{
    connect(dialog, &BulkRunDialog::printRequested, this, [this, dialog](QList<HandoverItem> items) {
        BulkHandover::addDirectoryDetails(items, *m_users->model());
        PrintSlipsDialog *print = m_single->handoverDialogs()->printSlips(items);
        const QStringList printed = BulkHandover::carriedIds(items);
        const auto record = [dialog, printed] { dialog->recordHandover(HandoverLedger::Channel::Slips, printed); };
        connect(print, &PrintSlipsDialog::pdfSaved, dialog, record);
        connect(print, &PrintSlipsDialog::printed, dialog, record);
    });
    connect(dialog, &BulkRunDialog::emailRequested, this, [this, dialog, run](QList<HandoverItem> items) {
        BulkHandover::addDirectoryDetails(items, *m_users->model());
        EmailPasswordsDialog *email = m_single->handoverDialogs()->emailPasswords(items);
        // Emailing the same run again (after a pause, a cancel or a closed window) sends only
        // what was not delivered: nobody gets their password twice, nor the list a second time.
        email->setAlreadyDelivered(run->deliveredMail());
        connect(email, &EmailPasswordsDialog::messageDelivered, run, &BulkRun::markEmailed);
        connect(email, &EmailPasswordsDialog::passwordsDelivered, dialog,
                [dialog](const QStringList &userIds) { dialog->recordHandover(HandoverLedger::Channel::Email, userIds); });
    });
}

void BulkResetFlow::onRunDialogFinished()
{
    BulkRun *run = m_run;
    if (!m_runDialog || !run)
        return;
    run->close();
    bool anyReset = false;
    for (const BulkItemResult &result : run->runner()->results())
        anyReset = anyReset || result.state == BulkItemResult::State::Succeeded;
    // The runner may be inside its own signal (finished closes the window): the run goes later.
    run->deleteLater();
    m_run = nullptr;
    m_runDialog = nullptr;
    if (anyReset)
        Q_EMIT passwordsReset();
    showNextOffer();
}


void BulkResetFlow::offerStoredRuns()
{
    recordingStore()->findStoredRuns();
}

void BulkResetFlow::onStoredRunsFound(const QList<BulkRunStore::StoredRun> &runs)
{
    m_offers.clear();
    for (const BulkRunStore::StoredRun &run : runs) {
        // The run open right now is not "stored".
        if (!m_run || run.runId != m_run->runId())
            m_offers.append(run);
    }
    showNextOffer();
}

void BulkResetFlow::showNextOffer()
{
    if (m_offers.isEmpty() || m_run || m_planDialog)
        return;
    if (m_box && m_box->isVisible()) {
        // One box at a time: the offer follows once the admin has answered this one.
        connect(m_box, &QDialog::finished, this, &BulkResetFlow::showNextOffer,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
        return;
    }
    const BulkRunStore::StoredRun run = m_offers.takeFirst();
    const auto readable = [](const StoredRunOfferBox::Progress &progress, const QString &when) {
        return StoredRunOfferBox::Texts {
            tr("Unfinished bulk reset"),
            tr("A bulk reset of %Ln user(s) from %1 was interrupted, or its passwords were never handed over.", "",
               progress.users)
                .arg(when),
            tr("%1 reset, %2 not finished. Resume sends the unfinished ones with the passwords already chosen and "
               "shows every password for hand-over. Delete removes the record for good: passwords in it that were "
               "not handed over are lost.")
                .arg(QLocale().toString(progress.done), QLocale().toString(progress.unfinished)),
            {}};
    };
    const auto unreadable = [](const QString &when) {
        return StoredRunOfferBox::Texts {
            tr("Saved bulk reset cannot be opened"),
            tr("ResetDesk found its saved record of a bulk reset from %1, but cannot open it.").arg(when),
            tr("Its key is missing from the system keychain, the keychain is locked, or the file is damaged, so the "
               "passwords in it cannot be read. If the keychain is locked, unlock it and choose Later: ResetDesk "
               "offers the record again at the next start. Otherwise delete it."),
            {}};
    };
    m_box = StoredRunOfferBox::offer(
        m_window, run, [this] { return recordingStore(); }, this, readable, unreadable,
        [this, run] { resumeRun(run); }, [this] { showNextOffer(); });
}

void BulkResetFlow::resumeRun(const BulkRunStore::StoredRun &run)
{
    newRun()->resume(run);
}


void BulkResetFlow::deleteSavedRecords()
{
    QStringList runIds;
    for (const ResetJournal::Summary &summary : ResetJournal::list(m_store->directory())) {
        // The open run's record stays: its window still needs it.
        if (!m_run || summary.runId != m_run->runId())
            runIds.append(summary.runId);
    }
    if (runIds.isEmpty()) {
        inform(tr("No saved reset records"), tr("There are no saved records of bulk resets to delete."));
        return;
    }
    if (m_box)
        m_box->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete saved reset records?"),
                                tr("Delete %Ln saved record(s) of bulk resets? Temporary passwords in them that were "
                                   "not handed over cannot be recovered afterwards.",
                                   "", int(runIds.size())),
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    m_box = box;
    connect(box, &QMessageBox::finished, this, [this, box, runIds] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        m_offers.clear();
        m_purgeAllFailed = 0;
        m_purgeAllPending = QSet<QString>(runIds.cbegin(), runIds.cend());
        recordingStore()->purgeAll(m_run ? m_run->runId() : QString());
    });
    box->open();
}

void BulkResetFlow::onPurged(const QString &runId, bool ok)
{
    if (!m_purgeAllPending.remove(runId))
        return;
    if (!ok)
        ++m_purgeAllFailed;
    if (!m_purgeAllPending.isEmpty())
        return;
    if (m_purgeAllFailed == 0)
        inform(tr("Saved reset records deleted"), tr("Every saved record of a bulk reset was deleted."));
    else
        inform(tr("Saved reset records not deleted"),
               tr("%Ln saved record(s) could not be deleted completely. Check that the system keychain is unlocked "
                  "and that you may delete files in %1, then try again.",
                  "", m_purgeAllFailed)
                   .arg(QDir::toNativeSeparators(m_store->directory())),
               true);
}
