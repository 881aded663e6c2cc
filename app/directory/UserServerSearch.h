// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "graph/GraphError.h"
#include "graph/GraphRequest.h"

#include <QObject>
#include <QPointer>
#include <QString>

class GraphCall;
class GraphClient;
class UserDirectoryLoader;
class UserListModel;

/**
 * Asks Graph for the users matching what the admin typed while the list is still loading, so a
 * person on a page that has not arrived yet shows up at once:
 *
 *   GET /users?$search="displayName:<t>" OR "userPrincipalName:<t>" OR "mail:<t>"
 *       &$select=<DirectoryUser::selectProperties()>&$top=999&$count=true
 *   ConsistencyLevel: eventual                                   ($search is an advanced query)
 *
 * One page only: a term with more than 999 matches is narrowed by typing on, not paged through.
 * Matches the list does not have yet are added to the model as unconfirmed rows; the full load's
 * pages then replace them in place (UserListModel::addSearchMatches). With a loader set, a search
 * only starts while that loader reads every user, and the results of a search still under way
 * when the load ends or restarts are dropped: the complete list is the truth from then on.
 */
class UserServerSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserServerSearch)
public:
    /** Fewer characters match too much of a large directory to be worth a request. */
    static constexpr int MinimumLength = 2;
    static constexpr int MaximumResults = 999;

    explicit UserServerSearch(GraphClient *client, QObject *parent = nullptr);
    ~UserServerSearch() override;

    void setModel(UserListModel *model);
    void setLoader(UserDirectoryLoader *loader);

    /**
     * @p term as it goes between the quotes of a $search clause: trimmed, inner whitespace
     * collapsed, and '"' and '\' replaced by spaces. Graph tokenizes directory properties on such
     * characters, so they can never be part of a match, but left in they would end the quoted
     * phrase (or escape its closing quote) and turn the request into a syntax error.
     */
    static QString phraseText(const QString &term);
    /** Whether @p term still has MinimumLength characters once made a phrase. */
    static bool isSearchable(const QString &term);
    /** The $search value: the phrase against display name, user name and mail, joined by OR. */
    static QString searchExpression(const QString &term);
    /** The whole request (percent-encoding is GraphClient's, see GraphRequest::encodedQuery). */
    static GraphRequest request(const QString &term);

    /**
     * Searches for @p term, cancelling a search under way. False (and nothing sent) when the term
     * is not searchable or, with a loader set, no full load is under way.
     */
    bool search(const QString &term);
    /** Drops the search under way; finished(Cancelled) follows at once. */
    void cancel();
    bool isBusy() const;
    /** The term of the search under way or of the last one. */
    const QString &term() const { return m_term; }

Q_SIGNALS:
    void started(const QString &term);
    /**
     * @p matches: users Graph returned; @p added: how many of them the list did not have yet.
     * error.kind None, Cancelled, or why the search failed.
     */
    void finished(const QString &term, int matches, int added, const GraphError &error);

private:
    void onFinished(const GraphResponse &response);
    void finish(int matches, int added, const GraphError &error);

    GraphClient *m_client;
    QPointer<UserListModel> m_model;
    QPointer<UserDirectoryLoader> m_loader;
    QPointer<GraphCall> m_call;
    QString m_term;
    quint64 m_generation = 0;
};
