// SPDX-License-Identifier: MIT
#pragma once

/**
 * What resetdesk-cli's exit status tells a script; `resetdesk-cli --help` and the README list
 * them. Fixed numbers: scripts compare against them.
 */
enum class CliExit : int {
    /** Everything asked for was done. */
    Done = 0,
    /** Some of it failed (some users not reset, a hand-over not written). */
    SomeFailed = 1,
    /** The command line was wrong: nothing was done. */
    Usage = 2,
    /** Nobody is signed in, the sign-in expired, or a permission was not granted. */
    NotSignedIn = 3,
    /** Microsoft 365 refused the work for everyone (a missing role, a run stopped by the server). */
    StoppedByServer = 4,
};
