// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"
#include "graph/GraphRequest.h"
#include "directory/PasswordPolicies.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class GraphBatch;
class GraphClient;

/**
 * Changes passwordPolicies for one user or thousands: reads every user's current value, merges
 * the change and writes the result, both steps through $batch (20 per request, throttling and
 * retries handled by GraphClient). Reading first is what keeps "never expires" from wiping
 * "allow weak passwords" and the other way round.
 */
class PasswordPolicyUpdater final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordPolicyUpdater)
public:
    struct Result
    {
        QString userId;
        GraphError error; // kind None: changed (or already as asked)
        PasswordPolicies policies; // the value the user has now, when known
        bool written = false; // false: the user already had what was asked, or the read failed
        QString requestId; // of the write, or of the read when nothing was written
    };

    explicit PasswordPolicyUpdater(GraphClient *client, QObject *parent = nullptr);

    void start(const QStringList &userIds, const PasswordPolicyChange &change);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /** One user done (either way); @p done of @p total so far. */
    void progress(int done, int total);
    void finished(const QList<PasswordPolicyUpdater::Result> &results);

private:
    void readCurrent();
    void writeMerged(const QList<GraphRequest> &writes, const QStringList &writeIds);
    void finishUser(const Result &result);
    void finishIfDone();

    GraphClient *m_client;
    PasswordPolicyChange m_change;
    QStringList m_userIds;
    QHash<QString, Result> m_results;
    QHash<QString, PasswordPolicies> m_wanted; // merged values on their way to the server
    QPointer<GraphBatch> m_batch;
    bool m_running = false;
};
