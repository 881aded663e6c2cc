// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * The commit the running binary was built from, as `git describe --always --dirty` said at build
 * time ("3f2a9c1d0b7e", or "v0.2.0-4-g3f2a9c1d0b7e-dirty"), or what the packager passed as
 * RESETDESK_BUILD_COMMIT when the sources had no git history; "unknown" when neither was there.
 *
 * A library of its own that only the resetdesk executable links: its source changes with every
 * commit, and nothing else should be relinked for that.
 */
namespace BuildCommit {

QString describe();

} // namespace BuildCommit
