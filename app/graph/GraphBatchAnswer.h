// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"

#include <QHash>
#include <QList>

/** The answer to one $batch request, read apart into the answers of its items. */
namespace GraphBatchAnswer {

/**
 * The item answers in the successful $batch answer @p envelope, keyed by the index each request
 * was sent with as its "id"; only @p indices (those of this $batch) are taken, the first answer
 * for each, and the caller treats an index missing here as an item without an answer. An item
 * carries its status, headers and body (JSON bodies parsed, others base64-decoded); the
 * envelope's request-id stands in for an item's own when it has none.
 */
QHash<int, GraphResponse> items(const GraphResponse &envelope, const QList<int> &indices);

} // namespace GraphBatchAnswer
