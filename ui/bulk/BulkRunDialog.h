// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"
#include "delivery/HandoverItem.h"
#include "ui/bulk/BulkResultText.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class BulkRunDialog;
}
class BulkResultModel;
class Clock;
class ClockTimer;
class QMessageBox;
class QSortFilterProxyModel;
class QTableView;
class SecretClipboard;

/**
 * The window of a running bulk reset, not modal so the console stays usable: progress
 * with counts, rate and time left; pause, resume and cancel; the results table with the reason
 * for every user not reset and the temporary passwords hidden until revealed; "Retry failed";
 * and, once the run is over, the hand-over (slips, email, results CSV).
 *
 * Every channel the admin uses (slips, PDF, email, the results CSV, the screen) is recorded in
 * the run's BulkHandover, which decides when the journal may go; showJournalPurged() says it went.
 * Until then the window names who is still missing. Closing the window with passwords not handed
 * over asks first; the journal then stays, and the next start offers the run again.
 */
class BulkRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkRunDialog)
public:
    /** Asks where to save the results CSV; empty when the admin cancels. Tests replace the QFileDialog. */
    using FileChooser = std::function<QString(const QString &suggestedPath)>;

    /**
     * @p runner and @p handover must outlive the window (the owner deletes them once it is gone).
     * A wait Microsoft 365 asked for counts down on @p clock, the one the runner waits on.
     */
    BulkRunDialog(BulkResetRunner *runner, BulkHandover *handover, SecretClipboard *clipboard, Clock *clock,
                  QWidget *parent = nullptr);
    ~BulkRunDialog() override;

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    /** How reasons are worded: for the admin signed in and the users' roles as the list has them. */
    void setResultText(const BulkResultText &text);

    BulkResetRunner *runner() const { return m_runner; }
    BulkResultModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const;

    /** Every user's result as handed over: passwords of users reset, translated reasons for the others. */
    QList<HandoverItem> handoverItems() const;
    /** Writes the results CSV with the temporary passwords (owner-only); a hand-over. */
    bool saveResults(const QString &path);

    /** Whether the run has ended with passwords to print on slips. */
    bool canPrintSlips() const;
    /** Asks for slips of every password (printRequested), as Print slips… does. */
    void requestPrint();

    /** Whether some user has a password that is (or may be) set and was not handed over yet. */
    bool holdsUnhandedPasswords() const;
    /** Every password the server holds or may hold went out through a lasting channel. */
    bool isHandedOver() const;
    /** @p channel carried the passwords of @p userIds (slips printed or saved, emails delivered). */
    void recordHandover(HandoverLedger::Channel channel, const QStringList &userIds);
    /** The owner purged the run's journal (or could not). */
    void showJournalPurged(bool ok);
    bool isJournalPurged() const { return m_journalPurged; }

    /** The question on screen (cancel the run, close without hand-over), for tests; null when none. */
    QMessageBox *question() const { return m_question; }
    /** The journal-failure warning on screen, for tests; null when none. */
    QMessageBox *problemBox() const { return m_problemBox; }

public Q_SLOTS:
    /** Close: asks first while the run goes on or passwords were not handed over. */
    void reject() override;

Q_SIGNALS:
    void printRequested(const QList<HandoverItem> &items);
    void emailRequested(const QList<HandoverItem> &items);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateProgress();
    void updateButtons();
    void updatePasswordButtons();
    void updateHandoverText();
    /** Says once, above the table, why the run stopped by itself and what to do. */
    void showStopProblem();
    void togglePause();
    void askCancel();
    void askClose(bool running);
    void onFinished();
    void onJournalFailed(const QString &detail);
    void copyCurrentPassword();
    void chooseAndSaveResults();
    /** The source row of the table's current row; -1 when none. */
    int currentRow() const;
    QMessageBox *ask(const QString &title, const QString &text, const QString &yesText, const QString &noText);

    const std::unique_ptr<Ui::BulkRunDialog> m_ui;
    BulkResetRunner *m_runner;
    BulkHandover *m_handover;
    SecretClipboard *m_clipboard;
    BulkResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    FileChooser m_chooser;
    BulkResultText m_resultText;
    QPointer<QMessageBox> m_question;
    QPointer<QMessageBox> m_problemBox;
    QString m_statusText;
    QString m_savedPath;
    bool m_journalProblem = false;
    bool m_showingStop = false;
    ClockTimer *m_tick;
    bool m_journalPurged = false;
    bool m_purgeFailed = false;
    bool m_closeConfirmed = false;
    bool m_closeWhenFinished = false;
};
