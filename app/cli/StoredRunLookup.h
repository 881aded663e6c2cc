// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkRunStore.h"

#include <QObject>

#include <functional>

class CliSession;

/**
 * The organisation's saved bulk runs as BulkRunStore finds them (expired ones purged first and
 * recorded in the audit log by the admin signed in), for runs, resume, handover and purge. A run
 * is named by its id or an unambiguous start of it, as `resetdesk-cli runs` prints them.
 */
class StoredRunLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredRunLookup)
public:
    explicit StoredRunLookup(CliSession *session, QObject *parent = nullptr);

    using Found = std::function<void(const QList<BulkRunStore::StoredRun> &runs)>;
    /** Opens every saved run of the signed-in organisation; @p found gets them, oldest first. */
    void find(Found found);
    /** The run called @p name, or nullptr after telling that none (or several) match. */
    const BulkRunStore::StoredRun *match(const QList<BulkRunStore::StoredRun> &runs, const QString &name) const;

private:
    CliSession *m_session;
};
