// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class GraphCall;
class GraphClient;

/**
 * Finds groups whose name starts with what the admin typed (GET /groups?$filter=startswith(
 * displayName,'…')&$select=id,displayName), so a group of new starters can be picked for a
 * Temporary Access Pass run. One search at a time: a new one drops the answer of the last.
 */
class TapGroupSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapGroupSearch)
public:
    struct Group
    {
        QString id;
        QString displayName;
    };

    /** At most this many groups are listed; a longer name narrows the search. */
    static constexpr int maximumResults = 50;

    explicit TapGroupSearch(GraphClient *client, QObject *parent = nullptr);
    ~TapGroupSearch() override;

    /** Searches for groups whose display name starts with @p prefix (case-insensitive, as Graph compares). */
    void find(const QString &prefix);
    /** The filter expression for @p prefix, its quotation marks doubled as OData requires. */
    static QString filterFor(const QString &prefix);

Q_SIGNALS:
    /** @p more: Graph has further matches beyond the ones listed. */
    void found(const QString &prefix, const QList<TapGroupSearch::Group> &groups, bool more);
    void failed(const QString &prefix, const GraphError &error);

private:
    void dropCall();

    GraphClient *m_client;
    QPointer<GraphCall> m_call;
};
