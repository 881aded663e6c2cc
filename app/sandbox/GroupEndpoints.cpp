// SPDX-License-Identifier: MIT
#include "sandbox/GroupEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SkipToken.h"
#include "sandbox/UserEndpoints.h"
#include "sandbox/UserJson.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultPageSize = 100;
constexpr int MaximumPageSize = 999;

/** Query options arrive as "$select" or percent-encoded "%24select"; both are decoded to "$select" here. */
std::optional<QString> option(const SandboxRequest &request, const QString &name)
{
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

bool hasAny(const SandboxRequest &request, const QStringList &scopes)
{
    for (const QString &scope : scopes) {
        if (request.caller->scopes.contains(scope))
            return true;
    }
    return false;
}

/** Where a page of a list starts and how many it holds, or the answer to a bad $top or $skiptoken. */
struct Page
{
    int size = DefaultPageSize;
    qsizetype position = 0;
    std::optional<SandboxResponse> error;
};

/** @p key in the $skiptoken's state must hold @p expected: a token of another list is refused. */
Page pageOf(const SandboxRequest &request, const QString &key, const QString &expected)
{
    Page page;
    if (const auto top = option(request, u"$top"_s)) {
        bool isNumber = false;
        page.size = top->toInt(&isNumber);
        if (!isNumber || page.size < 1 || page.size > MaximumPageSize) {
            page.error = GraphErrors::badRequest(request,
                u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(*top));
            return page;
        }
    }
    if (const auto skipToken = option(request, u"$skiptoken"_s)) {
        const std::optional<QJsonObject> state = SkipToken::decode(*skipToken);
        if (!state || state->value(key).toString() != expected) {
            page.error = GraphErrors::badRequest(request, u"Invalid paging token specified."_s);
            return page;
        }
        page.position = qsizetype(state->value(u"p"_s).toDouble());
    }
    return page;
}

} // namespace

GroupEndpoints::GroupEndpoints(SandboxContext &context)
    : m_context(context)
{
}

const QStringList &GroupEndpoints::readScopes()
{
    static const QStringList scopes {u"GroupMember.Read.All"_s, u"Group.Read.All"_s,
        u"GroupMember.ReadWrite.All"_s, u"Group.ReadWrite.All"_s, u"Directory.Read.All"_s,
        u"Directory.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};
    return scopes;
}

const QStringList &GroupEndpoints::properties()
{
    static const QStringList names {u"id"_s, u"deletedDateTime"_s, u"description"_s, u"displayName"_s,
        u"groupTypes"_s, u"isAssignableToRole"_s, u"mail"_s, u"mailEnabled"_s, u"mailNickname"_s,
        u"securityEnabled"_s};
    return names;
}

QJsonObject GroupEndpoints::toJson(const SandboxGroup &group, const QStringList &select, bool full)
{
    QJsonObject json {{u"@odata.type"_s, u"#microsoft.graph.group"_s}};
    for (const QString &property : select.isEmpty() ? properties() : select) {
        QJsonValue value = QJsonValue::Null;
        if (property == u"id"_s)
            value = group.id;
        else if (!full)
            value = QJsonValue::Null;
        else if (property == u"displayName"_s)
            value = group.displayName;
        else if (property == u"groupTypes"_s)
            value = QJsonArray();
        else if (property == u"isAssignableToRole"_s || property == u"securityEnabled"_s)
            value = true;
        else if (property == u"mailEnabled"_s)
            value = false;
        json.insert(property, value);
    }
    return json;
}

void GroupEndpoints::registerRoutes(SandboxRouter &router)
{
    router.add("GET", u"/groups"_s, readScopes(),
        [this](SandboxRequest &request, const QStringList &) { return list(request); });
    router.add(
        "GET", u"/groups/{}"_s, readScopes(), [this](SandboxRequest &request, const QStringList &captures) {
            return get(request, captures.at(0));
        });
    router.add("GET", u"/groups/{}/members"_s, readScopes(),
        [this](SandboxRequest &request, const QStringList &captures) {
            return members(request, captures.at(0));
        });
}

std::optional<QStringList> GroupEndpoints::parseSelect(const SandboxRequest &request, QString *unknown)
{
    QStringList select;
    for (const QString &raw :
        option(request, u"$select"_s).value_or(QString()).split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        const auto known = std::find_if(properties().cbegin(), properties().cend(),
            [&name](const QString &property) { return property.compare(name, Qt::CaseInsensitive) == 0; });
        if (known == properties().cend()) {
            *unknown = name;
            return std::nullopt;
        }
        select.append(*known);
    }
    return select;
}

SandboxResponse GroupEndpoints::list(const SandboxRequest &request)
{
    QString unknown;
    const std::optional<QStringList> select = parseSelect(request, &unknown);
    if (!select) {
        return GraphErrors::badRequest(request,
            u"Could not find a property named '%1' on type 'microsoft.graph.group'."_s.arg(unknown));
    }
    // "List groups": startswith on displayName is a default query (no ConsistencyLevel needed) and,
    // like every directory string comparison, ignores case. Other clauses are not served here.
    const QString filter = option(request, u"$filter"_s).value_or(QString());
    QString prefix;
    if (!filter.isEmpty()) {
        static const QRegularExpression startsWith(
            uR"(^\s*startswith\(\s*displayName\s*,\s*'((?:[^']|'')*)'\s*\)\s*$)"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = startsWith.match(filter);
        if (!match.hasMatch())
            return GraphErrors::unsupportedQuery(request, u"Unsupported or invalid query filter clause specified."_s);
        prefix = match.captured(1).replace(u"''"_s, u"'"_s);
    }
    const Page page = pageOf(request, u"f"_s, prefix);
    if (page.error)
        return *page.error;
    const int pageSize = page.size;
    const qsizetype position = page.position;
    QJsonArray value;
    std::optional<qsizetype> next;
    const std::vector<SandboxGroup> &groups = m_context.tenant.groups;
    for (auto index = qsizetype(position); index < qsizetype(groups.size()); ++index) {
        const SandboxGroup &group = groups.at(size_t(index));
        if (!group.displayName.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        if (value.size() == pageSize) {
            next = index;
            break;
        }
        QJsonObject json = toJson(group, *select, true);
        json.remove(u"@odata.type"_s);
        value.append(json);
    }
    QString context = request.graphRoot() + u"/$metadata#groups"_s;
    if (!select->isEmpty())
        context += u'(' + select->join(u',') + u')';
    QJsonObject body {{u"@odata.context"_s, context}};
    if (next)
        body.insert(u"@odata.nextLink"_s, SkipToken::nextLink(request, u"/groups"_s, {{u"f"_s, prefix}, {u"p"_s, double(*next)}}));
    body.insert(u"value"_s, value);
    return SandboxResponse::json(200, body);
}

SandboxResponse GroupEndpoints::get(const SandboxRequest &request, const QString &id)
{
    const SandboxGroup *group = m_context.tenant.groupById(id);
    if (!group)
        return GraphErrors::resourceNotFound(request, id);
    QString unknown;
    const std::optional<QStringList> parsed = parseSelect(request, &unknown);
    if (!parsed) {
        return GraphErrors::badRequest(request,
            u"Could not find a property named '%1' on type 'microsoft.graph.group'."_s.arg(unknown));
    }
    const QStringList &select = *parsed;
    QJsonObject body = toJson(*group, select, true);
    body.remove(u"@odata.type"_s);
    QString context = request.graphRoot() + u"/$metadata#groups"_s;
    if (!select.isEmpty())
        context += u'(' + select.join(u',') + u')';
    body.insert(u"@odata.context"_s, QString(context + u"/$entity"_s));
    return SandboxResponse::json(200, body);
}

SandboxResponse GroupEndpoints::members(const SandboxRequest &request, const QString &id)
{
    const SandboxGroup *group = m_context.tenant.groupById(id);
    if (!group)
        return GraphErrors::resourceNotFound(request, id);

    QString unknown;
    const std::optional<QStringList> select
        = UserJson::parseSelect(option(request, u"$select"_s).value_or(QString()), &unknown);
    if (!select) {
        return GraphErrors::badRequest(request,
            u"Could not find a property named '%1' on type 'microsoft.graph.directoryObject'."_s.arg(
                unknown));
    }
    const Page page = pageOf(request, u"g"_s, group->id);
    if (page.error)
        return *page.error;
    const int pageSize = page.size;
    const qsizetype position = page.position;

    // Members the token may not read as users: "limited information" (type and id only).
    QStringList fullUserScopes = UserEndpoints::readScopes();
    fullUserScopes.removeAll(u"User.ReadBasic.All"_s);
    const bool readable = hasAny(request, UserEndpoints::readScopes());
    const bool basicOnly = readable && !hasAny(request, fullUserScopes);
    const QStringList properties = select->isEmpty() ? UserJson::defaultProperties() : *select;
    QJsonArray value;
    qsizetype index = position;
    std::optional<qsizetype> next;
    for (; index < group->memberIds.size(); ++index) {
        const SandboxUser *user = m_context.tenant.userById(group->memberIds.at(index));
        if (!user || user->deleted)
            continue;
        if (value.size() == pageSize) {
            next = index;
            break;
        }
        QJsonObject member {{u"@odata.type"_s, u"#microsoft.graph.user"_s}};
        const QJsonObject fields
            = basicOnly ? UserJson::toBasicJson(*user, properties) : UserJson::toJson(*user, properties);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            member.insert(
                it.key(), readable || it.key() == u"id"_s ? it.value() : QJsonValue(QJsonValue::Null));
        value.append(member);
    }

    QString context = request.graphRoot() + u"/$metadata#directoryObjects"_s;
    if (!select->isEmpty())
        context += u'(' + select->join(u',') + u')';
    QJsonObject body {{u"@odata.context"_s, context}};
    if (next) {
        body.insert(u"@odata.nextLink"_s,
            SkipToken::nextLink(request, u"/groups/"_s + group->id + u"/members"_s,
                {{u"g"_s, group->id}, {u"p"_s, double(*next)}}));
    }
    body.insert(u"value"_s, value);
    return SandboxResponse::json(200, body);
}
