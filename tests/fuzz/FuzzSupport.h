// SPDX-License-Identifier: MIT
// What every fuzz target shares: the input as Qt bytes, and a check that turns a broken promise
// into a crash libFuzzer reports with the input that caused it.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

/** The input without a copy: valid only during LLVMFuzzerTestOneInput. */
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** Aborts, naming @p promise, when @p kept is false. */
inline void check(bool kept, const char *promise)
{
    if (kept)
        return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

} // namespace Fuzz
