// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetItem.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

/**
 * What a containment run did to whom, for the incident record: who ran it and when, the options,
 * the counts, and each user touched with the step that failed for them, if any. Never a password.
 */
struct IncidentSummary
{
    struct User
    {
        QString displayName;
        QString userPrincipalName;
        bool privileged = false;
        /** Why a step failed for this user, in the summary's language; empty when every step worked. */
        QString failure;
    };

    QString organisation;
    /** The admin who ran it: name and user principal name. */
    QString admin;
    QDateTime started;
    QDateTime ended;
    BulkResetSettings settings;
    int passwordsReset = 0;
    int sessionsRevoked = 0;
    int methodsRemovedUsers = 0;
    int failures = 0;
    /** Every user of the run, in the run's order. */
    QList<User> users;

    /**
     * Counts and users from a run's @p results; @p privilegedIds are the users holding a privileged
     * role; @p describeFailure says in words why a step failed for a result (it is called only
     * for results where one did).
     */
    static IncidentSummary fromResults(const QList<BulkItemResult> &results,
        const QSet<QString> &privilegedIds, const BulkResetSettings &settings,
        const std::function<QString(const BulkItemResult &)> &describeFailure);
    /** A step failed for @p result: the password was not reset, the sign-out or a method removal failed. */
    static bool anyStepFailed(const BulkItemResult &result);
};
