// SPDX-License-Identifier: MIT
#include "sandbox/ThrottleModel.h"

#include "common/Clock.h"
#include "sandbox/GraphErrors.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double ReadWindowSeconds = 10;
constexpr double WriteCapacity = 3000;
constexpr double WriteWindowSeconds = 150;
constexpr double TenantWriteCapacity = 18000;
constexpr double TenantWriteWindowSeconds = 300;
constexpr double ReportCapacity = 5;
constexpr double ReportWindowSeconds = 10;

QStringList lowerSegments(const SandboxRequest &request)
{
    QStringList lower;
    lower.reserve(request.segments.size());
    for (const QString &segment : request.segments)
        lower.append(segment.toLower());
    return lower;
}

/** Actions that only read, although they are POSTs: Graph's cost table charges them no write. */
bool isReadAction(const QString &lastSegment)
{
    static const QStringList actions{u"getmembergroups"_s, u"getmemberobjects"_s, u"checkmembergroups"_s,
                                     u"checkmemberobjects"_s, u"ismemberof"_s, u"getbyids"_s,
                                     u"getobjectsbyid"_s};
    return actions.contains(lastSegment);
}

} // namespace

ThrottleModel::ThrottleModel(bool enabled, double timeScale, qsizetype tenantUserCount, const Clock *clock)
    : m_enabled(enabled)
    , m_timeScale(timeScale > 0 ? timeScale : 1.0)
    , m_clock(clock)
    , m_readCapacity(resourceUnitCapacity(tenantUserCount))
{
    m_tenantWriteBucket = makeBucket(TenantWriteCapacity, TenantWriteWindowSeconds);
}

int ThrottleModel::resourceUnitCapacity(qsizetype userCount)
{
    if (userCount < 50)
        return 3500;
    if (userCount <= 500)
        return 5000;
    return 8000;
}

void ThrottleModel::reset()
{
    m_readBuckets.clear();
    m_writeBuckets.clear();
    m_reportBuckets.clear();
    m_tenantWriteBucket = makeBucket(TenantWriteCapacity, TenantWriteWindowSeconds);
}

ThrottleModel::Bucket ThrottleModel::makeBucket(double capacity, double windowSeconds) const
{
    Bucket bucket;
    bucket.capacity = capacity;
    bucket.windowSeconds = windowSeconds;
    return bucket;
}

qint64 ThrottleModel::windowMs(const Bucket &bucket) const
{
    return qint64(bucket.windowSeconds * m_timeScale * 1e3);
}

void ThrottleModel::expire(Bucket &bucket, qint64 nowMs) const
{
    const qint64 cutoff = nowMs - windowMs(bucket);
    while (!bucket.charges.empty() && bucket.charges.front().first <= cutoff) {
        bucket.used -= bucket.charges.front().second;
        bucket.charges.pop_front();
    }
}

double ThrottleModel::secondsUntilFits(const Bucket &bucket, int cost, qint64 nowMs) const
{
    qint64 used = bucket.used;
    for (const auto &[at, charge] : bucket.charges) {
        used -= charge;
        if (used + cost <= bucket.capacity)
            return double(at + windowMs(bucket) - nowMs) / 1e3;
    }
    return bucket.windowSeconds * m_timeScale;
}

SandboxResponse ThrottleModel::throttled(const SandboxRequest &request, double seconds, const QString &scope,
                                         const QString &information) const
{
    // Retry-After is whole seconds (RFC 9110 delta-seconds) and Graph never sends 0, so a scaled
    // wait is rounded up and is at least 1: a client that honours it is never early.
    const int retryAfter = qMax(1, int(std::ceil(seconds)));
    return GraphErrors::tooManyRequests(request, retryAfter, scope, information);
}

std::optional<SandboxResponse> ThrottleModel::admit(const SandboxRequest &request)
{
    if (!m_enabled || !request.caller)
        return std::nullopt;
    if (request.segments.size() == 1 && request.segments.first() == u"$batch"_s)
        return std::nullopt; // every item is charged on its own, as if sent alone
    const QString appId = request.caller->appId;
    const qint64 now = m_clock->monotonicMs();

    if (isReport(request)) {
        auto bucket = m_reportBuckets.find(appId);
        if (bucket == m_reportBuckets.end())
            bucket = m_reportBuckets.insert(appId, makeBucket(ReportCapacity, ReportWindowSeconds));
        expire(*bucket, now);
        if (bucket->used + 1 > bucket->capacity) {
            return throttled(request, secondsUntilFits(*bucket, 1, now),
                             u"Tenant_Application/Read/%1/%2"_s.arg(appId, m_tenantId), u"RequestLimitExceeded"_s);
        }
        bucket->charges.emplace_back(now, 1);
        bucket->used += 1;
        return std::nullopt;
    }

    const int units = resourceUnits(request);
    auto read = m_readBuckets.find(appId);
    if (read == m_readBuckets.end())
        read = m_readBuckets.insert(appId, makeBucket(m_readCapacity, ReadWindowSeconds));
    expire(*read, now);
    if (read->used + units > read->capacity) {
        return throttled(request, secondsUntilFits(*read, units, now),
                         u"Tenant_Application/Read/%1/%2"_s.arg(appId, m_tenantId), u"ResourceUnitLimitExceeded"_s);
    }

    const bool write = isWrite(request);
    Bucket *appWrites = nullptr;
    if (write) {
        auto found = m_writeBuckets.find(appId);
        if (found == m_writeBuckets.end())
            found = m_writeBuckets.insert(appId, makeBucket(WriteCapacity, WriteWindowSeconds));
        appWrites = &*found;
        expire(*appWrites, now);
        expire(m_tenantWriteBucket, now);
        if (appWrites->used + 1 > appWrites->capacity) {
            return throttled(request, secondsUntilFits(*appWrites, 1, now),
                             u"Tenant_Application/Write/%1/%2"_s.arg(appId, m_tenantId), u"WriteLimitExceeded"_s);
        }
        if (m_tenantWriteBucket.used + 1 > m_tenantWriteBucket.capacity) {
            return throttled(request, secondsUntilFits(m_tenantWriteBucket, 1, now),
                             u"Tenant/Write/%1/%2"_s.arg(appId, m_tenantId), u"WriteLimitExceeded"_s);
        }
    }

    // Only admitted requests are charged: "only the requests exceeding the limits are throttled".
    read->charges.emplace_back(now, units);
    read->used += units;
    if (appWrites) {
        appWrites->charges.emplace_back(now, 1);
        appWrites->used += 1;
        m_tenantWriteBucket.charges.emplace_back(now, 1);
        m_tenantWriteBucket.used += 1;
    }
    return std::nullopt;
}

int ThrottleModel::resourceUnits(const SandboxRequest &request)
{
    const QStringList segments = lowerSegments(request);
    // "a me/... cost also applies to users/{id}/..."
    QStringList relative = segments;
    if (relative.size() >= 2 && relative.first() == u"users"_s) {
        relative.removeFirst();
        relative.first() = u"me"_s;
    }
    const QString last = segments.value(segments.size() - 1);
    int cost = 1;
    if (request.method == "GET") {
        if (segments == QStringList{u"users"_s}) {
            cost = 2;
        } else if (relative.size() == 2 && relative.first() == u"me"_s
                   && (last == u"memberof"_s || last == u"transitivememberof"_s || last == u"ownedobjects"_s
                       || last == u"licensedetails"_s)) {
            cost = 2;
        } else if (segments.size() == 3 && segments.first() == u"groups"_s && last == u"members"_s) {
            cost = 3;
        } else if (segments.size() == 3 && segments.first() == u"groups"_s && last == u"transitivemembers"_s) {
            cost = 5;
        } else if (segments.size() == 1
                   && (last == u"subscribedskus"_s || last == u"contracts"_s)) {
            cost = 3;
        } else if (segments.size() == 3 && segments.first() == u"domains"_s && last == u"domainnamereferences"_s) {
            cost = 4;
        } else if (segments.size() == 1 && (last == u"applications"_s || last == u"oauth2permissiongrants"_s)) {
            cost = 2;
        } else if (segments.size() == 3 && segments.first() == u"serviceprincipals"_s
                   && last == u"approleassignments"_s) {
            cost = 2;
        }
    } else if (request.method == "POST") {
        if (last == u"getmembergroups"_s || last == u"getmemberobjects"_s)
            cost = 2;
        else if (last == u"checkmembergroups"_s || last == u"checkmemberobjects"_s || last == u"ismemberof"_s)
            cost = 4;
        else if (last == u"getbyids"_s || last == u"getobjectsbyid"_s)
            cost = request.hasQuery(u"$select"_s) ? 2 : 5;
    }
    const bool getByIds = last == u"getbyids"_s || last == u"getobjectsbyid"_s;
    if (request.hasQuery(u"$select"_s) && !getByIds)
        cost -= 1;
    if (request.hasQuery(u"$expand"_s))
        cost += 1;
    if (request.hasQuery(u"$top"_s)) {
        bool ok = false;
        const int top = request.queryValue(u"$top"_s).toInt(&ok);
        if (ok && top < 20)
            cost -= 1;
    }
    return qMax(1, cost);
}

bool ThrottleModel::isWrite(const SandboxRequest &request)
{
    if (request.method == "GET" || request.method == "HEAD")
        return false;
    if (request.segments.isEmpty() || request.segments.first() == u"$batch"_s)
        return false;
    const QString last = request.segments.last().toLower();
    if (last == u"sendmail"_s) // Exchange Online's sending limits, not the directory's
        return false;
    if (isReport(request))
        return false;
    return !isReadAction(last);
}

bool ThrottleModel::isReport(const SandboxRequest &request)
{
    const QString first = request.segments.value(0).toLower();
    return first == u"reports"_s || first == u"auditlogs"_s;
}
