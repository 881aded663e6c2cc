// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * The translated words for an audit entry's action and outcome, shared by the log viewer and the
 * CSV export so both say the same. Unknown words (from a newer version's log) are shown as
 * they are.
 */
class AuditTexts final
{
    // The viewer's context, where these texts have always been translated.
    Q_DECLARE_TR_FUNCTIONS(AuditLogModel)
public:
    /** For an entry's action ("reset", "passwordPolicyChange", …). */
    static QString actionText(const QString &action);
    /** For an entry's outcome ("succeeded", "uncertain", …). */
    static QString outcomeText(const QString &outcome);
};
