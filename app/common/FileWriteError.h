// SPDX-License-Identifier: MIT
#pragma once

/**
 * Why writing a hand-over file (PDF, CSV) failed; the ui turns it into a sentence. Every such
 * file holds or may hold passwords, so "could not make it private" is an error of its own: the
 * file is then never written.
 */
enum class FileWriteError {
    None,
    /** The folder is missing or not writable. */
    CannotOpen,
    /** The file system refused owner-only permissions; nothing was written. */
    CannotRestrictPermissions,
    /** Writing failed part way (disk full, device gone); the target was left untouched. */
    WriteFailed,
};
