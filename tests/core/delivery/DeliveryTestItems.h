// SPDX-License-Identifier: MIT
#pragma once

#include "delivery/HandoverItem.h"
#include "password/PasswordGenerator.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

/** Hand-over items for the delivery tests: mixed languages, Swedish names, generated passwords. */
namespace DeliveryTestItems {

inline QString languageOf(int index)
{
    // Every third user has no preferredLanguage and falls back to the admin's language.
    static const QString languages[] = {QStringLiteral("sv-SE"), QStringLiteral("en-US"), QString()};
    return languages[index % 3];
}

inline QList<HandoverItem> mixed(int count, quint32 seed = 8)
{
    QRandomGenerator random(seed);
    PasswordGenerator generator(&random);
    static const QString names[] = {QStringLiteral("Åsa Öberg"), QStringLiteral("Björn Ek"),
                                    QStringLiteral("Carol Smith"), QStringLiteral("Märta Lindén"),
                                    QStringLiteral("Dev Patel")};
    QList<HandoverItem> items;
    for (int i = 0; i < count; ++i) {
        HandoverItem item;
        item.userId = QStringLiteral("id-%1").arg(i);
        item.displayName = QStringLiteral("%1 %2").arg(names[i % 5]).arg(i + 1, 2, 10, QLatin1Char('0'));
        item.userPrincipalName = QStringLiteral("user%1@contoso.se").arg(i + 1, 2, 10, QLatin1Char('0'));
        item.preferredLanguage = languageOf(i);
        PasswordContext context;
        context.displayName = item.displayName;
        context.userPrincipalName = item.userPrincipalName;
        item.password = generator.generate(PasswordStyle::Readable, context);
        item.outcome = HandoverItem::Outcome::Reset;
        items.append(item);
    }
    return items;
}

} // namespace DeliveryTestItems
