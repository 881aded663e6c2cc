// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/** Names that identify ResetDesk to the operating system: settings, keychain, data folders. */
namespace AppInfo {

/** Reverse-DNS application id; also the keychain service name. */
QString applicationId();
QString applicationName();
QString organizationName();
QString version();

/** Sets the QCoreApplication names so QSettings and QStandardPaths use our folders. */
void applyToApplication();

} // namespace AppInfo
