// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class DirectoryUser;

/**
 * When a containment run must be confirmed by typing the organisation's domain, and whether
 * what was typed matches: the run touches more than userThreshold users, or any user holding a
 * privileged directory role. Locking out many people, or an administrator, by a slip of the
 * mouse during an incident is worse than the few seconds of typing.
 */
class ContainmentConfirmation final
{
public:
    /** More users than this in one run need the typed confirmation. */
    static constexpr int userThreshold = 20;

    /**
     * Built-in roles Microsoft marks as privileged ("Microsoft Entra built-in roles", the
     * "Privileged" label): they can manage credentials, permissions or security settings.
     */
    static const QStringList &privilegedRoleTemplates();
    /** Holds a privileged role, or a role we do not know by id (counted as privileged to be safe). */
    static bool isPrivileged(const DirectoryUser &user);
    static bool isRequired(int userCount, int privilegedCount);
    /** @p typed is @p domain, ignoring case and surrounding spaces; never true for an empty domain. */
    static bool matches(const QString &typed, const QString &domain);
};
