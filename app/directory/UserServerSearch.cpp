// SPDX-License-Identifier: MIT
#include "directory/UserServerSearch.h"

#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "graph/GraphClient.h"
#include "graph/GraphPage.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcSearch, "resetdesk.directory.search")

} // namespace

UserServerSearch::UserServerSearch(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

UserServerSearch::~UserServerSearch()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void UserServerSearch::setModel(UserListModel *model)
{
    m_model = model;
}

void UserServerSearch::setLoader(UserDirectoryLoader *loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    if (!loader)
        return;
    // A new load clears the list; a finished one is complete: either way a pending answer is stale.
    connect(loader, &UserDirectoryLoader::started, this, &UserServerSearch::cancel);
    connect(loader, &UserDirectoryLoader::finished, this, &UserServerSearch::cancel);
}

QString UserServerSearch::phraseText(const QString &term)
{
    QString text = term;
    text.replace(u'"', u' ');
    text.replace(u'\\', u' ');
    return text.simplified();
}

bool UserServerSearch::isSearchable(const QString &term)
{
    return phraseText(term).size() >= MinimumLength;
}

QString UserServerSearch::searchExpression(const QString &term)
{
    const QString phrase = phraseText(term);
    return u"\"displayName:%1\" OR \"userPrincipalName:%1\" OR \"mail:%1\""_s.arg(phrase);
}

GraphRequest UserServerSearch::request(const QString &term)
{
    GraphQuery query;
    query.addQueryItem(u"$search"_s, searchExpression(term));
    query.addQueryItem(u"$select"_s, DirectoryUser::selectProperties());
    query.addQueryItem(u"$top"_s, QString::number(MaximumResults));
    // $search is an advanced query: it needs both $count=true and the header.
    query.addQueryItem(u"$count"_s, u"true"_s);
    GraphRequest request = GraphRequest::get(u"/users"_s, query);
    request.eventualConsistency = true;
    request.keepRawJson = true; // decoded by DirectoryUser::listFromJson, as the load's pages
    return request;
}

bool UserServerSearch::search(const QString &term)
{
    cancel();
    if (!isSearchable(term) || (m_loader && !m_loader->isLoadingAll()))
        return false;
    m_term = term;
    const quint64 generation = ++m_generation;
    m_call = m_client->send(request(term));
    connect(m_call, &GraphCall::finished, this, [this, generation](const GraphResponse &response) {
        if (generation == m_generation)
            onFinished(response);
    });
    Q_EMIT started(term);
    return true;
}

bool UserServerSearch::isBusy() const
{
    return !m_call.isNull();
}

void UserServerSearch::cancel()
{
    if (!m_call)
        return;
    ++m_generation;
    GraphCall *call = m_call;
    m_call = nullptr;
    call->cancel();
    finish(0, 0, GraphError::make(GraphError::Kind::Cancelled));
}

void UserServerSearch::onFinished(const GraphResponse &response)
{
    m_call = nullptr;
    if (!response.ok()) {
        // Nothing lost: the load brings the same users a little later.
        qCInfo(lcSearch) << "directory search failed:" << response.error.technicalSummary();
        finish(0, 0, response.error);
        return;
    }
    if (m_loader && !m_loader->isLoadingAll()) {
        finish(0, 0, GraphError::make(GraphError::Kind::Cancelled));
        return;
    }
    const QList<DirectoryUser> users = DirectoryUser::listFromJson(GraphPage::read(response, true).rawItems);
    const int added = m_model ? m_model->addSearchMatches(users) : 0;
    finish(int(users.size()), added, {});
}

void UserServerSearch::finish(int matches, int added, const GraphError &error)
{
    Q_EMIT finished(m_term, matches, added, error);
}
