// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * Admin role names as the Microsoft 365 admin center shows them, in the UI language. Graph's
 * displayName is always English, so the names come from the role template id instead.
 */
class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    /** The translated name of a role template id, or empty for roles ResetDesk does not name. */
    static QString name(const QString &roleTemplateId);
    /** Names of @p roleTemplateIds, most powerful first; unknown roles are counted, not named. */
    static QString list(const QStringList &roleTemplateIds);
};
