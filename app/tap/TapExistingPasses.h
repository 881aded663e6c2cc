// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class GraphBatch;
class GraphClient;

/**
 * Finds which users hold a Temporary Access Pass now (GET …/temporaryAccessPassMethods, 20 per
 * $batch), so the pre-flight can say whose pass a new one would replace.
 */
class TapExistingPasses final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapExistingPasses)
public:
    /** A pass a user holds now: what identifies it in the audit log once a new one replaces it. */
    struct Pass
    {
        QString id;
        QDateTime created;
    };

    explicit TapExistingPasses(GraphClient *client, QObject *parent = nullptr);
    void read(const QStringList &userIds);
    /** The passes the last finished read found, by user id (never their values: Graph returns none). */
    const QHash<QString, Pass> &passes() const { return m_passes; }

Q_SIGNALS:
    /** @p withPass hold a pass; @p unknown could not be read (the run will replace theirs unasked). */
    void finished(const QSet<QString> &withPass, const QStringList &unknown);

private:
    GraphClient *m_client;
    QPointer<GraphBatch> m_batch;
    QHash<QString, Pass> m_passes;
};
