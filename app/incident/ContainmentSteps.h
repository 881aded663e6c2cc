// SPDX-License-Identifier: MIT
#pragma once

#include "audit/AuditLog.h"
#include "directory/SignedInAdmin.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

class GraphClient;
class MethodRemoval;
class ResetJournal;
struct BulkItemResult;

/**
 * The step of a containment run after a user's password is set and their sessions are revoked:
 * "require re-registering MFA", MethodRemoval for each user, a few users at a time through the
 * run's GraphClient (so the one retry policy and token refresh apply). Each user's outcome is
 * journalled when that user is done, so a run resumed after a crash starts only on the users it
 * had not finished; a user cut off half-way is simply listed again, and what was already deleted
 * is no longer there to delete.
 */
class ContainmentSteps final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainmentSteps)
public:
    struct User
    {
        /** The user's index in the run's results. */
        int index = -1;
        QString userId;
        QString userPrincipalName;
    };

    explicit ContainmentSteps(GraphClient *client, QObject *parent = nullptr);
    ~ContainmentSteps() override;

    /** Who the audit lines of each removed method name as the admin, and where they go. */
    void setAuditTrail(const AuditLog &log, const SignedInAdmin &admin);
    /** Users whose methods are removed at the same time (each user's methods go one after the other). */
    void setMaxUsersInFlight(int count) { m_maxInFlight = qMax(1, count); }

    /** Removes the methods of @p users, recording each outcome in @p journal (which must outlive the step).
     */
    void start(ResetJournal *journal, const QList<User> &users);
    /** No further user is started; those under way finish. */
    void pause();
    void resume();
    /** As pause(), for good: finished() follows once the users under way are done. */
    void cancel();
    bool isRunning() const { return m_running; }

    /** @p outcome as the journal keeps it, written into @p result. */
    static void apply(const QJsonObject &outcome, BulkItemResult &result);

Q_SIGNALS:
    /** Result @p index's methods were dealt with; @p outcome is what apply() takes. */
    void userFinished(int index, const QJsonObject &outcome);
    void finished();

private:
    void startMore();
    void onRemovalFinished(MethodRemoval *removal, const User &user);
    static QJsonObject outcomeOf(const MethodRemoval &removal);

    GraphClient *m_client;
    AuditLog m_audit;
    SignedInAdmin m_admin;
    ResetJournal *m_journal = nullptr;
    QList<User> m_queue;
    int m_inFlight = 0;
    int m_maxInFlight = 4;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
};
