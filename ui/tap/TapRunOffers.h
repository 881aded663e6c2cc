// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkRunStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class ConsoleSession;
class IssueTapDialog;
class QMessageBox;
class QWidget;

/**
 * At sign-in, the Temporary Access Pass runs an earlier session left saved (interrupted, or their
 * passes never handed over) are offered like bulk resets: Resume opens the TAP window on the run,
 * Later keeps it for the next start, Delete removes its record (recorded in the audit log). One
 * question at a time, after any other question of the sign-in.
 */
class TapRunOffers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapRunOffers)
public:
    /** The box another part of the sign-in shows now (the bulk resets' offers); null when none. */
    using OtherBox = std::function<QMessageBox *()>;

    TapRunOffers(ConsoleSession *session, QWidget *window, OtherBox otherBox = {}, QObject *parent = nullptr);
    ~TapRunOffers() override;

    /** Looks for saved runs in the organisation's TAP journal folder and offers each. */
    void offerStoredRuns();

    QMessageBox *messageBox() const { return m_box; }
    /** The TAP window a Resume opened, while it is open. */
    IssueTapDialog *dialog() const { return m_dialog; }

private:
    void onStoredRunsFound(const QList<BulkRunStore::StoredRun> &runs);
    void showNextOffer();
    void resume(const BulkRunStore::StoredRun &run);

    ConsoleSession *m_session;
    QWidget *m_window;
    OtherBox m_otherBox;
    std::unique_ptr<BulkRunStore> m_store;
    QList<BulkRunStore::StoredRun> m_offers;
    QPointer<QMessageBox> m_box;
    QPointer<IssueTapDialog> m_dialog;
};
