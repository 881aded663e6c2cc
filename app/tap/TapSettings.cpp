// SPDX-License-Identifier: MIT
#include "tap/TapSettings.h"

#include "tap/TapPolicy.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject TapSettings::requestBody() const
{
    QJsonObject body;
    if (start.isValid())
        body.insert(u"startDateTime"_s, start.toUTC().toString(Qt::ISODateWithMs));
    if (lifetimeInMinutes)
        body.insert(u"lifetimeInMinutes"_s, *lifetimeInMinutes);
    if (isUsableOnce)
        body.insert(u"isUsableOnce"_s, *isUsableOnce);
    return body;
}

QJsonObject TapSettings::toJson() const
{
    QJsonObject object = requestBody();
    object.insert(u"kind"_s, u"temporaryAccessPass"_s);
    return object;
}

TapSettings TapSettings::fromJson(const QJsonObject &object)
{
    TapSettings settings;
    if (object.contains(u"startDateTime"_s))
        settings.start = QDateTime::fromString(object.value(u"startDateTime"_s).toString(), Qt::ISODateWithMs);
    if (object.contains(u"lifetimeInMinutes"_s))
        settings.lifetimeInMinutes = object.value(u"lifetimeInMinutes"_s).toInt();
    if (object.contains(u"isUsableOnce"_s))
        settings.isUsableOnce = object.value(u"isUsableOnce"_s).toBool();
    return settings;
}

bool TapSettings::fits(const TapPolicy &policy) const
{
    if (lifetimeInMinutes && !policy.allowsLifetime(*lifetimeInMinutes))
        return false;
    return !(isUsableOnce && !*isUsableOnce && !policy.allowsMultiUse());
}
