// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class GraphClient;
class GraphPageReader;

/**
 * Reads every user of the directory in parts that run side by side, and says whether the union
 * is provably the whole list.
 *
 * Why parts are possible: $filter=startswith(userPrincipalName,'x') works on /users by default,
 * without ConsistencyLevel ("Advanced query capabilities on Microsoft Entra ID objects", the
 * filter table for users), and combines with $select and $top like the plain list; each part
 * pages through its own @odata.nextLink chain. Directory string comparisons ignore case, so one
 * part per letter covers both cases (were they to match case, names starting with a capital would
 * be missing, and the count below would say so). The characters are the ones Microsoft allows in a user
 * principal name (the user resource page: A-Z, a-z, 0-9 and ' . - _ ! # ^ ~) and "$", which the
 * "Get user" page names as a possible first character. Guests' names ("anna_example.com#EXT#@…")
 * begin with the invited address's first character, normally one of those.
 *
 * Why the union is checked rather than trusted: nothing guarantees that every user principal
 * name starts with one of these (the user resource page points to a fuller list of allowed
 * characters; a guest's address may start with "+"), and a part can fail. So the reading is Complete only when every part ended without error AND the number
 * of distinct users equals GET /users/$count (an advanced query: ConsistencyLevel: eventual). The
 * union holds only real users, counted once by id; if it is as large as the directory it is the
 * directory. The count is eventually consistent: a user created or deleted around the reading
 * makes them differ, and the reading is then Incomplete, which costs time but never a user.
 * Only a miss exactly balanced by another difference (the index lagging, or a user deleted after
 * its part brought it) could pass; the caller's next delta round, from a deltaLink taken before
 * the reading, brings any such user once it changes.
 * The caller reads the count before the parts start. Errors the GraphClient retries (429,
 * 503, dropped connections) are retried there; what reaches a part is final for this reading.
 *
 * At most ChainsInFlight parts are read at once. The identity service allows an application
 * 3,500 (small tenants) to 8,000 (over 500 users) resource units per 10 s in a tenant, and a
 * page of GET /users with $select costs 1; six chains, each waiting 0.3-1.5 s per page, ask
 * for at most 20 a second, a seventeenth of the smallest budget. Six is also how many
 * connections Qt opens to one host over HTTP/1.1, so more would only queue.
 */
class PartitionedUserListReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartitionedUserListReader)
public:
    enum class Outcome {
        Complete, ///< every part arrived and the union's size equals the directory's count
        Incomplete, ///< a part failed, or the union's size differs from the count
        Cancelled,
    };

    static constexpr int ChainsInFlight = 6;

    explicit PartitionedUserListReader(GraphClient *client, QObject *parent = nullptr);
    ~PartitionedUserListReader() override;

    /** The first characters of a user principal name, one part each (lower case). */
    static QStringList prefixes();
    /** The $filter of the part for @p prefix, its quotes doubled as OData string literals need. */
    static QString partFilter(const QString &prefix);

    /**
     * Whether parts are faster than one chain for @p count users at @p pageSize: every part costs
     * at least one request, so a directory of a few pages is read sooner in one chain.
     */
    static bool pays(int count, int pageSize);

    /**
     * Starts reading with $select @p select and $top @p pageSize, to be proven against
     * @p expectedCount, what GET /users/$count just said. A reading under way is abandoned
     * without its finished().
     */
    void start(const QString &select, int pageSize, int expectedCount);
    /** Stops; finished(Cancelled) follows at once. */
    void cancel();
    bool isBusy() const { return m_busy; }
    /** Distinct users received in this reading. */
    int receivedCount() const { return int(m_ids.size()); }

Q_SIGNALS:
    /** One page of one part; a user whose name changed meanwhile may come again in another part. */
    void usersReceived(const QList<DirectoryUser> &users);
    /** Once per reading that was not abandoned by another start(). */
    void finished(PartitionedUserListReader::Outcome outcome);

private:
    void startNextPart();
    void partDone(bool ok);
    void finishIfDone();
    void finish(Outcome outcome);
    void stopAll();

    GraphClient *m_client;
    QString m_select;
    int m_pageSize = 999;
    QStringList m_waiting;
    QList<QPointer<GraphPageReader>> m_readers;
    QSet<QString> m_ids;
    int m_partsRunning = 0;
    int m_expectedCount = -1;
    bool m_busy = false;
    quint64 m_generation = 0;
};
