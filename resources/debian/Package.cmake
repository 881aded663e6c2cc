# SPDX-License-Identifier: MIT
# The Debian package: `./dev.sh package` (cpack in a release build), also built and checked by
# the test suite from the dev build. Included from the top-level CMakeLists.txt.

set(RESETDESK_PACKAGE_MAINTAINER "The ResetDesk developers <resetdesk@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package: name <email>")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME resetdesk)
set(CPACK_PACKAGE_VENDOR "The ResetDesk developers")
set(CPACK_PACKAGE_CONTACT "${RESETDESK_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reset Microsoft 365 passwords through Microsoft Graph")
set(CPACK_PACKAGE_DESCRIPTION [=[
ResetDesk is a desktop console for Microsoft 365 administrators. It resets
passwords through Microsoft Graph for one user, a selection or the whole
organization, and hands the temporary passwords over on screen, on printed
slips or PDF, or by email.

It also requires password changes at the next sign-in, sets per-user and
organization password policies, and changes the signed-in admin's own
password and contact details. Temporary passwords of a bulk reset are kept in
an encrypted journal until they were handed over. A built-in demo
organization (resetdesk --demo) shows everything without a tenant.]=])
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Debian ships binaries without their symbols; a dev build's debug information would be most
# of the package.
set(CPACK_STRIP_FILES ON)
set(CPACK_RESETDESK_STRIP "${CMAKE_STRIP}")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RESETDESK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# The libraries the binary links, with the versions it needs, as dpkg-shlibdeps reads them.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt and the keychain load at run time, which no linker sees: the platform plugins that
# open a window (libqt6gui6 only recommends them), the SVG plugin for the window icon, and
# libsecret, which QtKeychain opens to reach the Secret Service.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
# A Secret Service keeps the sign-in and the journal keys (GNOME's or KDE's wallet); Qt's own
# Swedish texts; a native Wayland window; xdg-open for the browser sign-in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | libkf5wallet-bin, qt6-translations-l10n, qt6-wayland, xdg-utils")

# The version comes from the build (package-version.txt, written with the build commit), read
# when cpack runs, so a package always carries the commit its binary was built from.
set(CPACK_RESETDESK_VERSION_FILE "${RESETDESK_PACKAGE_VERSION_FILE}")
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/PackageVersion.cmake)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/DebianFiles.cmake)
include(CPack)
