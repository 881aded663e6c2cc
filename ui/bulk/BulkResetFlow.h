// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkRun.h"
#include "bulk/BulkRunStore.h"
#include "bulk/WritePacer.h"
#include "delivery/HandoverItem.h"
#include "ui/bulk/BulkPlanDialog.h"
#include "ui/bulk/BulkRunDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class BulkResetRunner;
class ConsoleSession;
class QAction;
class QMenu;
class QMessageBox;
class ResetFlow;
class UsersPage;
class QWidget;

/**
 * Bulk resets as the main window's Reset menu asks for them: the users (ticked, everyone, a CSV
 * file, or the incident preset) go to BulkPlanDialog; the request it collects starts a BulkRun in
 * the core, which owns the consent, the journal, the passwords, the sending, the audit lines and
 * the journal's end, and BulkRunDialog shows it. The hand-over goes through ResetFlow's slip and
 * email dialogs, and each channel used is reported to the run.
 *
 * At sign-in, journals of runs that were interrupted or never handed over are offered again:
 * Resume, Later or Delete. One run at a time: offers wait while a run window is open.
 */
class BulkResetFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResetFlow)
public:
    /** Asks for the CSV file to read; empty when the admin cancels. Tests replace the QFileDialog. */
    using FileChooser = std::function<QString()>;

    /** @p single hands over (slips, email) and knows the audit log; @p window parents the dialogs. */
    BulkResetFlow(ConsoleSession *session, ResetFlow *single, UsersPage *users, QWidget *window,
                  QObject *parent = nullptr);
    ~BulkResetFlow() override;

    /** Where journals are kept (tests use a temporary folder); only while no run is open. */
    void setJournalDirectory(const QString &directory);
    BulkRunStore *store() const { return m_store; }
    void setCsvChooser(FileChooser chooser) { m_csvChooser = std::move(chooser); }
    /** The write quota runs are paced to (tests scale it down). */
    void setPacing(const WritePacer::Limits &limits) { m_pacing = limits; }

    /** Reset › Reset passwords of selected users…: the ticked users; explains when none are ticked. */
    BulkPlanDialog *resetSelected();
    /** Reset › Reset passwords of everyone…: every loaded user; asks to wait while the list loads. */
    BulkPlanDialog *resetEveryone();
    /** Reset › Reset passwords from a CSV file…: asks for the file, then shows its check and the plan. */
    BulkPlanDialog *resetFromCsv();
    /** Reset › Require everyone to change password…: the incident preset. */
    BulkPlanDialog *requireEveryoneToChange();
    /**
     * Reset › Contain an incident…: everyone but the admin and the remembered exclusions, as one
     * containment run (ContainmentPanel); the summary PDF is offered once it ends.
     */
    BulkPlanDialog *containEveryone();
    /** The same for the ticked users (the list's context menu). */
    BulkPlanDialog *containSelected();
    /** Puts Contain an incident… in @p menu after @p sibling and in @p userTable's context menu. */
    void addContainmentActions(QMenu *menu, QAction *sibling, QWidget *userTable);
    /** Reset › Delete saved reset records…: purges every journal after a confirmation with the count. */
    void deleteSavedRecords();
    /** At sign-in: offers every stored run (Resume / Later / Delete), one after the other. */
    void offerStoredRuns();

    BulkPlanDialog *planDialog() const { return m_planDialog; }
    BulkRunDialog *runDialog() const { return m_runDialog; }
    BulkResetRunner *runner() const { return m_run ? m_run->runner() : nullptr; }
    /** The run open now (starting or shown); null when none. */
    BulkRun *run() const { return m_run; }
    /** The message box on screen (an explanation, a question, an offer), for tests; null when none. */
    QMessageBox *messageBox() const { return m_box; }

Q_SIGNALS:
    /** A run ended with passwords changed: the user list may refresh. */
    void passwordsReset();
    /** A run (new or resumed) is under way; @p runner reports each user as Graph answers. */
    void runStarted(BulkResetRunner *runner);

private:
    /** True when every user is listed; otherwise tells the admin to wait. */
    bool listComplete();
    /** Everyone in the (fully loaded) list, for Source::Everyone or Source::Incident. */
    BulkPlanDialog *planForEveryone(BulkPlanDialog::Source source, bool containment = false);
    BulkPlanDialog *planForSelection(bool containment);
    /** Makes @p dialog a containment plan and reads the domain its confirmation asks for. */
    void makeContainment(BulkPlanDialog *dialog);
    /** A run on the session's Graph client and journals, paced as set for tests, bound to this flow. */
    BulkRun *newRun();
    BulkPlanDialog *openPlan(BulkPlanDialog::Source source, const QList<DirectoryUser> &users);
    void runPlan(BulkPlanDialog *dialog);
    void onStartFailed(BulkRun::StartFailure failure, const QString &detail);
    void onStoredRunsFound(const QList<BulkRunStore::StoredRun> &runs);
    void onPurged(const QString &runId, bool ok);
    void showNextOffer();
    void resumeRun(const BulkRunStore::StoredRun &run);
    BulkRunDialog *openRunDialog(BulkRun *run);
    void onRunDialogFinished();
    void connectStore();
    /** Uses the session's run store, which another organisation or journal folder replaced. */
    void followSessionStore();
    /** The store, set to record its purges in the audit log as the admin signed in now. */
    BulkRunStore *recordingStore();
    void wireHandover(BulkRunDialog *dialog, BulkRun *run);
    QMessageBox *inform(const QString &title, const QString &text, bool warning = false);
    bool busy();

    ConsoleSession *m_session;
    ResetFlow *m_single;
    UsersPage *m_users;
    QWidget *m_window;
    BulkRunStore *m_store = nullptr;
    FileChooser m_csvChooser;
    std::optional<WritePacer::Limits> m_pacing;
    QPointer<QMessageBox> m_box;

    QPointer<BulkPlanDialog> m_planDialog;
    /** The run open now: from its consent and journal to its window closing. */
    QPointer<BulkRun> m_run;
    QPointer<BulkRunDialog> m_runDialog;

    /** The organisation's name as Graph gave it for the last containment plan, for its summary. */
    QString m_organisationName;
    QList<BulkRunStore::StoredRun> m_offers;
    /** Runs this flow asked to purge, and what to say once all are done ("Delete saved reset records"). */
    QSet<QString> m_purgeAllPending;
    int m_purgeAllFailed = 0;
};
