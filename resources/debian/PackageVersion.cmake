# SPDX-License-Identifier: MIT
# Run by cpack before it packages (CPACK_PROJECT_CONFIG_FILE): the version of this build.
if(NOT EXISTS "${CPACK_RESETDESK_VERSION_FILE}")
    message(FATAL_ERROR "${CPACK_RESETDESK_VERSION_FILE} is missing: build the project before packaging it")
endif()
file(STRINGS "${CPACK_RESETDESK_VERSION_FILE}" CPACK_PACKAGE_VERSION LIMIT_COUNT 1)
set(CPACK_DEBIAN_PACKAGE_VERSION "${CPACK_PACKAGE_VERSION}")
