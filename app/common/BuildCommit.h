// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/**
 * The commit the running binary was built from, as `git describe` said at build time: the hash
 * before the first release tag ("3f2a9c1d0b7e"), else the tag, the commits since and the hash
 * ("v0.2.0-4-g3f2a9c1d0b7e"), with "-dirty" for uncommitted changes. Sources without git
 * history say what the packager passed as RESETDESK_BUILD_COMMIT, or "unknown".
 *
 * A library of its own that only the resetdesk executable links: its source changes with every
 * commit, and nothing else should be relinked for that.
 */
namespace BuildCommit {

QString describe();

} // namespace BuildCommit
