// SPDX-License-Identifier: MIT
#include "tap/TapPolicy.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList targetIds(const QJsonValue &targets)
{
    QStringList ids;
    for (const QJsonValue &target : targets.toArray())
        ids.append(target.toObject().value(u"id"_s).toString());
    return ids;
}

int boundedMinutes(const QJsonValue &value, int fallback)
{
    return qBound(TapPolicy::absoluteMinimumLifetime, value.toInt(fallback), TapPolicy::absoluteMaximumLifetime);
}

} // namespace

TapPolicy TapPolicy::fromJson(const QJsonObject &object)
{
    TapPolicy policy;
    policy.known = true;
    policy.enabled = object.value(u"state"_s).toString().compare(u"enabled"_s, Qt::CaseInsensitive) == 0;
    policy.minimumLifetimeInMinutes = boundedMinutes(object.value(u"minimumLifetimeInMinutes"_s), 60);
    policy.maximumLifetimeInMinutes =
        qMax(policy.minimumLifetimeInMinutes, boundedMinutes(object.value(u"maximumLifetimeInMinutes"_s), 480));
    policy.defaultLifetimeInMinutes = qBound(policy.minimumLifetimeInMinutes,
                                             object.value(u"defaultLifetimeInMinutes"_s).toInt(60),
                                             policy.maximumLifetimeInMinutes);
    policy.isUsableOnce = object.value(u"isUsableOnce"_s).toBool();
    policy.defaultLength = object.value(u"defaultLength"_s).toInt(8);
    policy.includeGroupIds = targetIds(object.value(u"includeTargets"_s));
    policy.excludeGroupIds = targetIds(object.value(u"excludeTargets"_s));
    return policy;
}

TapPolicy TapPolicy::unknown()
{
    return TapPolicy();
}

bool TapPolicy::includesEveryone() const
{
    return includeGroupIds.contains(u"all_users"_s) && excludeGroupIds.isEmpty();
}

bool TapPolicy::allowsLifetime(int minutes) const
{
    return minutes >= minimumLifetimeInMinutes && minutes <= maximumLifetimeInMinutes;
}
