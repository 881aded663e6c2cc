// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetItem.h"
#include "bulk/WritePacer.h"
#include "graph/GraphRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <deque>

class GraphBatch;
class GraphClient;
class ContainmentSteps;
class ResetJournal;

/**
 * Resets the passwords of any number of users: PATCH /users/{id} with passwordProfile,
 * 20 per $batch with a few batches in flight (GraphBatch: per-item Retry-After, 5xx backoff,
 * token refresh on 401), paced by a WritePacer to the write quota instead of running into it. The
 * pacing and the rate run on the GraphClient's clock.
 *
 * Nothing is lost: every password is in the ResetJournal (fsynced) before the first request;
 * each $batch is marked sent before it goes out; each answer is recorded as confirmed or failed.
 * Resending a planned password is harmless (the same value again), which is what makes a resume
 * after a crash safe. With signOutEverywhere, revokeSignInSessions follows for the users reset;
 * with requireMethodReregistration, their authentication methods go last (ContainmentSteps).
 */
class BulkResetRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResetRunner)
public:
    enum class Phase { Idle, Resetting, SigningOut, RemovingMethods, Finished };
    Q_ENUM(Phase)

    /** How the last round of sending ended (Phase::Finished). */
    enum class Ending {
        None,
        /** Every user was sent and answered (or given up on after the automatic re-sends). */
        Completed,
        /** The admin cancelled: users not sent yet were left alone. */
        Cancelled,
        /**
         * The first answers showed a refusal no retry can fix for anyone (the sign-in expired, or
         * the permission or role to reset passwords is missing): ResetDesk stopped sending.
         */
        Stopped,
    };
    Q_ENUM(Ending)

    struct Progress
    {
        int total = 0;
        int succeeded = 0;
        /** Refused (a reason is given) or cancelled while waiting to be sent again. */
        int failed = 0;
        /** Sent, but the answer was lost: the password may be set. */
        int unconfirmed = 0;
        /** Never sent: the run was cancelled or stopped first. */
        int notSent = 0;
        /** Throttled or failed transiently, waiting to go out again. */
        int waiting = 0;
        /** Users that got an answer (or lost one): everyone but those waiting, queued or not sent. */
        int done() const { return succeeded + failed + unconfirmed; }
        /** Users not reset for any reason once the run is over. */
        int notReset() const { return failed + unconfirmed + notSent; }
        /** Users finished per second over the last few seconds. */
        double perSecond = 0;
        /** Estimated milliseconds left; -1 while unknown. */
        qint64 msLeft = -1;
    };

    explicit BulkResetRunner(GraphClient *client, QObject *parent = nullptr);
    ~BulkResetRunner() override;

    /** $batch requests in flight at once; 4–8 is plenty: the write quota, not concurrency, bounds a run. */
    void setMaxBatchesInFlight(int count) { m_maxInFlight = qMax(1, count); }
    /** The write quota to pace to; tests and the benchmark scale it with the sandbox. */
    void setPacing(const WritePacer::Limits &limits);

    /**
     * Plans @p items in @p journal (one fsync) and starts sending. False with @p error when the
     * journal cannot be written: then nothing was sent. The journal must outlive the run.
     */
    bool start(ResetJournal *journal, const QList<BulkResetItem> &items, const BulkResetSettings &settings,
        QString *error);
    /**
     * After a crash or kill: the journal's users with their planned passwords; confirmed and
     * failed ones as they were, the unfinished ones (planned or sent) are sent again.
     */
    bool resume(ResetJournal *journal, QString *error);
    /**
     * Sends the failed, uncertain and cancelled users again, with the same passwords; in a
     * containment run also removes the methods of users reset whose removal was cut short or refused.
     */
    bool retryFailed();
    /** Users reset whose method removal was cut short (a cancel) or refused: Retry failed takes them. */
    int methodRemovalsLeft() const;

    /** No new $batch goes out; those in flight finish. */
    void pause();
    void resume();
    /** Stops sending; waits for requests in flight, then marks the rest cancelled. */
    void cancel();

    Phase phase() const { return m_phase; }
    Ending ending() const { return m_ending; }
    /** Ending::Stopped: the answer that stopped the run. */
    const GraphError &stopError() const { return m_stopError; }
    bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Finished; }
    bool isPaused() const { return m_paused; }
    bool isCancelling() const { return m_cancelling; }
    const BulkResetSettings &settings() const { return m_settings; }
    const QList<BulkItemResult> &results() const { return m_results; }
    Progress progress() const;
    /** While Microsoft 365 asked to wait (a throttled answer's Retry-After): ms until sending goes on; else 0. */
    qint64 serviceWaitMs() const { return isRunning() ? m_pacer.heldMs() : 0; }
    ResetJournal *journal() const { return m_journal; }
    /** The method-removal step of a containment run (its audit trail is set by the owner). */
    ContainmentSteps *containment() const { return m_containment; }

Q_SIGNALS:
    void phaseChanged(BulkResetRunner::Phase phase);
    void pausedChanged(bool paused);
    void itemChanged(int index);
    void progressChanged();
    /** The journal could not be written: the run paused; nothing was sent without its record. */
    void journalFailed(const QString &detail);
    void finished();

private:
    /** A queued result with the run's sign-out choice. */
    BulkItemResult resultFor(const QString &userId, const QString &userPrincipalName, const QString &displayName,
        const SecretString &password) const;
    /** A new round of sending: the rate and the automatic re-sends start over. */
    void restartMeasures();
    /** Items of the running batch, in its order, and what they do. */
    void sendResets(const QList<int> &indices);
    void sendSignOuts();
    /** Containment: removes the methods of the users reset that still have them to remove, else finishes. */
    void removeMethodsOrFinish();
    void startBatch(const QList<GraphRequest> &requests, const QList<int> &indices, bool signOut);
    bool beforeSend(const QList<int> &batchIndices);
    void onItemFinished(int batchIndex, const GraphResponse &response);
    void onReset(int index, const GraphResponse &response);
    /** Stops the round when @p error shows that no user of it can be reset. */
    void watchForRunStop(const GraphError &error);
    void onSignedOut(int index, const GraphResponse &response);
    void onWaiting(int batchIndex);
    void onBatchFinished();
    /** Writes the answers gathered since the last flush: one fsync per $batch answer, not per user. */
    bool flushJournal();
    void failJournal();
    void finish();
    void setState(int index, BulkItemResult::State state);
    void setPhase(Phase phase);
    void scheduleProgress();
    QList<int> indicesIn(std::initializer_list<BulkItemResult::State> states) const;

    GraphClient *m_client;
    WritePacer m_pacer;
    int m_maxInFlight = 4;
    ResetJournal *m_journal = nullptr;
    BulkResetSettings m_settings;
    QList<BulkItemResult> m_results;
    /** Users per state, kept current by setState(). */
    std::array<int, 7> m_stateCounts {};
    QPointer<GraphBatch> m_batch;
    QList<int> m_batchIndices;
    bool m_batchSignsOut = false;
    /** Rounds that re-sent uncertain users by themselves before giving up on them. */
    int m_uncertainRounds = 0;
    Ending m_ending = Ending::None;
    GraphError m_stopError;
    /** Refusals for lack of permission in a row before anyone of the run was reset. */
    int m_refusalsInARow = 0;
    /** Users sent in the current round (the first send, a retry or a resume). */
    int m_roundSize = 0;
    bool m_anyConfirmed = false;
    QStringList m_pendingConfirmed;
    QHash<QString, QStringList> m_pendingFailedByReason;
    QTimer *m_flushTimer;
    ContainmentSteps *m_containment;
    QTimer *m_progressTimer;
    Phase m_phase = Phase::Idle;
    bool m_paused = false;
    bool m_cancelling = false;
    /** A batch ended while the journal could not be written; resume() writes and carries on. */
    bool m_flushPending = false;
    /** For the rate: (ms on the clock's monotonic time, users finished so far), the last few seconds. */
    std::deque<std::pair<qint64, int>> m_rateSamples;
};
