// SPDX-License-Identifier: MIT
#include "directory/UserDirectory.h"

#include "directory/UserDetailsLoader.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "directory/UserServerSearch.h"

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
}

// The loaders stop silently as they go and hold the model weakly, so the order they go in is free.
UserDirectory::~UserDirectory() = default;
