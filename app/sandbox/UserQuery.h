// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxTypes.h"
#include "sandbox/UserFilter.h"

#include <QStringList>

#include <memory>
#include <optional>

struct SandboxUser;

/**
 * The query options of GET /users and /users/$count: $select, $top, $filter, $search, $orderby,
 * $count, and the ConsistencyLevel rules for advanced queries. Parsing either yields a query or
 * the exact Graph error response.
 */
class UserQuery final
{
public:
    static constexpr int DefaultPageSize = 100;
    static constexpr int MaximumPageSize = 999;

    /** Parses @p request's options; nullopt on success with @p out filled, else Graph's 400. */
    static std::optional<SandboxResponse> parse(const SandboxRequest &request, UserQuery &out);
    /** For /users/$count: ConsistencyLevel: eventual is always needed. */
    static std::optional<SandboxResponse> parseForCount(const SandboxRequest &request, UserQuery &out);

    bool matches(const SandboxUser &user) const;
    bool hasCriteria() const { return m_filter || !m_search.empty(); }

    const QStringList &select() const { return m_select; }
    bool explicitSelect() const { return m_explicitSelect; }
    int pageSize() const { return m_top; }
    bool wantsCount() const { return m_count; }
    /** Empty when unordered (stable directory order). */
    const QString &orderBy() const { return m_orderBy; }
    bool orderDescending() const { return m_descending; }

    /** The message of Graph's 400 Request_UnsupportedQuery for $search without ConsistencyLevel. */
    static QString searchNeedsConsistencyMessage();
    /** The message Graph sends for /users/$count without ConsistencyLevel. */
    static QString countNeedsConsistencyMessage();

private:
    struct SearchClause
    {
        QString property;
        QStringList words; // lower-case prefixes
        bool andWithNext = false;
    };
    bool searchMatches(const SandboxUser &user) const;
    static std::optional<SandboxResponse> parseSearch(
        const SandboxRequest &request, const QString &text, std::vector<SearchClause> &clauses);

    QStringList m_select;
    bool m_explicitSelect = false;
    int m_top = DefaultPageSize;
    std::shared_ptr<const UserFilter> m_filter;
    std::vector<SearchClause> m_search;
    QString m_orderBy;
    bool m_descending = false;
    bool m_count = false;
};
