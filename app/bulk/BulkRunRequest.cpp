// SPDX-License-Identifier: MIT
#include "bulk/BulkRunRequest.h"

QSet<QString> BulkRunRequest::generatedUserIds() const
{
    QSet<QString> ids;
    if (choice.mode != BulkPasswordChoice::Mode::Generate)
        return ids;
    // A CSV row's own password wins over the generated one.
    for (const BulkTarget &target : targets) {
        if (target.password.isEmpty())
            ids.insert(target.user.id());
    }
    return ids;
}
