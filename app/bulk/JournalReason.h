// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphError.h"

#include <QString>

/** Why something of a run failed, as its journal keeps it: "<kind>" or "<kind>:<Graph's error code>". */
namespace JournalReason {

inline QString of(const GraphError &error)
{
    const QString kind = GraphError::kindName(error.kind);
    return error.code.isEmpty() ? kind : kind + u':' + error.code;
}

/** The error a journal reason stands for (enough to explain it again after a restart). */
inline GraphError toError(const QString &reason)
{
    GraphError error = GraphError::make(GraphError::kindFromName(reason.section(u':', 0, 0)));
    error.code = reason.section(u':', 1);
    return error;
}

} // namespace JournalReason
