// SPDX-License-Identifier: MIT
#include "sandbox/UserQuery.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/UserJson.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

bool hasEventualConsistency(const SandboxRequest &request)
{
    return request.header("consistencylevel").trimmed().compare("eventual", Qt::CaseInsensitive) == 0;
}

/** Query options may arrive as "$filter" or, percent-encoded, "%24filter": Graph accepts both. */
std::optional<QString> option(const SandboxRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0 || key.compare(name.mid(1), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

const QRegularExpression &wordSeparators()
{
    static const QRegularExpression separators(u"[\\s.@_\\-#,()]+"_s);
    return separators;
}

const QStringList &searchableProperties()
{
    static const QStringList properties {u"displayName"_s, u"userPrincipalName"_s, u"mail"_s, u"givenName"_s,
        u"surname"_s, u"mailNickname"_s, u"jobTitle"_s};
    return properties;
}

const QStringList &sortableProperties()
{
    static const QStringList properties {u"displayName"_s, u"userPrincipalName"_s, u"mail"_s, u"givenName"_s,
        u"surname"_s, u"createdDateTime"_s};
    return properties;
}

std::optional<SandboxResponse> advancedQueryError(const SandboxRequest &request, const QString &property)
{
    return GraphErrors::unsupportedQuery(request,
        u"Unsupported or invalid query filter clause specified for property '%1' of resource 'User'."_s.arg(
            property));
}

} // namespace

QString UserQuery::searchNeedsConsistencyMessage()
{
    return u"Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'"_s;
}

QString UserQuery::countNeedsConsistencyMessage()
{
    return u"Raw count (/$count) is not supported because the 'ConsistencyLevel:eventual' header is missing. Refer to https://aka.ms/graph-docs/advanced-queries for more information"_s;
}

std::optional<SandboxResponse> UserQuery::parseSearch(
    const SandboxRequest &request, const QString &text, std::vector<SearchClause> &clauses)
{
    // "displayName:ann" OR "mail:ann": every clause quoted, joined by OR / AND.
    static const QRegularExpression clausePattern(u"\\s*\"([^\"]*)\"\\s*(?:(OR|AND)\\s+|$)"_s);
    qsizetype position = 0;
    const QString trimmed = text.trimmed();
    while (position < trimmed.size()) {
        const QRegularExpressionMatch match = clausePattern.match(trimmed, position,
            QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch() || match.capturedLength() == 0) {
            return GraphErrors::error(request, 400, u"Request_UnsupportedQuery"_s,
                u"Syntax error: character '%1' is not valid at position %2 in '%3'."_s.arg(
                    trimmed.mid(position, 1), QString::number(position), trimmed));
        }
        const QString clause = match.captured(1);
        const qsizetype colon = clause.indexOf(u':');
        const std::optional<QString> property
            = colon > 0 ? UserJson::canonicalName(clause.left(colon).trimmed()) : std::nullopt;
        if (!property || !searchableProperties().contains(*property)) {
            return GraphErrors::unsupportedQuery(
                request, u"Invalid search property '%1'."_s.arg(colon > 0 ? clause.left(colon) : clause));
        }
        SearchClause parsed;
        parsed.property = *property;
        parsed.words = clause.mid(colon + 1).toLower().split(wordSeparators(), Qt::SkipEmptyParts);
        parsed.andWithNext = match.captured(2) == u"AND";
        clauses.push_back(parsed);
        position += match.capturedLength();
    }
    if (clauses.empty())
        return GraphErrors::unsupportedQuery(request, u"Invalid $search value."_s);
    return std::nullopt;
}

std::optional<SandboxResponse> UserQuery::parse(const SandboxRequest &request, UserQuery &out)
{
    const bool eventual = hasEventualConsistency(request);

    if (option(request, u"$skip"_s))
        return GraphErrors::badRequest(request, u"'$skip' is not supported by the service."_s);

    if (const auto select = option(request, u"$select"_s)) {
        QString unknown;
        const std::optional<QStringList> properties = UserJson::parseSelect(*select, &unknown);
        if (!properties) {
            return GraphErrors::error(request, 400, u"BadRequest"_s,
                u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
        }
        for (const QString &property : *properties) {
            if (UserJson::singleUserOnlyProperties().contains(property)) {
                return GraphErrors::error(request, 501, u"NotImplemented"_s,
                    u"The property '%1' does not support being returned on a collection of users."_s.arg(
                        property));
            }
        }
        out.m_select = *properties;
        out.m_explicitSelect = !select->trimmed().isEmpty();
    } else {
        out.m_select = UserJson::defaultProperties();
    }

    if (const auto top = option(request, u"$top"_s)) {
        bool isNumber = false;
        const int pageSize = top->toInt(&isNumber);
        if (!isNumber || pageSize < 1 || pageSize > MaximumPageSize) {
            return GraphErrors::badRequest(request,
                u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(*top));
        }
        out.m_top = pageSize;
    }

    if (const auto count = option(request, u"$count"_s)) {
        const QString value = count->trimmed().toLower();
        if (value != u"true" && value != u"false")
            return GraphErrors::badRequest(request, u"Invalid value '%1' for $count."_s.arg(*count));
        out.m_count = value == u"true";
        if (out.m_count && !eventual)
            return GraphErrors::unsupportedQuery(request, u"$count is not currently supported."_s);
    }

    if (const auto search = option(request, u"$search"_s)) {
        if (!eventual)
            return GraphErrors::unsupportedQuery(request, searchNeedsConsistencyMessage());
        if (auto failure = parseSearch(request, *search, out.m_search))
            return failure;
    }

    if (const auto filterText = option(request, u"$filter"_s)) {
        UserFilter::ParseError parseError;
        out.m_filter = UserFilter::parse(*filterText, &parseError);
        if (!out.m_filter)
            return GraphErrors::error(request, 400, parseError.code, parseError.message);
        if (out.m_filter->isAdvanced() && !(eventual && out.m_count))
            return advancedQueryError(request, out.m_filter->advancedProperty());
    }

    if (const auto orderBy = option(request, u"$orderby"_s)) {
        const QStringList parts = orderBy->trimmed().split(u' ', Qt::SkipEmptyParts);
        const std::optional<QString> property
            = parts.isEmpty() ? std::nullopt : UserJson::canonicalName(parts.constFirst());
        const bool directionOk = parts.size() == 1
            || (parts.size() == 2
                && (parts.at(1).compare(u"asc"_s, Qt::CaseInsensitive) == 0
                    || parts.at(1).compare(u"desc"_s, Qt::CaseInsensitive) == 0));
        if (!property || !directionOk || orderBy->contains(u',') || !sortableProperties().contains(*property))
            return GraphErrors::unsupportedQuery(request, u"Sorting not supported for current query."_s);
        // Only displayName and userPrincipalName sort without the advanced-query index.
        const bool basic = *property == u"displayName" || *property == u"userPrincipalName";
        if ((out.hasCriteria() || !basic) && !(eventual && out.m_count))
            return GraphErrors::unsupportedQuery(request, u"Sorting not supported for current query."_s);
        out.m_orderBy = *property;
        out.m_descending = parts.size() == 2 && parts.at(1).compare(u"desc"_s, Qt::CaseInsensitive) == 0;
    }
    return std::nullopt;
}

std::optional<SandboxResponse> UserQuery::parseForCount(const SandboxRequest &request, UserQuery &out)
{
    if (!hasEventualConsistency(request))
        return GraphErrors::unsupportedQuery(request, countNeedsConsistencyMessage());
    // /$count implies counting: advanced filters are allowed without $count=true here.
    SandboxRequest withCount = request;
    if (!option(request, u"$count"_s))
        withCount.query.addQueryItem(u"$count"_s, u"true"_s);
    return parse(withCount, out);
}

bool UserQuery::searchMatches(const SandboxUser &user) const
{
    bool result = false;
    bool pendingAnd = false;
    bool accumulator = true;
    for (const SearchClause &clause : m_search) {
        QStringList valueWords;
        const QJsonValue value = UserJson::value(user, clause.property);
        valueWords = value.toString().toLower().split(wordSeparators(), Qt::SkipEmptyParts);
        bool clauseMatches = !clause.words.isEmpty();
        for (const QString &word : clause.words) {
            bool found = false;
            for (const QString &candidate : std::as_const(valueWords))
                found = found || candidate.startsWith(word);
            clauseMatches = clauseMatches && found;
        }
        accumulator = pendingAnd ? (accumulator && clauseMatches) : clauseMatches;
        pendingAnd = clause.andWithNext;
        if (!pendingAnd) {
            result = result || accumulator;
            accumulator = true;
        }
    }
    return result;
}

bool UserQuery::matches(const SandboxUser &user) const
{
    if (user.deleted)
        return false;
    if (m_filter && !m_filter->matches(user))
        return false;
    return m_search.empty() || searchMatches(user);
}
