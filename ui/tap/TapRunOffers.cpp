// SPDX-License-Identifier: MIT
#include "ui/tap/TapRunOffers.h"

#include "auth/AuthSession.h"
#include "bulk/ResetJournal.h"
#include "session/ConsoleSession.h"
#include "tap/TapIssueRunner.h"
#include "tap/TapRun.h"
#include "ui/tap/IssueTapDialog.h"
#include "ui/widgets/StoredRunOfferBox.h"

#include <QLocale>
#include <QMessageBox>
#include <QSet>

TapRunOffers::TapRunOffers(ConsoleSession *session, QWidget *window, OtherBox otherBox, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_otherBox(std::move(otherBox))
{
}

TapRunOffers::~TapRunOffers() = default;

void TapRunOffers::offerStoredRuns()
{
    // Each organisation keeps its own journals: the folder is the one of the organisation signed in now.
    const QString directory = IssueTapDialog::defaultJournalDirectory(m_session);
    if (!m_store || m_store->directory() != directory) {
        m_store = std::make_unique<BulkRunStore>(m_session->auth()->tokenStore(), directory);
        connect(m_store.get(), &BulkRunStore::storedRunsFound, this, &TapRunOffers::onStoredRunsFound);
    }
    m_store->setAuditLog(m_session->auditLog(), m_session->admin());
    m_store->findStoredRuns();
}

void TapRunOffers::onStoredRunsFound(const QList<BulkRunStore::StoredRun> &runs)
{
    // A TAP window still open (the admin signed in again meanwhile) owns its run: it is not "stored".
    QSet<QString> open;
    for (const IssueTapDialog *dialog : m_window->findChildren<IssueTapDialog *>()) {
        if (dialog->run())
            open.insert(dialog->run()->runId());
    }
    m_offers.clear();
    for (const BulkRunStore::StoredRun &run : runs) {
        if (open.contains(run.runId))
            continue;
        // An unreadable record is offered too: only the admin can decide to delete it.
        if (!run.journal || TapIssueRunner::isTapJournal(*run.journal))
            m_offers.append(run);
    }
    showNextOffer();
}

void TapRunOffers::showNextOffer()
{
    if (m_offers.isEmpty() || m_dialog)
        return;
    for (QMessageBox *busy : {m_box.data(), m_otherBox ? m_otherBox() : nullptr}) {
        if (busy && busy->isVisible()) {
            // One question at a time: this one follows once the admin has answered the other.
            connect(busy, &QDialog::finished, this, &TapRunOffers::showNextOffer,
                    Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
            return;
        }
    }
    const BulkRunStore::StoredRun run = m_offers.takeFirst();
    const auto readable = [](const StoredRunOfferBox::Progress &progress, const QString &when) {
        return StoredRunOfferBox::Texts {
            tr("Unfinished Temporary Access Pass run"),
            tr("A Temporary Access Pass run for %Ln user(s) from %1 was interrupted, or its passes were never "
               "handed over.",
               "", progress.users)
                .arg(when),
            tr("%1 issued, %2 not finished. Resume asks again for the unfinished ones and shows every pass for "
               "hand-over; a pass already issued is not issued again. Delete removes the record for good: passes "
               "in it that were not handed over cannot be shown again.")
                .arg(QLocale().toString(progress.done), QLocale().toString(progress.unfinished)),
            {}};
    };
    const auto unreadable = [](const QString &when) {
        return StoredRunOfferBox::Texts {
            tr("Saved Temporary Access Pass run cannot be opened"),
            tr("ResetDesk found its saved record of a Temporary Access Pass run from %1, but cannot open it.").arg(when),
            tr("Its key is missing from the system keychain, the keychain is locked, or the file is damaged, so the "
               "passes in it cannot be read. If the keychain is locked, unlock it and choose Later: ResetDesk offers "
               "the record again at the next start. Otherwise delete it."),
            {}};
    };
    m_box = StoredRunOfferBox::offer(
        m_window, run, [this] { return m_store.get(); }, this, readable, unreadable, [this, run] { resume(run); },
        [this] { showNextOffer(); });
}

void TapRunOffers::resume(const BulkRunStore::StoredRun &run)
{
    auto *dialog = new IssueTapDialog(m_session, {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // The next saved run is offered once this one's window is closed.
    connect(dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr;
        QMetaObject::invokeMethod(this, &TapRunOffers::showNextOffer, Qt::QueuedConnection);
    });
    dialog->open();
    dialog->resume(run);
}
