// SPDX-License-Identifier: MIT
#include "ui/bulk/BulkRunDialog.h"
#include "ui_BulkRunDialog.h"
#include "ui/widgets/Announcement.h"
#include "ui/widgets/GrowToContents.h"

#include "bulk/BulkHandover.h"
#include "bulk/BulkResultModel.h"
#include "bulk/ResetJournal.h"
#include "common/Clock.h"
#include "delivery/ResultExport.h"
#include "ui/bulk/BulkResultText.h"
#include "ui/bulk/BulkRunTexts.h"
#include "ui/texts/ResetRefusalText.h"
#include "ui/widgets/SecretClipboard.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>


using namespace Qt::Literals::StringLiterals;

BulkRunDialog::BulkRunDialog(BulkResetRunner *runner, BulkHandover *handover, SecretClipboard *clipboard,
                             Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkRunDialog>())
    , m_runner(runner)
    , m_handover(handover)
    , m_clipboard(clipboard)
    , m_model(new BulkResultModel(runner, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tick(clock->createTimer(ClockTimer::Kind::Repeating, this))
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    // Not modal: the admin may look things up in the console while thousands of users are reset.
    setWindowModality(Qt::NonModal);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_ui->labelProblem->setStyleSheet(u"background: #fde7e9; color: #5c0000; padding: 6px;"_s);
    m_ui->labelProblem->hide();
    m_ui->labelHandover->hide();

    setResultText(BulkResultText(m_runner, {}, {}));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BulkResultModel::SortValueRole);
    m_proxy->setFilterRole(BulkResultModel::NeedsAttentionRole);
    m_proxy->setFilterKeyColumn(BulkResultModel::Outcome);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    QTableView *view = m_ui->tableResults;
    view->setModel(m_proxy);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(BulkResultModel::Reason, QHeaderView::Stretch);
    view->setColumnWidth(BulkResultModel::DisplayName, 180);
    view->setColumnWidth(BulkResultModel::UserPrincipalName, 240);
    view->setColumnWidth(BulkResultModel::Outcome, 130);
    view->setColumnWidth(BulkResultModel::Password, 150);
    // Sorting 20,000 rows on every answer would be wasted work: sorted when the admin asks.
    view->sortByColumn(-1, Qt::AscendingOrder);

    // Ctrl+C in the table copies the current user's password, as the Copy button does.
    auto *copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &BulkRunDialog::copyCurrentPassword);

    connect(m_ui->buttonPause, &QPushButton::clicked, this, &BulkRunDialog::togglePause);
    connect(m_ui->buttonCancelRun, &QPushButton::clicked, this, &BulkRunDialog::askCancel);
    connect(m_ui->checkFailedOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_proxy->setFilterFixedString(on ? u"true"_s : QString()); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &BulkRunDialog::updatePasswordButtons);
    connect(m_ui->buttonReveal, &QPushButton::clicked, this, [this](bool on) {
        const int row = currentRow();
        if (row < 0)
            return;
        m_model->setRevealed(row, on);
        if (on)
            m_handover->record(HandoverLedger::Channel::Shown, {m_runner->results().at(row).userId});
    });
    connect(m_ui->buttonRevealAll, &QPushButton::toggled, this, [this](bool on) {
        m_model->setAllRevealed(on);
        if (on)
            m_handover->record(HandoverLedger::Channel::Shown, BulkHandover::carriedIds(handoverItems()));
        updatePasswordButtons();
    });
    connect(m_ui->buttonCopy, &QPushButton::clicked, this, &BulkRunDialog::copyCurrentPassword);
    connect(m_ui->buttonRetry, &QPushButton::clicked, this, [this] {
        if (m_runner->retryFailed()) {
            m_ui->labelStatus->clear();
            updateButtons();
        }
    });
    connect(m_ui->buttonPrint, &QPushButton::clicked, this, &BulkRunDialog::requestPrint);
    connect(m_ui->buttonEmail, &QPushButton::clicked, this, [this] { Q_EMIT emailRequested(handoverItems()); });
    connect(m_ui->buttonSaveCsv, &QPushButton::clicked, this, &BulkRunDialog::chooseAndSaveResults);
    connect(m_ui->buttonClose, &QPushButton::clicked, this, &BulkRunDialog::reject);

    // The runner reports every answer; the labels follow a few times a second at most.
    // The runner already coalesces progress (at most every 100 ms).
    connect(m_runner, &BulkResetRunner::progressChanged, this, &BulkRunDialog::updateProgress);
    connect(m_runner, &BulkResetRunner::phaseChanged, this, [this] {
        updateProgress();
        updateButtons();
    });
    connect(m_runner, &BulkResetRunner::pausedChanged, this, [this] {
        updateProgress();
        updateButtons();
    });
    connect(m_runner, &BulkResetRunner::itemChanged, this, [this](int row) {
        if (row == currentRow())
            updatePasswordButtons();
    });
    connect(m_runner, &BulkResetRunner::journalFailed, this, &BulkRunDialog::onJournalFailed);
    connect(m_runner, &BulkResetRunner::finished, this, &BulkRunDialog::onFinished);
    connect(m_handover, &BulkHandover::changed, this, &BulkRunDialog::updateHandoverText);
    // A wait Microsoft 365 asked for counts down even when no answer arrives.
    connect(m_tick, &ClockTimer::timeout, this, [this] {
        if (m_runner->serviceWaitMs() > 0)
            updateProgress();
    });
    m_tick->start(1000);

    retranslate();
}

BulkRunDialog::~BulkRunDialog() = default;

void BulkRunDialog::setResultText(const BulkResultText &text)
{
    m_resultText = text;
    m_model->setReasonText([this](const BulkItemResult &result) { return m_resultText.reason(result); });
}

QTableView *BulkRunDialog::table() const
{
    return m_ui->tableResults;
}

void BulkRunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void BulkRunDialog::retranslate()
{
    m_model->retranslate();
    updateProgress();
    updateButtons();
    updateHandoverText();
}

void BulkRunDialog::updateProgress()
{
    const BulkResetRunner::Progress progress = m_runner->progress();
    m_ui->labelHeadline->setText(BulkRunTexts::headline(progress));
    m_ui->progressBar->setRange(0, qMax(1, progress.total));
    m_ui->progressBar->setValue(progress.done());
    m_ui->labelCounts->setText(BulkRunTexts::counts(*m_runner));
    const QString phase = BulkRunTexts::phase(*m_runner, m_journalProblem);
    if (phase != m_ui->labelPhase->text()) {
        m_ui->labelPhase->setText(phase);
        // A new phase and the result are announced; the seconds of a wait Microsoft 365 asked
        // for count down on screen only, or a screen reader would speak every second.
        if (m_runner->serviceWaitMs() == 0)
            Announcement::raise(m_ui->labelPhase);
    }
    showStopProblem();
    m_ui->labelRate->setText(BulkRunTexts::rate(*m_runner));
    m_ui->labelTimeLeft->setText(BulkRunTexts::timeLeft(*m_runner));
}

void BulkRunDialog::showStopProblem()
{
    // The journal's own problem takes the label while it lasts.
    if (m_journalProblem)
        return;
    const bool stopped = m_runner->phase() == BulkResetRunner::Phase::Finished
                         && m_runner->ending() == BulkResetRunner::Ending::Stopped;
    if (stopped) {
        const UserMessage message = ResetRefusalText::forRunStop(m_runner->stopError(), m_resultText.admin());
        m_ui->labelProblem->setAccessibleDescription(message.title);
        Announcement::showMessage(m_ui->labelProblem, message.text);
        m_showingStop = true;
    } else if (m_showingStop) {
        m_ui->labelProblem->clear();
        m_ui->labelProblem->hide();
        m_showingStop = false;
    }
}

bool BulkRunDialog::canPrintSlips() const
{
    // Users reset, and those whose password may be set, carry a password to hand over.
    return m_runner->phase() == BulkResetRunner::Phase::Finished && m_handover->ledger().heldCount() > 0;
}

void BulkRunDialog::requestPrint()
{
    if (canPrintSlips())
        Q_EMIT printRequested(handoverItems());
}

void BulkRunDialog::updateButtons()
{
    const bool running = m_runner->isRunning();
    const bool finished = m_runner->phase() == BulkResetRunner::Phase::Finished;
    const BulkResetRunner::Progress progress = m_runner->progress();
    m_ui->buttonPause->setEnabled(running && !m_runner->isCancelling());
    m_ui->buttonPause->setText(m_runner->isPaused() ? tr("Res&ume") : tr("&Pause"));
    m_ui->buttonCancelRun->setEnabled(running && !m_runner->isCancelling());
    // Once the journal is purged a retry would send passwords nobody keeps a record of.
    const bool anyToRetry = progress.notReset() > 0 || m_runner->methodRemovalsLeft() > 0;
    m_ui->buttonRetry->setEnabled(finished && anyToRetry && !m_journalPurged);
    const bool anyPassword = m_handover->ledger().heldCount() > 0;
    m_ui->buttonPrint->setEnabled(canPrintSlips());
    m_ui->buttonEmail->setEnabled(finished && anyPassword);
    m_ui->buttonSaveCsv->setEnabled(finished && progress.total > 0);
    updatePasswordButtons();
}

int BulkRunDialog::currentRow() const
{
    const QModelIndex current = m_ui->tableResults->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void BulkRunDialog::updatePasswordButtons()
{
    const int row = currentRow();
    const QList<BulkItemResult> &results = m_runner->results();
    const bool usable = row >= 0 && row < results.size() && BulkResultModel::hasUsablePassword(results.at(row));
    m_ui->buttonReveal->setEnabled(usable && !m_model->allRevealed());
    m_ui->buttonReveal->setChecked(usable && m_model->isRevealed(row));
    m_ui->buttonCopy->setEnabled(usable);
}

void BulkRunDialog::togglePause()
{
    if (m_runner->isPaused()) {
        m_journalProblem = false;
        m_ui->labelProblem->hide();
        m_runner->resume();
    } else {
        m_runner->pause();
    }
}

QMessageBox *BulkRunDialog::ask(const QString &title, const QString &text, const QString &yesText,
                                const QString &noText)
{
    if (m_question)
        m_question->close();
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(yesText);
    box->button(QMessageBox::No)->setText(noText);
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    m_question = box;
    return box;
}

void BulkRunDialog::askCancel()
{
    if (!m_runner->isRunning() || m_runner->isCancelling())
        return;
    QMessageBox *box = ask(tr("Cancel the run?"),
                           tr("Users not reset yet are left as they are. Requests already sent are still answered, "
                              "so this can take a moment. Users already reset keep their new passwords."),
                           tr("Cancel &run"), tr("&Keep going"));
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_runner->cancel();
        updateProgress();
        updateButtons();
    });
    box->open();
}

void BulkRunDialog::reject()
{
    if (m_closeConfirmed || m_closeWhenFinished) {
        if (m_closeConfirmed)
            QDialog::reject();
        return;
    }
    const bool running = m_runner->isRunning();
    if (running || holdsUnhandedPasswords()) {
        askClose(running);
        return;
    }
    QDialog::reject();
}

void BulkRunDialog::askClose(bool running)
{
    QMessageBox *box = nullptr;
    if (running) {
        box = ask(tr("Stop the run and close?"),
                  tr("ResetDesk is still resetting passwords. If you close this window, the run stops once the "
                     "requests already sent are answered. Users already reset keep their new passwords: ResetDesk "
                     "keeps its encrypted record of them and offers the run again the next time it starts."),
                  tr("&Stop and close"), tr("&Keep open"));
    } else {
        const int unhanded = int(m_handover->pending().size());
        box = ask(tr("Close without handing over the passwords?"),
                  tr("The temporary passwords of %Ln user(s) were not printed, emailed or saved. Once this window is "
                     "closed they are no longer shown; ResetDesk keeps its encrypted record of them and offers them "
                     "again the next time it starts.",
                     "", unhanded),
                  tr("&Close anyway"), tr("&Keep open"));
    }
    connect(box, &QMessageBox::finished, this, [this, box, running] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (running && m_runner->isRunning()) {
            // The window goes once the requests in flight are answered (onFinished).
            m_closeWhenFinished = true;
            m_runner->cancel();
            updateProgress();
            updateButtons();
            return;
        }
        m_closeConfirmed = true;
        QDialog::reject();
    });
    box->open();
}

void BulkRunDialog::onFinished()
{
    if (m_journalProblem) {
        // Nothing is left to resume: say what the failed write means now that the run is over.
        m_journalProblem = false;
        QString folder;
        if (m_runner->journal())
            folder = QDir::toNativeSeparators(QFileInfo(m_runner->journal()->path()).absolutePath());
        Announcement::showMessage(m_ui->labelProblem,
            tr("ResetDesk could not record the last answers in its encrypted record of this run. Every password "
               "shown here was recorded before it was sent. Free some disk space, or make sure the folder %1 is "
               "writable, before the next run.")
                .arg(folder));
    }
    updateProgress();
    updateButtons();
    if (m_closeWhenFinished) {
        m_closeConfirmed = true;
        QDialog::reject();
    }
}

void BulkRunDialog::onJournalFailed(const QString &detail)
{
    m_journalProblem = true;
    QString folder;
    if (m_runner->journal())
        folder = QDir::toNativeSeparators(QFileInfo(m_runner->journal()->path()).absolutePath());
    const QString text = tr("ResetDesk could not write its encrypted record of the new passwords, so the run paused: "
                            "no password is sent without its record. Free some disk space, or make sure the folder "
                            "%1 is writable, then click Resume.")
                             .arg(folder);
    Announcement::showMessage(m_ui->labelProblem, text);
    if (m_problemBox)
        m_problemBox->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Run paused"), text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(detail);
    m_problemBox = box;
    box->open();
    updateProgress();
    updateButtons();
}

void BulkRunDialog::copyCurrentPassword()
{
    const int row = currentRow();
    const QList<BulkItemResult> &results = m_runner->results();
    if (!m_clipboard || row < 0 || row >= results.size() || !BulkResultModel::hasUsablePassword(results.at(row)))
        return;
    m_clipboard->copy(results.at(row).password.reveal());
    m_handover->record(HandoverLedger::Channel::Copied, {results.at(row).userId});
    Announcement::showMessage(m_ui->labelStatus,
        tr("Copied the password of %1. The clipboard is cleared in %n second(s).", "", m_clipboard->clearAfter() / 1000)
            .arg(results.at(row).userPrincipalName));
}

QList<HandoverItem> BulkRunDialog::handoverItems() const
{
    return BulkHandover::items(m_runner->results(), [this](const BulkItemResult &result) {
        return m_resultText.reason(result);
    });
}

bool BulkRunDialog::holdsUnhandedPasswords() const
{
    return m_handover->ledger().hasPending();
}

bool BulkRunDialog::isHandedOver() const
{
    return m_handover->isComplete();
}

void BulkRunDialog::recordHandover(HandoverLedger::Channel channel, const QStringList &userIds)
{
    m_handover->record(channel, userIds);
    updateButtons();
}

void BulkRunDialog::chooseAndSaveResults()
{
    //: Suggested file name; keep it short and without spaces.
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("bulk-reset-results.csv"));
    const QString path = m_chooser ? m_chooser(suggested)
                                   : QFileDialog::getSaveFileName(this, tr("Save results with the temporary passwords"),
                                                                  suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveResults(path);
}

bool BulkRunDialog::saveResults(const QString &path)
{
    ResultExport::Options options;
    // A hand-over: the file must carry the passwords, since the journal goes once it is written.
    options.includePasswords = true;
    options.language = QLocale().name().section(u'_', 0, 0);
    const QList<HandoverItem> items = handoverItems();
    const FileWriteError error = ResultExport::write(path, items, options);
    const QString file = QDir::toNativeSeparators(path);
    if (error != FileWriteError::None) {
        Announcement::showMessage(m_ui->labelStatus,
            error == FileWriteError::CannotRestrictPermissions
                ? tr("Could not make %1 private, so nothing was written. Choose a folder on a local disk.").arg(file)
                : tr("Could not write %1. Choose a folder you can write to and try again.").arg(file));
        return false;
    }
    m_savedPath = path;
    const int unconfirmed = m_handover->unconfirmedCount();
    if (unconfirmed == 0)
        Announcement::showMessage(m_ui->labelStatus,
            tr("Saved the results with the temporary passwords to %1. Only you can open the file; delete it once "
               "the passwords are handed over.")
                .arg(file));
    else
        Announcement::showMessage(m_ui->labelStatus,
            tr("Saved the results with the temporary passwords to %1, including %n user(s) whose password may be set "
               "but is not confirmed. Only you can open the file; delete it once the passwords are handed over.",
               "", unconfirmed)
                .arg(file));
    recordHandover(HandoverLedger::Channel::Csv, BulkHandover::carriedIds(items));
    return true;
}

void BulkRunDialog::showJournalPurged(bool ok)
{
    m_journalPurged = ok;
    m_purgeFailed = !ok;
    updateHandoverText();
    updateButtons();
}

void BulkRunDialog::updateHandoverText()
{
    const QString text = BulkRunTexts::handover(*m_runner, *m_handover, {m_journalPurged, m_purgeFailed});
    Announcement::showMessage(m_ui->labelHandover, text);
}
