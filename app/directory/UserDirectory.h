// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

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


private:
    GraphClient *m_client;
    UserListModel *m_model;
    UserDirectoryLoader *m_loader;
    UserDetailsLoader *m_detailsLoader;
    UserServerSearch *m_search;
};
