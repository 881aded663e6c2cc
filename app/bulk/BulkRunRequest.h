// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkResetItem.h"
#include "bulk/BulkTarget.h"

#include <QList>
#include <QSet>
#include <QString>

/**
 * What the admin asked a bulk run to do, as the plan collects it: the users included, where
 * their passwords come from, and the options. Nothing is decided yet: BulkRun turns it into
 * items (generating the passwords) once, just before the journal records them.
 */
struct BulkRunRequest
{
    /** The users to reset, each with the CSV row's own password when the file gave one. */
    QList<BulkTarget> targets;
    BulkPasswordChoice choice;
    /** For generated passwords: no part of the organisation's name goes into one. */
    QString tenantName;
    BulkResetSettings settings;

    /** Each user with the password decided now: the CSV row's own, the shared one, or generated. */
    QList<BulkResetItem> items() const { return BulkResetItem::fromTargets(targets, choice, tenantName); }
    /** The users whose password is generated (for the audit log); none when one is shared. */
    QSet<QString> generatedUserIds() const;
};
