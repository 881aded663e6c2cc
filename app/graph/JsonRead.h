// SPDX-License-Identifier: MIT
#pragma once

// Reading JsonText with simdjson's On-Demand API: for the sources of readers only (simdjson.h is
// a large header, kept out of every other translation unit).

#include "graph/JsonText.h"

#include <QString>

#include <simdjson.h>

namespace JsonRead {

/**
 * The parser of this thread, shared by every reader: it keeps its buffers (a few megabytes for a
 * page of 999 users) from page to page. One reading must end before the next starts, and the
 * strings a reading returns stay valid only until the next one starts.
 */
simdjson::ondemand::parser &parser();

/** Starts reading @p text with @p parser into @p document; false when there is no text or no memory. */
bool iterate(simdjson::ondemand::parser &parser, const JsonText &text, simdjson::ondemand::document &document);

/** The type of @p value, or null when it cannot be told (the reader then skips it). */
simdjson::ondemand::json_type typeOf(simdjson::ondemand::value &value);

/** A string's unescaped UTF-8 bytes, valid until the parser reads again; empty for other types. */
std::string_view utf8(simdjson::ondemand::value &value);

/** A string's value; an empty string for any other type. */
inline QString string(simdjson::ondemand::value &value)
{
    const std::string_view bytes = utf8(value);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

/** True only for the literal true. */
bool isTrue(simdjson::ondemand::value &value);

} // namespace JsonRead
