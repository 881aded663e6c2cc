// SPDX-License-Identifier: MIT
#include "sandbox/UserDelta.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxTenant.h"
#include "sandbox/SkipToken.h"
#include "sandbox/UserFilter.h"
#include "sandbox/UserJson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int DefaultPageSize = 100;
constexpr int MaximumPageSize = 999;

QJsonObject toToken(const QStringList &select, const QString &filter, int pageSize)
{
    return QJsonObject {{u"s"_s, select.join(u',')}, {u"f"_s, filter}, {u"p"_s, pageSize}};
}

} // namespace

UserDelta::UserDelta(SandboxTenant &tenant, const SandboxOptions &options)
    : m_tenant(tenant)
    , m_options(options)
{
}

void UserDelta::markChanged(SandboxTenant &tenant, SandboxUser &user, const QStringList &properties)
{
    tenant.touch(user);
    for (const QString &property : properties)
        user.propertyChangeSequence.insert(property, user.changeSequence);
}

SandboxResponse UserDelta::handle(const SandboxRequest &request)
{
    State state;
    const QString skipToken = request.queryValue(u"$skiptoken"_s);
    const QString deltaToken = request.queryValue(u"$deltatoken"_s);
    if (deltaToken.compare(u"latest"_s, Qt::CaseInsensitive) == 0) {
        // "$deltatoken=latest": no users, only a deltaLink from now on (delta-query overview).
        QString unknown;
        const std::optional<QStringList> select
            = UserJson::parseSelect(request.queryValue(u"$select"_s), &unknown);
        state.select = select.value_or(UserJson::defaultProperties());
        if (!state.select.contains(u"id"_s))
            state.select.prepend(u"id"_s);
        state.initialRound = false;
        state.since = m_tenant.changeCounter();
        state.roundStart = state.since;
        state.index = qsizetype(m_tenant.users().size());
        return page(request, state);
    }
    if (!skipToken.isEmpty() || !deltaToken.isEmpty()) {
        const std::optional<QJsonObject> decoded
            = SkipToken::decode(skipToken.isEmpty() ? deltaToken : skipToken);
        if (!decoded || !decoded->contains(u"c"_s))
            return GraphErrors::badRequest(request, u"Badly formed token."_s);
        state.select = decoded->value(u"s"_s).toString().split(u',', Qt::SkipEmptyParts);
        state.filter = decoded->value(u"f"_s).toString();
        state.pageSize = decoded->value(u"p"_s).toInt(DefaultPageSize);
        state.since = qint64(decoded->value(u"c"_s).toDouble());
        if (!skipToken.isEmpty()) {
            state.initialRound = decoded->value(u"r"_s).toInt() == 0;
            state.roundStart = qint64(decoded->value(u"h"_s).toDouble());
            state.index = qsizetype(decoded->value(u"i"_s).toDouble());
        } else {
            // Microsoft's words for an expired directory delta token, with a 400 (not 410).
            const qint64 issued = qint64(decoded->value(u"t"_s).toDouble());
            const qint64 now = m_options.clock->nowUtc().toMSecsSinceEpoch();
            if (now - issued > qint64(TokenLifetimeDays) * 24 * 3600 * 1000) {
                return GraphErrors::error(request, 400, u"syncStateNotFound"_s,
                    u"The sync state generation is not found. The delta token is expired and data must be "
                    u"synchronized again."_s);
            }
            // A deltaLink starts a new round of changes since the last one.
            state.initialRound = false;
            state.roundStart = m_tenant.changeCounter();
        }
        return page(request, state);
    }

    // First call: as on Graph, the query options are read only here and then live in the tokens.
    QString unknown;
    const std::optional<QStringList> select
        = UserJson::parseSelect(request.queryValue(u"$select"_s), &unknown);
    if (!select) {
        return GraphErrors::error(request, 400, u"BadRequest"_s,
            u"Could not find a property named '%1' on type 'microsoft.graph.user'."_s.arg(unknown));
    }
    state.select = *select;
    if (!state.select.contains(u"id"_s))
        state.select.prepend(u"id"_s);
    if (request.hasQuery(u"$top"_s)) {
        bool isNumber = false;
        state.pageSize = request.queryValue(u"$top"_s).toInt(&isNumber);
        if (!isNumber || state.pageSize < 1 || state.pageSize > MaximumPageSize) {
            return GraphErrors::badRequest(request,
                u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(
                    request.queryValue(u"$top"_s)));
        }
    }
    state.filter = request.queryValue(u"$filter"_s);
    if (!state.filter.isEmpty()) {
        UserFilter::ParseError error;
        const auto filter = UserFilter::parse(state.filter, &error);
        if (!filter)
            return GraphErrors::error(request, 400, error.code, error.message);
        if (filter->isAdvanced() || !state.filter.contains(u"id"_s, Qt::CaseInsensitive)) {
            return GraphErrors::unsupportedQuery(
                request, u"Unsupported or invalid query filter clause specified for delta query."_s);
        }
    }
    state.initialRound = true;
    state.since = m_tenant.changeCounter();
    state.roundStart = state.since;
    return page(request, state);
}

SandboxResponse UserDelta::page(const SandboxRequest &request, const State &state)
{
    std::shared_ptr<const UserFilter> filter;
    if (!state.filter.isEmpty())
        filter = UserFilter::parse(state.filter, nullptr);
    const bool minimal = !state.initialRound
        && request.header("prefer").toLower().replace(' ', "").contains("return=minimal");

    const std::vector<SandboxUser> &users = m_tenant.users();
    QJsonArray value;
    qsizetype index = state.index;
    for (; index < qsizetype(users.size()) && value.size() < state.pageSize; ++index) {
        const SandboxUser &user = users[std::size_t(index)];
        if (filter && !filter->matches(user))
            continue;
        if (state.initialRound) {
            if (user.deleted)
                continue;
            value.append(UserJson::toJson(user, state.select));
            continue;
        }
        if (user.changeSequence <= state.since)
            continue;
        if (user.deleted) {
            value.append(QJsonObject {{u"id"_s, user.id},
                {u"@removed"_s,
                    QJsonObject {{u"reason"_s, user.permanentlyDeleted ? u"deleted"_s : u"changed"_s}}}});
            continue;
        }
        if (!minimal) {
            value.append(UserJson::toJson(user, state.select));
            continue;
        }
        QStringList changed {u"id"_s};
        for (const QString &property : state.select) {
            if (user.propertyChangeSequence.value(property) > state.since && !changed.contains(property))
                changed.append(property);
        }
        // Touched without naming properties: the whole object counts as changed.
        bool anyRecorded = false;
        for (auto it = user.propertyChangeSequence.cbegin(); it != user.propertyChangeSequence.cend(); ++it)
            anyRecorded = anyRecorded || it.value() == user.changeSequence;
        value.append(UserJson::toJson(user, anyRecorded ? changed : state.select));
    }

    QJsonObject body {{u"@odata.context"_s,
        QString(request.graphRoot() + u"/$metadata#users(%1)"_s.arg(state.select.join(u',')))}};
    QJsonObject token = toToken(state.select, state.filter, state.pageSize);
    if (index < qsizetype(users.size())) {
        token.insert(u"r"_s, state.initialRound ? 0 : 1);
        token.insert(u"c"_s, double(state.since));
        token.insert(u"h"_s, double(state.roundStart));
        token.insert(u"i"_s, double(index));
        body.insert(u"@odata.nextLink"_s,
            QString(request.graphRoot() + u"/users/delta?$skiptoken="_s + SkipToken::encode(token)));
    } else {
        token.insert(u"c"_s, double(state.roundStart));
        token.insert(u"t"_s, double(m_options.clock->nowUtc().toMSecsSinceEpoch()));
        body.insert(u"@odata.deltaLink"_s,
            QString(request.graphRoot() + u"/users/delta?$deltatoken="_s + SkipToken::encode(token)));
    }
    body.insert(u"value"_s, value);
    SandboxResponse response = SandboxResponse::json(200, body);
    if (minimal)
        response.setHeader("Preference-Applied", "return=minimal");
    return response;
}
