// SPDX-License-Identifier: MIT
#include "sandbox/ReportsEndpoints.h"

#include "sandbox/GraphErrors.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxRouter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString ReportPath = u"/reports/authenticationMethods/userRegistrationDetails"_s;
const QByteArray SkipTokenPrefix = "urd1:";

/** The least-privileged roles the report names, plus the Global Administrator who holds every right. */
const QStringList &readerRoles()
{
    static const QStringList roles{SandboxRoles::ReportsReader, SandboxRoles::SecurityReader,
                                   SandboxRoles::SecurityAdministrator, SandboxRoles::GlobalReader,
                                   SandboxRoles::GlobalAdministrator};
    return roles;
}

using Predicate = std::function<bool(const QJsonObject &)>;

/**
 * One "$filter" clause of the forms the report documents (eq/ne on its properties, startswith,
 * methodsRegistered/any(…)); nullopt when unsupported.
 */
std::optional<Predicate> parseClause(const QString &clause)
{
    static const QRegularExpression any(
        uR"(^methodsRegistered/any\(\s*(\w+)\s*:\s*\1\s+eq\s+'([^']*)'\s*\)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comparison(uR"(^(\w+)\s+(eq|ne)\s+('([^']*)'|true|false)$)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression startsWith(uR"(^startswith\(\s*(\w+)\s*,\s*'([^']*)'\s*\)$)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QStringList booleans{u"isAdmin"_s, u"isSsprRegistered"_s, u"isSsprEnabled"_s, u"isSsprCapable"_s,
                                      u"isMfaRegistered"_s, u"isMfaCapable"_s, u"isPasswordlessCapable"_s,
                                      u"isSystemPreferredAuthenticationMethodEnabled"_s};
    static const QStringList strings{u"id"_s, u"userPrincipalName"_s, u"userDisplayName"_s, u"userType"_s,
                                     u"userPreferredMethodForSecondaryAuthentication"_s};

    const QString trimmed = clause.trimmed();
    if (const auto match = any.match(trimmed); match.hasMatch()) {
        const QString method = match.captured(2);
        return Predicate([method](const QJsonObject &row) {
            return row.value(u"methodsRegistered"_s).toArray().contains(method);
        });
    }
    if (const auto match = startsWith.match(trimmed); match.hasMatch()) {
        const auto property = std::find_if(strings.cbegin(), strings.cend(), [&](const QString &name) {
            return name.compare(match.captured(1), Qt::CaseInsensitive) == 0;
        });
        if (property == strings.cend())
            return std::nullopt;
        const QString name = *property;
        const QString prefix = match.captured(2);
        return Predicate([name, prefix](const QJsonObject &row) {
            return row.value(name).toString().startsWith(prefix, Qt::CaseInsensitive);
        });
    }
    const auto match = comparison.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const bool negate = match.captured(2).compare(u"ne"_s, Qt::CaseInsensitive) == 0;
    const QString literal = match.captured(3);
    for (const QString &name : booleans) {
        if (name.compare(match.captured(1), Qt::CaseInsensitive) != 0)
            continue;
        if (literal.startsWith(u'\''))
            return std::nullopt;
        const bool wanted = literal.compare(u"true"_s, Qt::CaseInsensitive) == 0;
        return Predicate([name, wanted, negate](const QJsonObject &row) {
            return (row.value(name).toBool() == wanted) != negate;
        });
    }
    for (const QString &name : strings) {
        if (name.compare(match.captured(1), Qt::CaseInsensitive) != 0)
            continue;
        if (!literal.startsWith(u'\''))
            return std::nullopt;
        const QString value = match.captured(4);
        return Predicate([name, value, negate](const QJsonObject &row) {
            return (row.value(name).toString().compare(value, Qt::CaseInsensitive) == 0) != negate;
        });
    }
    return std::nullopt;
}

std::optional<Predicate> parseFilter(const QString &filter)
{
    if (filter.trimmed().isEmpty())
        return Predicate([](const QJsonObject &) { return true; });
    static const QRegularExpression andSeparator(u"\\s+and\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    QList<Predicate> clauses;
    for (const QString &part : filter.split(andSeparator)) {
        std::optional<Predicate> clause = parseClause(part);
        if (!clause)
            return std::nullopt;
        clauses.append(*clause);
    }
    return Predicate([clauses](const QJsonObject &row) {
        return std::all_of(clauses.cbegin(), clauses.cend(), [&](const Predicate &clause) { return clause(row); });
    });
}

} // namespace

ReportsEndpoints::ReportsEndpoints(SandboxContext &context)
    : m_context(context)
{
}

void ReportsEndpoints::registerRoutes(SandboxRouter &router)
{
    const QStringList scopes{u"AuditLog.Read.All"_s, u"UserAuthenticationMethod.Read.All"_s,
                             u"UserAuthenticationMethod.ReadWrite.All"_s};
    router.add("GET", ReportPath, scopes, [this](SandboxRequest &request, const QStringList &) {
        return list(request);
    });
    router.add("GET", ReportPath + u"/{}"_s, scopes, [this](SandboxRequest &request, const QStringList &captures) {
        return single(request, captures.value(0));
    });
}

std::optional<SandboxResponse> ReportsEndpoints::authorize(const SandboxRequest &request) const
{
    if (!m_context.tenant.premiumLicensed) {
        return GraphErrors::error(request, 403, u"Authentication_RequestFromNonPremiumTenantOrB2CTenant"_s,
                                  u"Neither tenant is B2C or tenant doesn't have premium license"_s);
    }
    const QStringList roles = m_context.tenant.rolesOf(request.caller->userId, true);
    const bool allowed = std::any_of(roles.cbegin(), roles.cend(),
                                     [](const QString &role) { return readerRoles().contains(role); });
    if (!allowed)
        return GraphErrors::insufficientPrivileges(request);
    return std::nullopt;
}

bool ReportsEndpoints::listed(const SandboxUser &user)
{
    // Soft-deleted users are not listed and the report does not cover disabled users.
    return !user.deleted && user.accountEnabled;
}

QJsonObject ReportsEndpoints::details(const SandboxUser &user) const
{
    QJsonArray methods;
    if (user.isMfaRegistered) {
        methods.append(u"microsoftAuthenticatorPush"_s);
        methods.append(u"softwareOneTimePasscode"_s);
    }
    if (!user.authenticationPhone.isEmpty())
        methods.append(u"mobilePhone"_s);
    if (!user.authenticationEmail.isEmpty())
        methods.append(u"email"_s);
    const bool member = user.userType == u"Member"_s;
    const bool ssprEnabled = member;
    const bool isAdmin = !m_context.tenant.rolesOf(user.id, true).isEmpty();
    // A fixed instant after the tenant's epoch, so reports are the same on every run.
    const QDateTime updated = user.createdDateTime.isValid() ? user.createdDateTime.addDays(30)
                                                             : QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return QJsonObject{
        {u"id"_s, user.id},
        {u"userPrincipalName"_s, user.userPrincipalName},
        {u"userDisplayName"_s, user.displayName},
        {u"userType"_s, member ? u"member"_s : u"guest"_s},
        {u"isAdmin"_s, isAdmin},
        {u"isSsprRegistered"_s, user.isSsprRegistered},
        {u"isSsprEnabled"_s, ssprEnabled},
        {u"isSsprCapable"_s, ssprEnabled && user.isSsprRegistered},
        {u"isMfaRegistered"_s, user.isMfaRegistered},
        {u"isMfaCapable"_s, user.isMfaRegistered},
        {u"isPasswordlessCapable"_s, false},
        {u"methodsRegistered"_s, methods},
        {u"isSystemPreferredAuthenticationMethodEnabled"_s, user.isMfaRegistered},
        {u"systemPreferredAuthenticationMethods"_s, user.isMfaRegistered ? QJsonArray{u"push"_s} : QJsonArray{}},
        {u"userPreferredMethodForSecondaryAuthentication"_s, user.isMfaRegistered ? u"push"_s : u"none"_s},
        {u"lastUpdatedDateTime"_s, updated.toUTC().toString(Qt::ISODate)},
    };
}

SandboxResponse ReportsEndpoints::list(SandboxRequest &request)
{
    if (auto denied = authorize(request))
        return *denied;

    int top = DefaultPageSize;
    if (request.hasQuery(u"$top"_s)) {
        bool ok = false;
        top = request.queryValue(u"$top"_s).toInt(&ok);
        if (!ok || top < 1 || top > MaxPageSize) {
            return GraphErrors::error(request, 400, u"BadRequest"_s,
                                      u"Invalid $top value. It must be between 1 and %1."_s.arg(MaxPageSize));
        }
    }
    const std::optional<Predicate> filter = parseFilter(request.queryValue(u"$filter"_s));
    if (!filter)
        return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid filter clause"_s);

    qsizetype offset = 0;
    if (request.hasQuery(u"$skiptoken"_s)) {
        const auto decoded = QByteArray::fromBase64Encoding(request.queryValue(u"$skiptoken"_s).toLatin1(),
                                                            QByteArray::Base64UrlEncoding
                                                                | QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        if (decoded && (*decoded).startsWith(SkipTokenPrefix))
            offset = (*decoded).mid(SkipTokenPrefix.size()).toLongLong(&ok);
        if (!ok || offset < 0)
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid skip token."_s);
    }

    const QString orderBy = request.queryValue(u"$orderby"_s).trimmed();
    if (orderBy.isEmpty())
        return directoryOrderPage(request, *filter, offset, top);

    QList<QJsonObject> rows;
    for (const SandboxUser &user : m_context.tenant.users()) {
        if (!listed(user))
            continue;
        QJsonObject row = details(user);
        if ((*filter)(row))
            rows.append(std::move(row));
    }
    {
        const QStringList parts = orderBy.split(u' ', Qt::SkipEmptyParts);
        const QString property = parts.value(0);
        const bool descending = parts.value(1).compare(u"desc"_s, Qt::CaseInsensitive) == 0;
        if (property != u"userPrincipalName"_s && property != u"userDisplayName"_s)
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid orderby clause"_s);
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const int order = a.value(property).toString().compare(b.value(property).toString(), Qt::CaseInsensitive);
            return descending ? order > 0 : order < 0;
        });
    }

    QJsonArray page;
    for (qsizetype i = offset; i < rows.size() && i < offset + top; ++i)
        page.append(rows.at(i));
    return pageResponse(request, page, offset + top < rows.size() ? offset + top : -1);
}

SandboxResponse ReportsEndpoints::directoryOrderPage(const SandboxRequest &request,
                                                     const std::function<bool(const QJsonObject &)> &filter,
                                                     qsizetype position, int top) const
{
    // Without $orderby the skiptoken is a position in directory order, so a page costs what it
    // returns, not what came before it (a 100,000-user report is read in ~100 pages).
    const auto &users = m_context.tenant.users();
    QJsonArray page;
    qsizetype index = position;
    for (; index < qsizetype(users.size()) && page.size() < top; ++index) {
        const SandboxUser &user = users[std::size_t(index)];
        if (!listed(user))
            continue;
        QJsonObject row = details(user);
        if (filter(row))
            page.append(row);
    }
    bool more = false;
    for (qsizetype probe = index; probe < qsizetype(users.size()) && !more; ++probe) {
        const SandboxUser &user = users[std::size_t(probe)];
        more = listed(user) && filter(details(user));
        if (!more && probe - index > 4096)
            more = true; // an empty last page is allowed; scanning the whole tenant is not
    }
    return pageResponse(request, page, more ? index : -1);
}

SandboxResponse ReportsEndpoints::pageResponse(const SandboxRequest &request, const QJsonArray &page,
                                               qsizetype nextOffset) const
{
    QJsonObject body{
        {u"@odata.context"_s, QString(request.graphRoot() + u"/$metadata#reports/authenticationMethods/userRegistrationDetails"_s)},
        {u"value"_s, page},
    };
    if (nextOffset >= 0) {
        QUrlQuery next;
        for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
            if (key != u"$skiptoken"_s)
                next.addQueryItem(key, value);
        }
        const QByteArray token = QByteArray(SkipTokenPrefix + QByteArray::number(nextOffset))
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        next.addQueryItem(u"$skiptoken"_s, QString::fromLatin1(token));
        QUrl url(request.graphRoot() + ReportPath);
        url.setQuery(next);
        body.insert(u"@odata.nextLink"_s, url.toString(QUrl::FullyEncoded));
    }
    return SandboxResponse::json(200, body);
}

SandboxResponse ReportsEndpoints::single(SandboxRequest &request, const QString &userId)
{
    if (auto denied = authorize(request))
        return *denied;
    const SandboxUser *user = m_context.tenant.userById(userId);
    if (!user || !listed(*user))
        return GraphErrors::resourceNotFound(request, userId);
    QJsonObject body = details(*user);
    body.insert(u"@odata.context"_s,
                QString(request.graphRoot() + u"/$metadata#reports/authenticationMethods/userRegistrationDetails/$entity"_s));
    return SandboxResponse::json(200, body);
}
