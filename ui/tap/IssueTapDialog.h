// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tap/TapListedUsers.h"

#include "bulk/BulkRunStore.h"
#include "delivery/HandoverItem.h"
#include "directory/DirectoryUser.h"
#include "tap/TapPolicy.h"
#include "tap/TapPreflight.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <memory>

class EmailPasswordsDialog;
class HandoverDialogs;
class ConsoleSession;
class PrintSlipsDialog;
class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class TapExistingPasses;
class TapPolicyReader;
class TapRun;
class TapTargetPicker;

/**
 * "Issue Temporary Access Pass…" for the users ticked in the list, a CSV file's users or a
 * group's members (TapTargetPicker): reads the organisation's TAP
 * policy and who holds a pass already, shows the pre-flight (who cannot get one and why, whose
 * pass a new one replaces), offers only what the policy allows (start, lifetime, one-time use),
 * asks before replacing, runs a TapRun and hands the passes over through the slip dialog (PDF,
 * print, CSV). The dialog only collects choices and shows the run; the core decides and records.
 */
class IssueTapDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IssueTapDialog)
public:
    IssueTapDialog(ConsoleSession *session, const TapListedUsers &users, QWidget *parent = nullptr);
    ~IssueTapDialog() override;

    /**
     * Where this dialog's runs keep their journals; the organisation's journal folder's "tap" by
     * default. A run found there whose passes were not handed over is offered for resuming.
     */
    void setJournalDirectory(const QString &directory);
    /** The folder TAP runs of @p session's organisation keep their journals in. */
    static QString defaultJournalDirectory(ConsoleSession *session);
    /** Picks up @p run, a TAP run an earlier session left (offered at sign-in), instead of a new one. */
    void resume(const BulkRunStore::StoredRun &run);

    const TapPreflight::Plan &plan() const { return m_plan; }
    TapTargetPicker *targetPicker() const { return m_picker; }
    TapRun *run() const;
    /** The slip dialog the hand-over opened, while it is open. */
    PrintSlipsDialog *slipDialog() const;

    /** Opens the slip dialog for the passes issued (the Hand over… button). */
    PrintSlipsDialog *handOver();
    /** Opens the email dialog for the passes issued (the Email… button). */
    EmailPasswordsDialog *email();

    /** Closing asks first while issued passes were not handed over (they stay in the journal). */
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void retranslate();
    void onPolicy(const TapPolicy &policy);
    void readExistingPasses();
    void onTargetsChanged(const QList<DirectoryUser> &users);
    void onExistingPasses(const QSet<QString> &withPass);
    void applyPolicyToControls();
    void updateIssueButton();
    QString preflightText() const;
    /** The users who get no pass, one line each with the reason, in the current language. */
    QString skippedText() const;
    void issue();
    void onRunFinished();
    void newRun();
    /** Disables every choice of who and how: a run has started (or been picked up). */
    void lockChoices();
    BulkRunStore *store();
    void findStoredRuns();
    void resumeStored();
    void retryFailed();
    QList<HandoverItem> handoverItems() const;

    ConsoleSession *m_session;
    TapTargetPicker *m_picker;
    QList<DirectoryUser> m_users;
    QString m_journalDirectory;
    TapPolicy m_policy;
    TapPreflight::Plan m_plan;
    bool m_policyRead = false;
    bool m_resumed = false;
    bool m_planned = false;
    TapPolicyReader *m_policyReader;
    TapExistingPasses *m_existing;
    HandoverDialogs *m_handoverDialogs;
    std::unique_ptr<BulkRunStore> m_store;
    QPointer<TapRun> m_run;
    QPointer<PrintSlipsDialog> m_slips;
    /** A run of an earlier session whose passes were not handed over, to resume. */
    BulkRunStore::StoredRun m_stored;

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_skipped = nullptr;
    QRadioButton *m_startNow = nullptr;
    QRadioButton *m_startAt = nullptr;
    QDateTimeEdit *m_startTime = nullptr;
    QLabel *m_lifetimeLabel = nullptr;
    QSpinBox *m_lifetime = nullptr;
    QCheckBox *m_usableOnce = nullptr;
    QCheckBox *m_confirmReplace = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_handOver = nullptr;
    QPushButton *m_email = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_resume = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
