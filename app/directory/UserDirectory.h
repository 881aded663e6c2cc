// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryCache.h"
#include "directory/DirectoryCacheFile.h"
#include "graph/GraphError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class GraphClient;
class UserDetailsLoader;
class UserDirectoryLoader;
class UserListModel;
class UserServerSearch;

/**
 * The directory's users as one console session reads them: the list (UserListModel), the loader
 * that fills it page by page and by delta, the search that finds users on pages not yet loaded,
 * and the reader of one user's contact details, all through one GraphClient. Views bind to these
 * objects; none of them creates its own.
 *
 * With a DirectoryCache (a saved organisation; never the demo), start() shows the list saved at
 * the end of the last load or refresh at once and brings it up to date with /users/delta; every
 * load or refresh that completes saves the list again.
 */
class UserDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDirectory)
public:
    explicit UserDirectory(GraphClient *client, QObject *parent = nullptr);
    ~UserDirectory() override;

    GraphClient *client() const { return m_client; }
    UserListModel *model() const { return m_model; }
    UserDirectoryLoader *loader() const { return m_loader; }
    UserDetailsLoader *detailsLoader() const { return m_detailsLoader; }
    UserServerSearch *search() const { return m_search; }

    /** Where the list is saved between sign-ins; nullptr (the default) saves nothing. */
    void setCache(DirectoryCache *cache);
    DirectoryCache *cache() const { return m_cache; }

    /**
     * At sign-in as @p adminId: the saved copy of that admin's list at once, then its changes;
     * without a usable copy (none, another admin's, another Graph endpoint's) a full load.
     */
    void start(const QString &adminId);
    /** Forgets what start() began: a copy still being read is not shown. */
    void stop();
    /**
     * When the copy shown was saved, from the moment all of it is in the list until it is up to
     * date; invalid otherwise.
     */
    QDateTime savedCopyTime() const { return m_savedCopyTime; }

Q_SIGNALS:
    /** savedCopyTime() changed: a saved copy is shown, or it has been brought up to date. */
    void savedCopyChanged();

private:
    /**
     * Rows of the saved copy put into the list per turn of the event loop: a page of a load is
     * about a thousand, and 100,000 rows sorted into the view at once would freeze it for
     * hundreds of milliseconds.
     */
    static constexpr qsizetype CopyRowsPerTurn = 5000;

    void showSavedCopy(const DirectoryCacheFile::Snapshot &snapshot);
    void insertCopyRows(quint64 generation);
    void onLoaderFinished(const GraphError &error);

    GraphClient *m_client;
    UserListModel *m_model;
    UserDirectoryLoader *m_loader;
    UserDetailsLoader *m_detailsLoader;
    UserServerSearch *m_search;
    QPointer<DirectoryCache> m_cache;
    QString m_adminId;
    QDateTime m_savedCopyTime;
    /** The saved copy while its rows go into the list, and how many are in. */
    DirectoryCacheFile::Snapshot m_copy;
    qsizetype m_copyRowsShown = 0;
    /** Changes when a start is forgotten: rows of its copy still to come must not arrive. */
    quint64 m_copyGeneration = 0;
    bool m_waitingForCopy = false;
};
