// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "tap/TapIssueResult.h"
#include "tap/TapSettings.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class GraphBatch;
class GraphClient;
class ResetJournal;
struct GraphResponse;

/**
 * Issues Temporary Access Passes: POST /users/{id}/authentication/temporaryAccessPassMethods,
 * 20 per $batch. The service chooses the value, so the promise of the password runs reads here:
 * every user is planned in the ResetJournal before anything is sent, marked sent before its
 * request goes out, and the pass is journalled (fsynced, encrypted) the moment it arrives, before
 * anyone sees it. An answer that is lost leaves the user "sent": the service may hold a pass
 * nobody knows, so it is sent again (automatically once, then by Retry or a resume after a
 * crash), and the new pass replaces the unknown one. A pass that was journalled is never
 * requested again, so no user ends up with a pass other than the one handed over.
 */
class TapIssueRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapIssueRunner)
public:
    explicit TapIssueRunner(GraphClient *client, QObject *parent = nullptr);
    ~TapIssueRunner() override;

    /** Whether @p journal holds a Temporary Access Pass run (not a password reset). */
    static bool isTapJournal(const ResetJournal &journal);
    /** The terms of a pass as Graph returned it (temporaryAccessPassAuthenticationMethod). */
    static TemporaryAccessPassTerms termsFromJson(const QJsonObject &pass);

    /**
     * Plans @p users and @p settings in @p journal, then sends. False with @p error when it cannot
     * be written. @p runDetails (what the run's owner must know again after a resume) is kept
     * beside the settings.
     */
    bool start(ResetJournal *journal, const QList<DirectoryUser> &users, const TapSettings &settings, QString *error,
               const QJsonObject &runDetails = {});
    /** Picks up a run from its journal: journalled passes stand, unanswered users are sent again. */
    bool resume(ResetJournal *journal, QString *error);
    /** Sends the failed, uncertain and cancelled users again. */
    bool retryFailed();
    /** Stops sending; requests in flight finish. */
    void cancel();

    bool isRunning() const { return !m_batch.isNull(); }
    const TapSettings &settings() const { return m_settings; }
    const QList<TapIssueResult> &results() const { return m_results; }
    ResetJournal *journal() const { return m_journal; }
    int count(TapIssueResult::State state) const;

Q_SIGNALS:
    void itemChanged(int index);
    /** The journal could not be written: nothing more is sent. */
    void journalFailed();
    void finished();

private:
    void send(const QList<int> &indices);
    void onAnswer(int index, const GraphResponse &response);
    void onBatchFinished();
    void setState(int index, TapIssueResult::State state);
    QList<int> indicesIn(std::initializer_list<TapIssueResult::State> states) const;

    GraphClient *m_client;
    ResetJournal *m_journal = nullptr;
    TapSettings m_settings;
    QList<TapIssueResult> m_results;
    QPointer<GraphBatch> m_batch;
    QList<int> m_batchIndices;
    int m_automaticResends = 0;
    bool m_cancelled = false;
};
