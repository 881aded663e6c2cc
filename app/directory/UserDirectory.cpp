// SPDX-License-Identifier: MIT
#include "directory/UserDirectory.h"

#include "directory/DirectoryCache.h"
#include "directory/UserDetailsLoader.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "directory/UserServerSearch.h"
#include "graph/GraphClient.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcDirectoryStart, "resetdesk.directory.start")

} // namespace

UserDirectory::UserDirectory(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new UserListModel(this))
    , m_loader(new UserDirectoryLoader(client, this))
    , m_detailsLoader(new UserDetailsLoader(client, this))
    , m_search(new UserServerSearch(client, this))
{
    m_loader->setModel(m_model);
    // Matches found while the list loads go into the same list, and only while a full load runs.
    m_search->setModel(m_model);
    m_search->setLoader(m_loader);
    connect(m_loader, &UserDirectoryLoader::finished, this, &UserDirectory::onLoaderFinished);
}

// The loaders stop silently as they go and hold the model weakly, so the order they go in is free.
UserDirectory::~UserDirectory() = default;

void UserDirectory::setCache(DirectoryCache *cache)
{
    if (m_cache == cache)
        return;
    if (m_cache)
        disconnect(m_cache, nullptr, this, nullptr);
    m_cache = cache;
    m_waitingForCopy = false;
    if (!m_cache)
        return;
    connect(m_cache, &DirectoryCache::loaded, this, [this](const DirectoryCacheFile::Snapshot &snapshot) {
        if (std::exchange(m_waitingForCopy, false))
            showSavedCopy(snapshot);
    });
    connect(m_cache, &DirectoryCache::unavailable, this, [this] {
        if (std::exchange(m_waitingForCopy, false))
            m_loader->load();
    });
}

void UserDirectory::start(const QString &adminId)
{
    m_adminId = adminId;
    if (!m_cache) {
        m_loader->load();
        return;
    }
    m_waitingForCopy = true;
    m_cache->load();
}

void UserDirectory::stop()
{
    m_waitingForCopy = false;
    ++m_copyGeneration;
    m_copy = {};
    if (m_savedCopyTime.isValid()) {
        m_savedCopyTime = {};
        Q_EMIT savedCopyChanged();
    }
}

void UserDirectory::showSavedCopy(const DirectoryCacheFile::Snapshot &snapshot)
{
    // The deltaLink only means something to the Graph endpoint that gave it, and the list is
    // what the admin who saved it could read.
    const QString root = m_client->graphRoot().toString();
    if (snapshot.adminId != m_adminId || !snapshot.deltaLink.toString().startsWith(root + u'/')) {
        qCInfo(lcDirectoryStart) << "the saved user list is of another admin or endpoint; loading every user";
        m_loader->load();
        return;
    }
    m_loader->cancel();
    m_model->clear();
    m_model->reserve(int(snapshot.users.size()));
    m_copy = snapshot;
    m_copyRowsShown = 0;
    insertCopyRows(++m_copyGeneration);
}

void UserDirectory::insertCopyRows(quint64 generation)
{
    if (generation != m_copyGeneration)
        return;
    if (m_loader->isBusy()) {
        // Something else reads the list (F5 before the copy was in): that wins, the copy is dropped.
        m_copy = {};
        return;
    }
    const qsizetype rows = qMin(CopyRowsPerTurn, m_copy.users.size() - m_copyRowsShown);
    m_model->appendUsers(m_copy.users.mid(m_copyRowsShown, rows));
    m_copyRowsShown += rows;
    if (m_copyRowsShown < m_copy.users.size()) {
        // The next rows after the view has painted and the admin's input has been handled.
        QTimer::singleShot(0, this, [this, generation] { insertCopyRows(generation); });
        return;
    }
    // Only now the changes: a changed user must not be overwritten by its saved row.
    const QUrl deltaLink = m_copy.deltaLink;
    m_savedCopyTime = m_copy.savedAt;
    m_copy = {};
    m_loader->resume(deltaLink);
    Q_EMIT savedCopyChanged();
}

void UserDirectory::onLoaderFinished(const GraphError &error)
{
    if (error.isError())
        return;
    if (m_savedCopyTime.isValid()) {
        m_savedCopyTime = {};
        Q_EMIT savedCopyChanged();
    }
    if (m_cache && !m_adminId.isEmpty() && !m_loader->deltaLink().isEmpty()) {
        m_cache->save({m_adminId, QDateTime::currentDateTimeUtc(), m_loader->deltaLink(), m_model->users()});
    }
}
