// SPDX-License-Identifier: MIT
#include "sandbox/UserEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxPermissions.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/SkipToken.h"
#include "sandbox/UserJson.h"
#include "sandbox/UserQuery.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString MeKey = u"me"_s; // stands for the caller in the handlers below

QString contextUrl(const SandboxRequest &request, const QStringList &select, bool explicitSelect, bool entity)
{
    QString url = request.graphRoot() + u"/$metadata#users"_s;
    if (explicitSelect)
        url += u'(' + select.join(u',') + u')';
    if (entity)
        url += u"/$entity"_s;
    return url;
}

} // namespace

UserEndpoints::UserEndpoints(SandboxContext &context)
    : m_context(context)
    , m_delta(context.tenant, context.options)
    , m_patch(context)
{
}

QStringList UserEndpoints::readScopes()
{
    return {u"User.ReadBasic.All"_s, u"User.Read.All"_s, u"User.ReadWrite.All"_s, u"Directory.Read.All"_s,
        u"Directory.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};
}

void UserEndpoints::registerRoutes(SandboxRouter &router)
{
    const QStringList read = readScopes();
    QStringList readSelf = read;
    readSelf << u"User.Read"_s << u"User.ReadWrite"_s;
    const QStringList write {u"User-PasswordProfile.ReadWrite.All"_s, u"User-Mail.ReadWrite.All"_s,
        u"User-Phone.ReadWrite.All"_s, u"User.ReadWrite.All"_s, u"Directory.ReadWrite.All"_s,
        u"Directory.AccessAsUser.All"_s};
    QStringList writeSelf = write;
    writeSelf << u"User.ReadWrite"_s;
    const QStringList revoke {u"User.RevokeSessions.All"_s, u"User.ReadWrite.All"_s,
        u"Directory.ReadWrite.All"_s, u"Directory.AccessAsUser.All"_s};

    router.add("GET", u"/users"_s, read,
        [this](SandboxRequest &request, const QStringList &) { return list(request); });
    router.add("GET", u"/users/$count"_s, read,
        [this](SandboxRequest &request, const QStringList &) { return count(request); });
    router.add("GET", u"/users/delta"_s, read, [this](SandboxRequest &request, const QStringList &) {
        if (callerIsGuest(request))
            return GraphErrors::insufficientPrivileges(request);
        return m_delta.handle(request);
    });
    router.add("GET", u"/users/{}"_s, read, [this](SandboxRequest &request, const QStringList &captures) {
        return get(request, captures.at(0));
    });
    router.add("PATCH", u"/users/{}"_s, write, [this](SandboxRequest &request, const QStringList &captures) {
        return patch(request, captures.at(0));
    });
    router.add("POST", u"/users/{}/revokeSignInSessions"_s, revoke,
        [this](SandboxRequest &request, const QStringList &captures) {
            return revokeSignInSessions(request, captures.at(0));
        });
    router.add("GET", u"/me"_s, readSelf,
        [this](SandboxRequest &request, const QStringList &) { return get(request, MeKey); });
    router.add("PATCH", u"/me"_s, writeSelf,
        [this](SandboxRequest &request, const QStringList &) { return patch(request, MeKey); });
    router.add(
        "POST", u"/me/revokeSignInSessions"_s, revoke, [this](SandboxRequest &request, const QStringList &) {
            return revokeSignInSessions(request, MeKey);
        });
}

SandboxUser *UserEndpoints::resolve(const QString &key)
{
    return m_context.tenant.userByIdOrUpn(key);
}

bool UserEndpoints::callerIsGuest(const SandboxRequest &request) const
{
    const SandboxUser *caller = m_context.tenant.userById(request.caller->userId);
    return caller && caller->userType == u"Guest";
}

bool UserEndpoints::basicReadOnly(const SandboxRequest &request)
{
    for (const QString &scope : readScopes()) {
        if (scope != u"User.ReadBasic.All" && request.caller->scopes.contains(scope))
            return false;
    }
    return true;
}

std::vector<qsizetype> UserEndpoints::orderedMatches(const UserQuery &query) const
{
    const std::vector<SandboxUser> &users = m_context.tenant.users();
    std::vector<std::pair<QString, qsizetype>> keyed;
    for (qsizetype i = 0; i < qsizetype(users.size()); ++i) {
        const SandboxUser &user = users[std::size_t(i)];
        if (query.matches(user))
            keyed.emplace_back(UserJson::value(user, query.orderBy()).toString().toLower(), i);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        return query.orderDescending() ? a.first > b.first : a.first < b.first;
    });
    std::vector<qsizetype> indices;
    indices.reserve(keyed.size());
    for (const auto &entry : keyed)
        indices.push_back(entry.second);
    return indices;
}

const std::vector<qsizetype> &UserEndpoints::cachedOrderedMatches(
    const SandboxRequest &request, const UserQuery &query)
{
    QUrlQuery options = request.query;
    options.removeAllQueryItems(u"$skiptoken"_s);
    const QString key = options.toString(QUrl::FullyDecoded);
    if (m_orderedCache.queryKey != key || m_orderedCache.changeCounter != m_context.tenant.changeCounter()) {
        m_orderedCache.queryKey = key;
        m_orderedCache.changeCounter = m_context.tenant.changeCounter();
        m_orderedCache.indices = orderedMatches(query);
    }
    return m_orderedCache.indices;
}

SandboxResponse UserEndpoints::list(const SandboxRequest &request)
{
    if (callerIsGuest(request))
        return GraphErrors::insufficientPrivileges(request);
    UserQuery query;
    if (auto failure = UserQuery::parse(request, query))
        return *failure;

    qsizetype position = 0;
    const QString skipToken = request.queryValue(u"$skiptoken"_s);
    if (!skipToken.isEmpty()) {
        const std::optional<QJsonObject> state = SkipToken::decode(skipToken);
        if (!state || !state->contains(u"p"_s))
            return GraphErrors::badRequest(request, u"Invalid paging token specified."_s);
        position = qsizetype(state->value(u"p"_s).toDouble());
    }

    const std::vector<SandboxUser> &users = m_context.tenant.users();
    const auto serialise = basicReadOnly(request) ? &UserJson::toBasicJson : &UserJson::toJson;
    QJsonArray value;
    std::optional<qsizetype> next;
    if (query.orderBy().isEmpty()) {
        // Directory order: the token is a position in it, so a page costs O(page), not O(tenant).
        qsizetype index = position;
        for (; index < qsizetype(users.size()) && value.size() < query.pageSize(); ++index) {
            const SandboxUser &user = users[std::size_t(index)];
            if (query.matches(user))
                value.append(serialise(user, query.select()));
        }
        for (; index < qsizetype(users.size()); ++index) {
            if (query.matches(users[std::size_t(index)])) {
                next = index;
                break;
            }
        }
    } else {
        const std::vector<qsizetype> &ordered = cachedOrderedMatches(request, query);
        qsizetype offset = position;
        for (; offset < qsizetype(ordered.size()) && value.size() < query.pageSize(); ++offset)
            value.append(serialise(users[std::size_t(ordered[std::size_t(offset)])], query.select()));
        if (offset < qsizetype(ordered.size()))
            next = offset;
    }

    QJsonObject body {
        {u"@odata.context"_s, contextUrl(request, query.select(), query.explicitSelect(), false)}};
    if (query.wantsCount() && skipToken.isEmpty()) {
        qsizetype total = 0;
        for (const SandboxUser &user : users)
            total += query.matches(user) ? 1 : 0;
        body.insert(u"@odata.count"_s, double(total));
    }
    if (next)
        body.insert(u"@odata.nextLink"_s,
            SkipToken::nextLink(request, u"/users"_s, {{u"p"_s, double(*next)}}));
    body.insert(u"value"_s, value);
    return SandboxResponse::json(200, body);
}

SandboxResponse UserEndpoints::count(const SandboxRequest &request)
{
    if (callerIsGuest(request))
        return GraphErrors::insufficientPrivileges(request);
    UserQuery query;
    if (auto failure = UserQuery::parseForCount(request, query))
        return *failure;
    qsizetype total = 0;
    for (const SandboxUser &user : m_context.tenant.users())
        total += query.matches(user) ? 1 : 0;
    return SandboxResponse::text(200, QByteArray::number(total));
}

SandboxResponse UserEndpoints::get(const SandboxRequest &request, const QString &key)
{
    const bool me = key == MeKey && request.segments.value(0).compare(u"me"_s, Qt::CaseInsensitive) == 0;
    const SandboxUser *user = resolve(me ? request.caller->userId : key);
    if (!user)
        return GraphErrors::resourceNotFound(request, me ? request.caller->userId : key);
    QString unknown;
    const QString selectText = request.queryValue(u"$select"_s);
    const std::optional<QStringList> select = UserJson::parseSelect(selectText, &unknown);
    if (!select) {
        return GraphErrors::error(request, 400, u"BadRequest"_s,
            u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
    }
    // Oneself is always fully readable (User.Read); others as far as the scopes reach.
    const bool basic = user->id != request.caller->userId && basicReadOnly(request);
    QJsonObject body = basic ? UserJson::toBasicJson(*user, *select) : UserJson::toJson(*user, *select);
    body.insert(u"@odata.context"_s, contextUrl(request, *select, !selectText.trimmed().isEmpty(), true));
    return SandboxResponse::json(200, body);
}

SandboxResponse UserEndpoints::patch(const SandboxRequest &request, const QString &key)
{
    const bool me = key == MeKey && request.segments.value(0).compare(u"me"_s, Qt::CaseInsensitive) == 0;
    SandboxUser *user = resolve(me ? request.caller->userId : key);
    if (!user)
        return GraphErrors::resourceNotFound(request, me ? request.caller->userId : key);
    return m_patch.apply(request, *user);
}

SandboxResponse UserEndpoints::revokeSignInSessions(const SandboxRequest &request, const QString &key)
{
    const bool me = key == MeKey && request.segments.value(0).compare(u"me"_s, Qt::CaseInsensitive) == 0;
    SandboxUser *user = resolve(me ? request.caller->userId : key);
    if (!user)
        return GraphErrors::resourceNotFound(request, me ? request.caller->userId : key);
    // Anyone may end their own sessions; for others the password reset rules apply, since Entra
    // gives the right to reset passwords and to invalidate refresh tokens to the same roles.
    if (user->id != request.caller->userId
        && !SandboxPermissions::canResetPassword(m_context.tenant, request.caller->userId, user->id)) {
        return GraphErrors::insufficientPrivileges(request);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    user->signInSessionsValidFromDateTime = now.addMSecs(-now.time().msec());
    m_context.tokens.revokeRefreshTokensOf(user->id);
    UserDelta::markChanged(m_context.tenant, *user, {u"signInSessionsValidFromDateTime"_s});
    return SandboxResponse::json(200,
        QJsonObject {{u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#Edm.Boolean"_s)},
            {u"value"_s, true}});
}
