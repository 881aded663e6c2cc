// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryRolesReader.h"
#include "directory/DirectoryUser.h"
#include "directory/PartitionedUserListReader.h"
#include "directory/RoleHolders.h"
#include "graph/GraphError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

class GraphCall;
class GraphClient;
class GraphPageReader;
class UserListModel;

/**
 * Loads the directory's users for the user list, and refreshes them later with only what changed.
 *
 * Full load: first GET /users/delta?$select=…&$deltatoken=latest ("sync from now", supported for
 * Entra ID objects) for a deltaLink that sees every change from this moment, then the list from
 * /users?$select=…&$top=999. Real Graph ignores $top on /users/delta (pages there are smaller),
 * which is why the list itself comes from /users. load() waits for GET /users/$count (read in
 * parallel with the deltaLink) and reads the list in parts side by side, one per first character
 * of the user principal name (PartitionedUserListReader); only when that union is proven complete
 * against the count does it count as the list. Otherwise the plain nextLink chain of /users
 * follows, keeping the rows shown as a load after an expired deltaLink does (below), so whatever
 * the parts brought is updated in place or removed at the end. The chain is read directly by any
 * other full load, when the count cannot be read, and for a directory of a few pages, where a
 * request per part would cost more than the parts save. The deltaLink was taken before the list
 * in every case, so changes during the load are caught by the next refresh. A service that
 * refuses $deltatoken=latest gets the whole list from /users/delta?$select=…&$top=999 instead,
 * whose last page carries the deltaLink. In parallel: who holds which role, directly or through a
 * role-assignable group (DirectoryRolesReader: one call for the roles, one per group holding a
 * role), and self-service registration from the userRegistrationDetails report, "unavailable"
 * when the tenant or the admin may not read it.
 *
 * refresh() follows the stored deltaLink (changed users whole, deleted ones as @removed) and
 * rereads the roles; without a deltaLink it does a full load. When the service no longer knows
 * the token (about 7 days for users: 400 syncStateNotFound), a full load follows that keeps the
 * rows shown: pages update them in place, and only once the load is complete are the users it
 * did not bring removed. resume() is a refresh of a list the model already holds from a saved
 * copy. When a model is set, the loader feeds it; the signals carry the same data.
 */
class UserDirectoryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectoryLoader)
public:
    static constexpr int DefaultPageSize = 999;

    explicit UserDirectoryLoader(GraphClient *client, QObject *parent = nullptr);
    ~UserDirectoryLoader() override;

    void setModel(UserListModel *model);
    /** $top of the user list (1..999); smaller only in tests. */
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    /** Also read userRegistrationDetails on a full load (default on). */
    void setLoadRegistration(bool load) { m_loadRegistration = load; }

    /** Starts a full load; a load or refresh under way is cancelled first. */
    void load();
    /**
     * Only the changes since the last load or refresh (and the roles again); a full load when
     * there is no deltaLink. Does nothing while a load or refresh is under way.
     */
    void refresh();
    /**
     * Brings a list already in the model (a saved copy) up to date from @p deltaLink, the link
     * saved with it: a refresh that also reads the registration report. A load or refresh under
     * way is cancelled first.
     */
    void resume(const QUrl &deltaLink);
    /** Stops what is under way; finished(Cancelled) follows at once. */
    void cancel();
    /**
     * Reads only the userRegistrationDetails report again, e.g. once the admin consented to
     * AuditLog.Read.All; a reading under way starts over. Inside a full load it stays part of
     * that round; otherwise it runs on its own and the users are left alone.
     */
    void reloadRegistration();

    bool isBusy() const { return m_mode != Mode::Idle; }
    /** A full load is under way: the list is not complete yet. */
    bool isLoadingAll() const { return m_mode == Mode::Full; }
    bool isReadingRegistration() const { return m_readingRegistration; }
    /** Users received in the current or last full load, or changes in the current or last refresh. */
    int receivedCount() const { return m_received; }
    /** Where the next refresh starts; empty until a full load completed. */
    QUrl deltaLink() const { return m_deltaLink; }

Q_SIGNALS:
    /** A load (@p full) or refresh started. */
    void started(bool full);
    /** One page of a full load. */
    void usersReceived(const QList<DirectoryUser> &users);
    /** One page of a refresh: changed or new users, and deleted ones. */
    void deltaReceived(const QList<DirectoryUser> &changed, const QStringList &removedIds);
    /** Users (or changes) received so far in this round. */
    void progress(int received);
    /**
     * How many users a full load is about to bring, from GET /users/$count (an estimate: the
     * count is eventually consistent). Not emitted when the count cannot be read.
     */
    void expectedCountReceived(int count);
    /** Who holds which role, directly or through a role-assignable group. */
    void rolesReceived(const RoleHolders &holders);
    /** The registration report is being read (in a full load or by reloadRegistration()). */
    void registrationStarted();
    /** isSsprRegistered per user id (users the report leaves out are absent). */
    void registrationReceived(const QHash<QString, bool> &registeredByUser);
    /** The report could not be read; LicenseRequired or InsufficientPrivileges: it never will be. */
    void registrationUnavailable(const GraphError &error);
    /** Everything of this round is done; error.kind None, Cancelled, or why the users failed. */
    void finished(const GraphError &error);

private:
    enum class Mode { Idle, Full, Delta };

    /** A full load; @p keepRows leaves the model's rows in place until the load is complete. */
    void startFull(bool keepRows);
    void startDeltaLatest();
    void startList(const QString &path, bool fromDelta);
    void startDelta();
    void startRoles();
    void startCount();
    /** The list itself once its prerequisites are in: in parts, or in one chain. */
    void startUsers();
    void partsReceived(const QList<DirectoryUser> &users);
    void partsFinished(PartitionedUserListReader::Outcome outcome);
    void startRegistration();
    void stopRegistration();
    void rolesRead(const RoleHolders &holders, const GraphError &error);
    void usersDone(const GraphError &error);
    void partDone();
    void finish(const GraphError &error);
    void stopAll();

    GraphClient *m_client;
    QPointer<UserListModel> m_model;
    QPointer<GraphCall> m_latestCall;
    QPointer<GraphPageReader> m_usersReader;
    DirectoryRolesReader m_roles;
    PartitionedUserListReader m_parts;
    QPointer<GraphCall> m_countCall;
    QPointer<GraphPageReader> m_registrationReader;
    QHash<QString, bool> m_registration;
    /** Ids a full load that keeps the rows shown has brought so far; the others go at its end. */
    QSet<QString> m_seenIds;
    bool m_keepRows = false;
    /** This full load reads the list in parts (PartitionedUserListReader) until they fall short. */
    bool m_partitioned = false;
    /** The sync-from-now deltaLink is in: the list may start. */
    bool m_latestDone = false;
    /** GET /users/$count answered (m_expectedCount -1 when it failed). */
    bool m_countDone = false;
    int m_expectedCount = -1;
    QUrl m_deltaLink;
    QUrl m_pendingDeltaLink;
    Mode m_mode = Mode::Idle;
    GraphError m_usersError;
    int m_pageSize = DefaultPageSize;
    int m_received = 0;
    int m_partsLeft = 0;
    quint64 m_generation = 0;
    /** Separate from m_generation: the report can be read again outside a round. */
    quint64 m_registrationGeneration = 0;
    bool m_loadRegistration = true;
    bool m_readingRegistration = false;
    /** The round under way waits for the report (one of its m_partsLeft). */
    bool m_registrationInRound = false;
    bool m_latestUnsupported = false;
};
