// SPDX-License-Identifier: MIT
#include "BulkResetFlow.h"

#include "EmailPasswordsDialog.h"
#include "ErrorMessages.h"
#include "PrintSlipsDialog.h"
#include "ResetFlow.h"
#include "UsersPage.h"
#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "bulk/BulkAuditRecorder.h"
#include "bulk/BulkResetRunner.h"
#include "delivery/MailLogging.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "reset/AuditLog.h"
#include "reset/ResetJournal.h"
#include "session/ConsoleSession.h"
#include "session/ScopeConsent.h"

#include <QDir>
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
    setJournalDirectory(BulkRunStore::defaultDirectory());
}

BulkResetFlow::~BulkResetFlow()
{
    // The window first (it watches the runner), then the runner, then (as a member) the journal:
    // the runner flushes its last answers into the journal when deleted.
    delete m_runDialog.data();
    delete m_runner.data();
}

void BulkResetFlow::setJournalDirectory(const QString &directory)
{
    if (m_runner || m_creating)
        return;
    delete m_store;
    m_store = new BulkRunStore(m_session->auth()->tokenStore(), directory, this);
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
    connect(m_store, &BulkRunStore::runCreated, this, &BulkResetFlow::onRunCreated);
    connect(m_store, &BulkRunStore::createFailed, this, &BulkResetFlow::onCreateFailed);
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
    if (!open && !m_creating)
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

BulkPlanDialog *BulkResetFlow::planForEveryone(BulkPlanDialog::Source source)
{
    if (busy() || !listComplete())
        return nullptr;
    BulkPlanDialog *dialog = openPlan(source, m_users->model()->users());
    dialog->open();
    return dialog;
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runPlan(dialog); });
    // Offers of stored runs wait while a plan is open.
    connect(dialog, &QDialog::finished, this, &BulkResetFlow::showNextOffer, Qt::QueuedConnection);
    return dialog;
}

void BulkResetFlow::runPlan(BulkPlanDialog *dialog)
{
    m_pendingItems = dialog->items();
    m_pendingSettings = dialog->settings();
    if (m_pendingItems.isEmpty())
        return;
    // What the audit log says about each password: generated (and how) or given.
    // A shared typed password: known, and nobody's was generated. A CSV row's own password wins.
    m_generatedIds.clear();
    const BulkPasswordChoice choice = dialog->passwordChoice();
    m_generatedStyle = choice.style;
    if (choice.mode == BulkPasswordChoice::Mode::Generate) {
        for (const BulkPreflight::Row &row : dialog->plan().rows) {
            if (row.included && row.target.password.isEmpty())
                m_generatedIds.insert(row.target.user.id());
        }
    }
    m_creating = true;
    ScopeConsent::ensure(
        m_session->auth(), scopesFor(m_pendingSettings), this, [this] { m_store->createRun(); },
        [this](const AuthError &error) {
            m_creating = false;
            m_pendingItems.clear();
            const UserMessage message = ErrorMessages::forAuthError(error);
            inform(message.title, message.text, true);
        });
}

QStringList BulkResetFlow::scopesFor(const BulkResetSettings &settings)
{
    QStringList scopes = AuthScopes::passwordReset();
    if (settings.signOutEverywhere)
        scopes += AuthScopes::revokeSessions();
    return scopes;
}

BulkResetRunner *BulkResetFlow::newRunner()
{
    auto *runner = new BulkResetRunner(m_session->graph(), this);
    if (m_pacing)
        runner->setPacing(*m_pacing);
    return runner;
}

void BulkResetFlow::onCreateFailed(const QString &detail)
{
    if (!m_creating)
        return;
    m_creating = false;
    m_pendingItems.clear();
    QMessageBox *box = inform(tr("Bulk reset not started"),
                              tr("ResetDesk could not create the encrypted record it keeps of the new passwords, so "
                                 "nothing was reset. Check that the system keychain is unlocked and that the folder "
                                 "%1 is writable, then try again.")
                                  .arg(QDir::toNativeSeparators(m_store->directory())),
                              true);
    box->setDetailedText(detail);
}

void BulkResetFlow::onRunCreated(const std::shared_ptr<ResetJournal> &journal)
{
    if (!m_creating)
        return;
    m_creating = false;
    BulkResetRunner *runner = newRunner();
    m_runner = runner;
    m_journal = journal;
    watchAudit(runner, false);
    QString error;
    const bool started = runner->start(journal.get(), m_pendingItems, m_pendingSettings, &error);
    // The runner and the journal hold the passwords from here on.
    m_pendingItems.clear();
    if (!started) {
        delete runner;
        recordingStore()->purge(journal->runId());
        m_journal.reset();
        QMessageBox *box = inform(tr("Bulk reset not started"),
                                  tr("ResetDesk could not write the encrypted record of the new passwords, so nothing "
                                     "was reset. Free some disk space, or make sure the folder %1 is writable, then "
                                     "try again.")
                                      .arg(QDir::toNativeSeparators(m_store->directory())),
                                  true);
        box->setDetailedText(error);
        return;
    }
    openRunDialog(runner, journal);
}

BulkRunDialog *BulkResetFlow::openRunDialog(BulkResetRunner *runner, const std::shared_ptr<ResetJournal> &journal)
{
    // The hand-over lives as long as the runner it follows.
    auto *handover = new BulkHandover(runner, runner);
    auto *dialog = new BulkRunDialog(runner, handover, m_single->clipboard(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_runDialog = dialog;
    m_handover = handover;
    const UserListModel *model = m_users->model();
    dialog->setResultText(BulkResultText(runner, m_session->admin(), [model](const QString &userId) {
        const int row = model->rowOf(userId);
        return row < 0 ? std::nullopt : std::optional<DirectoryUser>(model->userAt(row));
    }));
    wireHandover(dialog);
    const QString runId = journal->runId();
    connect(handover, &BulkHandover::journalNoLongerNeeded, this, [this, runId, handover] {
        recordingStore()->purge(runId, AuditEntry::PurgeReason::HandedOver, handover->ledger().heldCount());
    });
    connect(dialog, &QDialog::finished, this, &BulkResetFlow::onRunDialogFinished);
    dialog->show();
    Q_EMIT runStarted(runner);
    return dialog;
}

void BulkResetFlow::wireHandover(BulkRunDialog *dialog)
{
    // What this run's earlier email dialogs delivered, in this session or before a restart.
    m_deliveredMail = m_journal ? m_journal->emailedKeys() : QSet<QString>();
    // Mails to single users delivered before a restart carried those users' passwords.
    QStringList mailedBefore;
    for (const QString &key : std::as_const(m_deliveredMail)) {
        if (key.startsWith(u"user:"_s))
            mailedBefore.append(key.mid(5));
    }
    dialog->recordHandover(HandoverLedger::Channel::Email, mailedBefore);
    connect(dialog, &BulkRunDialog::printRequested, this, [this, dialog](QList<HandoverItem> items) {
        enrich(items);
        PrintSlipsDialog *print = m_single->printSlips(items);
        const QStringList printed = BulkRunDialog::carriedIds(items);
        const auto record = [dialog, printed] { dialog->recordHandover(HandoverLedger::Channel::Slips, printed); };
        connect(print, &PrintSlipsDialog::pdfSaved, dialog, record);
        connect(print, &PrintSlipsDialog::printed, dialog, record);
    });
    connect(dialog, &BulkRunDialog::emailRequested, this, [this, dialog](QList<HandoverItem> items) {
        enrich(items);
        EmailPasswordsDialog *email = m_single->emailPasswords(items);
        // Emailing the same run again (after a pause, a cancel or a closed window) sends only
        // what was not delivered: nobody gets their password twice, nor the list a second time.
        email->setAlreadyDelivered(m_deliveredMail);
        connect(email, &EmailPasswordsDialog::messageDelivered, this, [this](const QString &key) {
            m_deliveredMail.insert(key);
            // Kept with the run, so that a restart does not send it again either. Losing this
            // record only risks a duplicate mail, never a lost password: no need to stop for it.
            if (m_journal && !m_journal->markEmailed({key}))
                qCWarning(lcMail) << "could not record a delivered email in the run's journal";
        });
        connect(email, &EmailPasswordsDialog::passwordsDelivered, dialog,
                [dialog](const QStringList &userIds) { dialog->recordHandover(HandoverLedger::Channel::Email, userIds); });
    });
}

void BulkResetFlow::enrich(QList<HandoverItem> &items) const
{
    // From the list: the user's own mailbox (which must never receive the password just reset),
    // the alternate addresses the password can go to instead, and the language of slip and mail.
    const UserListModel *model = m_users->model();
    for (HandoverItem &item : items) {
        const int row = model->rowOf(item.userId);
        if (row < 0)
            continue;
        const DirectoryUser &user = model->userAt(row);
        item.mail = user.mail();
        item.alternateEmails = user.alternateEmails();
        item.preferredLanguage = user.preferredLanguage();
    }
}

void BulkResetFlow::onRunDialogFinished()
{
    BulkRunDialog *dialog = m_runDialog;
    BulkResetRunner *runner = m_runner;
    if (!dialog || !runner)
        return;
    // Nothing left worth keeping (no password the server may hold): the journal goes now.
    if (m_handover && m_handover->ledger().heldCount() == 0 && m_journal)
        recordingStore()->purge(m_journal->runId(), AuditEntry::PurgeReason::NothingHeld, int(runner->results().size()));
    bool anyReset = false;
    for (const BulkItemResult &result : runner->results())
        anyReset = anyReset || result.state == BulkItemResult::State::Succeeded;
    // The runner may be inside its own signal (finished closes the window): delete it later, and
    // keep the journal alive until then, because the runner flushes into it when deleted. The
    // connection (and with it the journal) lives exactly as long as the runner.
    connect(runner, &QObject::destroyed, runner, [journal = m_journal] { Q_UNUSED(journal) });
    runner->deleteLater();
    m_runner = nullptr;
    m_journal.reset();
    m_runDialog = nullptr;
    if (anyReset)
        Q_EMIT passwordsReset();
    showNextOffer();
}

void BulkResetFlow::watchAudit(BulkResetRunner *runner, bool resumed)
{
    auto *recorder = new BulkAuditRecorder(runner, m_single->auditLog(), m_session->admin(), runner);
    recorder->setRunId(m_journal->runId());
    if (resumed)
        recorder->skipEnded(); // recorded in the session they ended in
    else if (m_generatedStyle)
        recorder->setGeneration(m_generatedIds, *m_generatedStyle);
    connect(recorder, &BulkAuditRecorder::writeFailed, this, [this](const QString &path, const QString &error) {
        inform(tr("Audit log not written"),
               tr("The resets of this bulk run could not be recorded in the audit log (%1). The resets themselves "
                  "stand. Check that the folder %2 is writable.")
                   .arg(error, QDir::toNativeSeparators(path)),
               true);
    });
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
        if (!m_journal || run.runId != m_journal->runId())
            m_offers.append(run);
    }
    showNextOffer();
}

void BulkResetFlow::showNextOffer()
{
    if (m_offers.isEmpty() || m_runner || m_creating || m_planDialog)
        return;
    if (m_box && m_box->isVisible()) {
        // One box at a time: the offer follows once the admin has answered this one.
        connect(m_box, &QDialog::finished, this, &BulkResetFlow::showNextOffer,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
        return;
    }
    const BulkRunStore::StoredRun run = m_offers.takeFirst();
    const QString when = QLocale().toString(run.created.toLocalTime(), QLocale::ShortFormat);
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_box = box;
    QPushButton *resume = nullptr;
    QPushButton *remove = nullptr;
    QPushButton *later = nullptr;
    if (run.journal) {
        int done = 0;
        int unfinished = 0;
        const QList<ResetJournal::Entry> entries = run.journal->entries();
        for (const ResetJournal::Entry &entry : entries) {
            if (entry.state == ResetJournal::State::Confirmed)
                ++done;
            else if (entry.state == ResetJournal::State::Planned || entry.state == ResetJournal::State::Sent)
                ++unfinished;
        }
        box->setIcon(QMessageBox::Question);
        box->setWindowTitle(tr("Unfinished bulk reset"));
        box->setText(tr("A bulk reset of %Ln user(s) from %1 was interrupted, or its passwords were never handed "
                        "over.",
                        "", int(entries.size()))
                         .arg(when));
        box->setInformativeText(
            tr("%1 reset, %2 not finished. Resume sends the unfinished ones with the passwords already chosen and "
               "shows every password for hand-over. Delete removes the record for good: passwords in it that were "
               "not handed over are lost.")
                .arg(QLocale().toString(done), QLocale().toString(unfinished)));
        resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
        later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
        remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box->setDefaultButton(resume);
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setWindowTitle(tr("Saved bulk reset cannot be opened"));
        box->setText(tr("ResetDesk found its saved record of a bulk reset from %1, but cannot open it.").arg(when));
        box->setInformativeText(tr("Its key is missing from the system keychain, the keychain is locked, or the file "
                                   "is damaged, so the passwords in it cannot be read. If the keychain is locked, "
                                   "unlock it and choose Later: ResetDesk offers the record again at the next start. "
                                   "Otherwise delete it."));
        box->setDetailedText(run.error);
        later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
        remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box->setDefaultButton(later);
    }
    box->setEscapeButton(later);
    connect(box, &QMessageBox::finished, this, [this, box, run, resume, remove] {
        QAbstractButton *clicked = box->clickedButton();
        if (resume && clicked == resume) {
            resumeRun(run);
            return;
        }
        if (clicked == remove)
            recordingStore()->purge(run.runId, AuditEntry::PurgeReason::AdminDeleted,
                           run.journal ? int(run.journal->entries().size()) : -1);
        // The box is still visible while it finishes: offer the next one once it is gone.
        QMetaObject::invokeMethod(this, &BulkResetFlow::showNextOffer, Qt::QueuedConnection);
    });
    box->open();
}

void BulkResetFlow::resumeRun(const BulkRunStore::StoredRun &run)
{
    // The permission to reset may not be part of this sign-in yet (it was asked for when the run
    // first started, possibly in an earlier session).
    m_creating = true;
    ScopeConsent::ensure(
        m_session->auth(), scopesFor(BulkResetSettings::fromJson(run.journal->runSettings())), this,
        [this, run] {
            m_creating = false;
            startResumed(run);
        },
        [this](const AuthError &error) {
            m_creating = false;
            const UserMessage message = ErrorMessages::forAuthError(error);
            QMessageBox *box = inform(message.title, message.text, true);
            // The run stays saved; offer the others once this is read.
            connect(box, &QDialog::finished, this, &BulkResetFlow::showNextOffer, Qt::QueuedConnection);
        });
}

void BulkResetFlow::startResumed(const BulkRunStore::StoredRun &run)
{
    BulkResetRunner *runner = newRunner();
    QString error;
    if (!runner->resume(run.journal.get(), &error)) {
        delete runner;
        QMessageBox *box = inform(tr("Bulk reset not resumed"),
                                  tr("ResetDesk could not resume the saved bulk reset. It stays saved and is offered "
                                     "again at the next start."),
                                  true);
        box->setDetailedText(error);
        return;
    }
    m_runner = runner;
    m_journal = run.journal;
    watchAudit(runner, true);
    openRunDialog(runner, run.journal);
}

void BulkResetFlow::deleteSavedRecords()
{
    QStringList runIds;
    for (const ResetJournal::Summary &summary : ResetJournal::list(m_store->directory())) {
        // The open run's record stays: its window still needs it.
        if (!m_journal || summary.runId != m_journal->runId())
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
        recordingStore()->purgeAll(m_journal ? m_journal->runId() : QString());
    });
    box->open();
}

void BulkResetFlow::onPurged(const QString &runId, bool ok)
{
    if (m_journal && runId == m_journal->runId() && m_runDialog)
        m_runDialog->showJournalPurged(ok);
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
