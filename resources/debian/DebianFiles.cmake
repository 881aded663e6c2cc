# SPDX-License-Identifier: MIT
# Run by cpack on the staged files (CPACK_PRE_BUILD_SCRIPTS): what only a Debian package carries,
# so it is added here rather than by `cmake --install`: the changelog for this version, which
# `apt changelog` shows, and the lintian tags that do not apply to a package outside Debian.
# The binary, already stripped, also loses the compiler's notes, as Debian's dh_strip does.
set(doc "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}/share/doc/${CPACK_PACKAGE_NAME}")
if(NOT IS_DIRECTORY "${doc}")
    message(FATAL_ERROR "no ${doc} in the staged package: is the copyright file installed?")
endif()
set(version "${CPACK_DEBIAN_PACKAGE_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
# SOURCE_DATE_EPOCH, when set, makes the date (and so the package) reproducible.
string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC)
# The version in the heading names the commit; AppStream's <releases> say what changed.
if(CPACK_DEBIAN_PACKAGE_VERSION MATCHES "[~+]git")
    set(entry "Snapshot between releases.")
else()
    set(entry "New release.")
endif()
file(WRITE "${doc}/changelog.Debian" "${CPACK_PACKAGE_NAME} (${version}) unstable; urgency=medium

  * ${entry}

 -- ${CPACK_DEBIAN_PACKAGE_MAINTAINER}  ${date}
")
# -n: no name or time in the gzip header, as Debian requires.
execute_process(COMMAND gzip -9nf "${doc}/changelog.Debian" RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "gzip failed on ${doc}/changelog.Debian")
endif()

set(overrides "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}/share/lintian/overrides")
file(MAKE_DIRECTORY "${overrides}")
file(COPY_FILE "${CMAKE_CURRENT_LIST_DIR}/lintian-overrides" "${overrides}/${CPACK_PACKAGE_NAME}")

execute_process(COMMAND "${CPACK_RESETDESK_STRIP}" --remove-section=.comment --remove-section=.note
    "${CPACK_TEMPORARY_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}/bin/resetdesk" RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${CPACK_RESETDESK_STRIP} failed on the staged resetdesk")
endif()
